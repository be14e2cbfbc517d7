import type { FieldbookBridge, SyncAnswer, SyncRequest, SyncServer } from '@shared/ipc/contract';
import { type CallHandlers, dispatchCall } from '@shared/ipc/dispatch';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { openTestStore } from '../../../test/fixtures/store';
import { getConnection } from '../../data/device/syncConnections';
import { loadSampleTrip } from '../../data/records/sampleTrip';
import { JoinPage } from './JoinPage';
import { SyncPage } from './SyncPage';

const PIN = 'Q3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK7TMB4H2XQ3ZK';
const TOKEN = 'dGhpcy1pcy1hLWRldmljZS10b2tlbi1vZi00My1jaGFycw';

/**
 * The desktop app's main process as the renderer reaches it, over the
 * contract's own validation: the trip synced with another server before
 * (`changed` until the user confirms), and the server answers publishing.
 */
function desktop(answer: (request: SyncRequest) => SyncAnswer) {
  const configured: SyncServer[] = [];
  const requests: SyncRequest[] = [];
  const handlers = {
    'sync:configureServer': (server: SyncServer) => {
      configured.push(server);
      return server.replace ? 'configured' : 'changed';
    },
    'sync:request': (request: SyncRequest) => {
      requests.push(request);
      return answer(request);
    },
  } as unknown as CallHandlers;
  const bridge: FieldbookBridge = {
    invoke: (name, ...args) => dispatchCall(handlers, name, args[0], undefined),
    on: () => () => {},
  };
  window.fieldbook = bridge;
  return { configured, requests };
}

afterEach(() => {
  window.fieldbook = undefined;
});

const json = (status: number, body: unknown): SyncAnswer => ({
  outcome: 'answered',
  status,
  headers: {},
  body: { type: 'text', text: JSON.stringify(body) },
});

async function publishForm(language: 'ko' | 'ja' | 'en') {
  const store = await openTestStore();
  await loadSampleTrip(store);
  await renderWithStore(language, store, <SyncPage tripId={SAMPLE_TRIP_ID} />);
  return store;
}

