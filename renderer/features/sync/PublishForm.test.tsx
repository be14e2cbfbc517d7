import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { PROTOCOL } from '@shared/sync/client';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { openTestStore } from '../../../test/fixtures/store';
import { loadSampleTrip } from '../../data/records/sampleTrip';
import { SyncPage } from './SyncPage';

afterEach(() => {
  vi.unstubAllGlobals();
  window.fieldbook = undefined;
});

/**
 * The page's own origin as a browser reaches it: the sync server serving the
 * web app answers `/v1/info`; a page of `npm run web` answers any path with
 * the app's HTML.
 */
function origin(answer: 'syncServer' | 'webDevServer', answered: Promise<void> = Promise.resolve()) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    await answered;
    return answer === 'syncServer'
      ? new Response(JSON.stringify({ protocol: PROTOCOL, minProtocol: 1, serverTime: new Date().toISOString() }))
      : new Response('<!doctype html><html></html>', { headers: { 'Content-Type': 'text/html' } });
  });
  return asked;
}

async function publishForm(language: 'ko' | 'en') {
  const store = await openTestStore();
  await loadSampleTrip(store);
  await renderWithStore(language, store, <SyncPage tripId={SAMPLE_TRIP_ID} />);
  return screen.findByLabelText<HTMLInputElement>(/^(Server address|서버 주소)/);
}

describe('the server address to publish to', () => {
  it('is the page’s own when the sync server itself served the app (English)', async () => {
    const asked = origin('syncServer');
    const address = await publishForm('en');
    await waitFor(() => expect(address.value).toBe(window.location.origin));
    expect(asked).toEqual([`${window.location.origin}/v1/info`]);
  });

  it('is left for the organiser to enter on a page no sync server served (English)', async () => {
    const asked = origin('webDevServer');
    const address = await publishForm('en');
    await waitFor(() => expect(asked).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(address.value).toBe('');
  });

  it('is left for the organiser to enter in the desktop app, whose page no server served: nothing is asked (English)', async () => {
    const asked = origin('syncServer');
    window.fieldbook = { invoke: () => Promise.reject(new Error('not asked')), on: () => () => {} };
    const address = await publishForm('en');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([address.value, asked]).toEqual(['', []]);
  });

  it('keeps what the organiser typed before the page’s own server answered (English)', async () => {
    let answer = () => {};
    const asked = origin('syncServer', new Promise((resolve) => (answer = resolve)));
    const address = await publishForm('en');
    await userEvent.setup().type(address, 'https://sync.example.org');
    answer();
    await waitFor(() => expect(asked).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(address.value).toBe('https://sync.example.org');
  });

  it('stays as it was when the organiser went into it, so a paste as the server answers is not added to its address (English)', async () => {
    let answer = () => {};
    const asked = origin('syncServer', new Promise((resolve) => (answer = resolve)));
    const address = await publishForm('en');
    const user = userEvent.setup();
    await user.click(address);
    answer();
    await waitFor(() => expect(asked).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await user.paste('https://sync.example.org');
    expect(address.value).toBe('https://sync.example.org');
  });

  it('names the address a server on this very computer prints, in the hint and when refused (Korean)', async () => {
    origin('webDevServer');
    const address = await publishForm('ko');
    expect(address.labels?.[0]?.textContent).toMatch(/http:\/\/127\.0\.0\.1:…/);
    const user = userEvent.setup();
    await user.type(address, '127.0.0.1:8787');
    await user.type(screen.getByLabelText(/^설정 코드/), 'K7QM-2X9PA');
    await user.type(screen.getByLabelText(/^이 기기의 이름/), 'Laptop');
    await user.click(screen.getByRole('button', { name: '서버에 올리기' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/http:\/\/127\.0\.0\.1:…/);
  });
});
