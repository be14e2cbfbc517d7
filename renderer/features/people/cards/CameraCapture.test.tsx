import type { Language } from '@shared/i18n/languages';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderIn } from '../../../../test/fixtures/render';
import { bridge } from '../../../bridge/bridge';
import { CameraCapture } from './CameraCapture';

/**
 * jsdom has no camera: a stand-in for getUserMedia that answers what a
 * browser would, its stream's track recording that it was stopped, and every
 * step written down in the order it came.
 */
function standIn(answer: 'camera' | DOMException | 'pending' | 'no camera API') {
  const steps: string[] = [];
  const track = { kind: 'video', stopped: false, stop: () => (track.stopped = true) };
  const stream = { getTracks: () => [track] } as unknown as MediaStream;
  let grant: (stream: MediaStream) => void = () => {};
  const getUserMedia = vi.fn((_constraints: MediaStreamConstraints) => {
    steps.push('getUserMedia');
    if (answer === 'pending') return new Promise<MediaStream>((resolve) => (grant = resolve));
    return answer === 'camera' ? Promise.resolve(stream) : Promise.reject(answer);
  });
  if (answer !== 'no camera API') {
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  }
  vi.spyOn(bridge, 'invoke').mockImplementation((async (name: string, request: unknown) => {
    steps.push(`${name} ${JSON.stringify(request)}`);
    return undefined;
  }) as typeof bridge.invoke);
  return { steps, track, stream, getUserMedia, grant: () => grant(stream) };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'mediaDevices');
  vi.restoreAllMocks();
});

describe('the camera for business cards', () => {
  it('has the camera allowed before it asks for it, and gives it back with every track stopped when closed', async () => {
    const camera = standIn('camera');
    const photos: Blob[] = [];
    const onClose = vi.fn();
    const { unmount, container } = await renderIn(
      'ko',
      <CameraCapture onCapture={(photo) => photos.push(photo)} onClose={onClose} />,
    );
    const shutter = screen.getByRole('button', { name: '사진 찍기' });
    expect(document.activeElement).toBe(shutter);
    await waitFor(() => expect(camera.steps).toEqual(['camera:allow {"open":true}', 'getUserMedia']));
    expect(camera.getUserMedia).toHaveBeenCalledWith({
      video: { facingMode: 'environment', width: { ideal: 1920 } },
      audio: false,
    });
    const video = container.querySelector('video');
    await waitFor(() => expect(video?.srcObject).toBe(camera.stream));
    expect(screen.getByRole('region', { name: '카메라' })).toBeTruthy();

    // jsdom plays no video, so no frame ever shows: the shutter says so, and a press hands no blank photo.
    // (Drawing a frame to a canvas and making its JPEG cannot run in jsdom and is not tested here.)
    expect(shutter.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('카메라를 여는 중…');
    const user = userEvent.setup();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(photos).toEqual([]);
    expect(camera.track.stopped).toBe(false);

    await user.click(screen.getByRole('button', { name: '완료' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(camera.track.stopped).toBe(false);
    unmount();
    expect(camera.track.stopped).toBe(true);
    expect(camera.steps.at(-1)).toBe('camera:allow {"open":false}');
  });

  it('stops the camera that arrives after it was closed', async () => {
    const camera = standIn('pending');
    const { unmount } = await renderIn('ja', <CameraCapture onCapture={() => {}} onClose={() => {}} />);
    await waitFor(() => expect(camera.steps).toContain('getUserMedia'));
    unmount();
    expect(camera.steps.at(-1)).toBe('camera:allow {"open":false}');
    camera.grant();
    await waitFor(() => expect(camera.track.stopped).toBe(true));
  });

  it.each<[Language, Parameters<typeof standIn>[0], RegExp, string]>([
    ['ko', new DOMException('Permission denied', 'NotAllowedError'), /^카메라 사용이 허용되지 않았습니다\./, '완료'],
    ['ja', 'no camera API', /^この端末にカメラが見つかりません。/, '完了'],
    ['en', new DOMException('Requested device not found', 'NotFoundError'), /^No camera was found/, 'Done'],
    ['en', new DOMException('Could not start video source', 'NotReadableError'), /another application/, 'Done'],
  ])('says in %s why there is no camera, %s, and leaves the way out', async (language, answer, message, done) => {
    const camera = standIn(answer);
    const { unmount } = await renderIn(language, <CameraCapture onCapture={() => {}} onClose={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    // The files of photos are the way on: the message names them, and the only control left closes the camera.
    expect(screen.getByRole('alert').textContent).toMatch(
      /photos of the cards as files|명함 사진 파일|名刺の写真ファイル/,
    );
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([done]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: done }));
    unmount();
    expect(camera.steps.at(-1)).toBe('camera:allow {"open":false}');
  });
});
