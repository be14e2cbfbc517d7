import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../../bridge/bridge';
import './cameraCapture.css';

export interface CameraCaptureProps {
  /** A photo of the frame on screen, as JPEG; the camera stays open for the next card. */
  onCapture(photo: Blob): void;
  onClose(): void;
}

/** Why there is no picture: the user or the system refused the camera, there is none, or it would not open. */
type Problem = 'refused' | 'missing' | 'failed';

/** The back camera of a phone or tablet, wide enough for a card's small print; never the microphone. */
const CONSTRAINTS: MediaStreamConstraints = {
  video: { facingMode: 'environment', width: { ideal: 1920 } },
  audio: false,
};

/** Keeps a card's small print sharp for the OCR at a fraction of a PNG's size. */
const JPEG_QUALITY = 0.92;

function problemOf(error: unknown): Problem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
  if (name === 'NotFoundError') return 'missing';
  return 'failed';
}

function stop(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/**
 * The device's camera for photographing hosts' business cards, one after
 * another. The desktop app lets the page have the camera only while this is
 * open (`camera:allow`, electron/session.ts); a browser asks the user itself.
 */
export function CameraCapture({ onCapture, onClose }: CameraCaptureProps) {
  const { t } = useTranslation('people');
  const video = useRef<HTMLVideoElement>(null);
  const shutter = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLButtonElement>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  /** A photo taken before the first frame shows would be blank. */
  const [showing, setShowing] = useState(false);
  const [taken, setTaken] = useState(0);

  useEffect(() => {
    shutter.current?.focus();
  }, []);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let closed = false;
    const open = async () => {
      await bridge.invoke('camera:allow', { open: true });
      // Absent outside a secure context, and wherever the browser has no camera API.
      const devices: MediaDevices | undefined = navigator.mediaDevices;
      if (!devices) throw new DOMException('No camera API', 'NotFoundError');
      const opened = await devices.getUserMedia(CONSTRAINTS);
      // Closed while the user was still being asked: nothing may keep the camera on.
      if (closed) {
        stop(opened);
        return;
      }
      stream = opened;
      if (video.current) video.current.srcObject = opened;
    };
    open().catch((error: unknown) => {
      if (!closed) setProblem(problemOf(error));
    });
    return () => {
      closed = true;
      if (stream) stop(stream);
      void bridge.invoke('camera:allow', { open: false });
    };
  }, []);

  // The shutter is gone with the picture: focus goes to what is left to do rather than to the page.
  useEffect(() => {
    if (problem) done.current?.focus();
  }, [problem]);

  const takePhoto = () => {
    const frame = video.current;
    if (!frame || !showing || frame.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = frame.videoWidth;
    canvas.height = frame.videoHeight;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.drawImage(frame, 0, 0);
    canvas.toBlob(
      (photo) => {
        if (!photo) return;
        setTaken((count) => count + 1);
        onCapture(photo);
      },
      'image/jpeg',
      JPEG_QUALITY,
    );
  };

  const status = problem ? '' : !showing ? t('camera.starting') : taken > 0 ? t('camera.taken', { count: taken }) : '';
  return (
    <section className="camera-capture" aria-label={t('camera.title')}>
      {problem ? (
        <p className="field__error" role="alert">
          {t(`camera.${problem}`)}
        </p>
      ) : (
        <video
          ref={video}
          className="camera-capture__preview"
          aria-label={t('camera.preview')}
          autoPlay
          muted
          playsInline
          onLoadedData={() => setShowing(true)}
        />
      )}
      <p className="camera-capture__status" role="status">
        {status}
      </p>
      <div className="camera-capture__actions">
        {!problem && (
          <button
            ref={shutter}
            type="button"
            className="button button--primary"
            aria-disabled={!showing}
            onClick={takePhoto}
          >
            {t('camera.take')}
          </button>
        )}
        <button ref={done} type="button" className="button" onClick={onClose}>
          {t('camera.done')}
        </button>
      </div>
    </section>
  );
}