/** Fills the publish form (labels in the language shown) and sends it. */
async function fillIn(labels: { server: string; code: string; device: string; publish: string }, address: string) {
  const user = userEvent.setup();
  // A label holds its hint too: the field goes by the words its label starts with.
  const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}`));
  await screen.findByLabelText(new RegExp(`^${labels.server}`));
  await user.type(field(labels.server), address);
  await user.type(field(labels.code), 'K7QM-2X9PA');
  await user.clear(field(labels.device));
  await user.type(field(labels.device), 'Laptop');
  await user.click(screen.getByRole('button', { name: labels.publish }));
  return user;
}

const KO = { server: '서버 주소', code: '설정 코드', device: '이 기기의 이름', publish: '서버에 올리기' };
const JA = { server: 'サーバーのアドレス', code: '設定コード', device: 'この端末の名前', publish: 'サーバーに登録' };
const EN = { server: 'Server address', code: 'Setup code', device: "This device's name", publish: 'Publish' };

describe('publishing and joining a trip', () => {
  it('refuses a plain http:// address on the network, saying why, and reaches nothing (Korean)', async () => {
    const { configured, requests } = desktop(() => json(500, {}));
    await publishForm('ko');
    await fillIn(KO, 'http://192.168.0.10:8787');
    expect((await screen.findByRole('alert')).textContent).toMatch(/암호화되지 않은 채 네트워크로 전송/);
    expect([configured, requests]).toEqual([[], []]);
  });

  it('refuses a join code of plain HTTP over the network, and sends not even the code (Japanese)', async () => {
    const { requests } = desktop(() => json(500, {}));
    const store = await openTestStore();
    await renderWithStore('ja', store, <JoinPage />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('参加コード'), 'fb1:192.168.0.10:8787:http:K7QM-2X9PA');
    await user.clear(screen.getByLabelText(/^この端末の名前/));
    await user.type(screen.getByLabelText(/^この端末の名前/), 'Laptop');
    await user.click(screen.getByRole('button', { name: '参加' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/暗号化されずにネットワークを流れる/);
    expect(requests).toEqual([]);
  });

  it('asks before the trip syncs with another server than before; cancelled, nothing of the trip is sent (Japanese)', async () => {
    const { configured, requests } = desktop(() => json(500, {}));
    const store = await publishForm('ja');
    const user = await fillIn(JA, `fb1:192.168.0.10:8787:${PIN}`);
    const dialog = await screen.findByRole('dialog', { name: 'この視察を別のサーバーと同期しますか？' });
    within(dialog).getByText(/https:\/\/192\.168\.0\.10:8787 は証明書が異なるか/);
    await user.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
    expect((await screen.findByRole('alert')).textContent).toBe('視察の内容は新しいサーバーに送っていません。');
    expect(configured.map(({ replace }) => replace)).toEqual([false]);
    expect(requests).toEqual([]);
    expect(await getConnection(store.db, SAMPLE_TRIP_ID)).toBeNull();
  });

  it('publishes to the new server once the user confirmed it (English)', async () => {
    const { configured, requests } = desktop((request) =>
      json(201, { token: TOKEN, deviceId: SAMPLE_TRIP_ID, tripId: SAMPLE_TRIP_ID, memberId: request.tripId }),
    );
    const store = await publishForm('en');
    const user = await fillIn(EN, `fb1:192.168.0.10:8787:${PIN}`);
    const dialog = await screen.findByRole('dialog', { name: 'Sync this trip with another server?' });
    await user.click(within(dialog).getByRole('button', { name: 'Use the new server' }));
    await waitFor(async () => expect(await getConnection(store.db, SAMPLE_TRIP_ID)).not.toBeNull());
    expect(configured.map(({ replace, fingerprint }) => [replace, fingerprint])).toEqual([
      [false, PIN],
      [true, PIN],
    ]);
    // The devices list asks next: every request goes under this trip's own pin.
    expect(requests[0]?.path).toBe('/v1/trips');
    expect(new Set(requests.map(({ tripId }) => tripId))).toEqual(new Set([SAMPLE_TRIP_ID]));
  });

  it('tells the organiser, not a member, what to do with a setup code the server does not have waiting (Japanese)', async () => {
    desktop(() => json(403, { error: 'code_invalid', message: 'No such setup code, or it was used.' }));
    await publishForm('ja');
    const user = await fillIn(JA, `fb1:192.168.0.10:8787:${PIN}`);
    await user.click(await screen.findByRole('button', { name: '新しいサーバーを使う' }));
    const said = (await screen.findByRole('alert')).textContent;
    expect(said).toMatch(/サーバーが最後に表示した設定コードと見比べてください/);
    expect(said).not.toMatch(/主催者/);
  });

  it('promises no retry when the server could not be reached to publish: publishing is never tried again by itself (Korean)', async () => {
    desktop(() => ({ outcome: 'failed', error: 'offline', message: 'ECONNREFUSED' }));
    await publishForm('ko');
    const user = await fillIn(KO, `fb1:192.168.0.10:8787:${PIN}`);
    await user.click(await screen.findByRole('button', { name: '새 서버 사용' }));
    const said = (await screen.findByRole('alert')).textContent;
    expect(said).toMatch(/^서버에 연결할 수 없습니다\..*다시 시도하세요\.$/);
    expect(said).not.toMatch(/자동으로/);
  });

  it('offers joining a trip the server already has, as the sample trip is on every device (English)', async () => {
    desktop(() => json(409, { error: 'trip_exists', message: 'A trip of this id is already published.' }));
    await publishForm('en');
    const user = await fillIn(EN, `fb1:192.168.0.10:8787:${PIN}`);
    await user.click(await screen.findByRole('button', { name: 'Use the new server' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^This trip is already on this server.*ask .* for an invitation/);
    expect(within(alert).getByRole('link', { name: 'Join with a code from the organiser' }).getAttribute('href')).toBe(
      '/join',
    );
  });

  it('tells a member who pasted part of a join code, or the server’s address, what to paste instead; nothing is sent (English)', async () => {
    const { requests } = desktop(() => json(500, {}));
    const store = await openTestStore();
    await renderWithStore('en', store, <JoinPage />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^This device's name/), 'Laptop');
    const tryCode = async (code: string) => {
      await user.clear(screen.getByLabelText('Join code'));
      await user.type(screen.getByLabelText('Join code'), code);
      await user.click(screen.getByRole('button', { name: 'Join' }));
      return (await screen.findByRole('alert')).textContent;
    };
    expect(await tryCode(`192.168.0.10:8787:${PIN}:K7QM-2X9PA-4H2XQ-3ZK7T`)).toMatch(
      /^This is only part of a join code/,
    );
    expect(await tryCode('K7QM-2X9PA-4H2XQ-3ZK7T')).toMatch(/^This is only part of a join code/);
    expect(await tryCode(`fb1:192.168.0.10:8787:${PIN}`)).toMatch(/^This is the server's address, not a join code/);
    expect(await tryCode('https://sync.example.org')).toMatch(/^This is the server's address, not a join code/);
    expect(requests).toEqual([]);
  });

  it('tells the organiser that an expired setup code was replaced by the one the server printed since (Korean)', async () => {
    desktop(() => json(403, { error: 'code_expired', message: 'expired' }));
    await publishForm('ko');
    const user = await fillIn(KO, `fb1:192.168.0.10:8787:${PIN}`);
    await user.click(await screen.findByRole('button', { name: '새 서버 사용' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/설정 코드는 24시간 동안만/);
  });
});
