import type { FieldbookBridge, SyncAnswer, SyncRequest } from '@shared/ipc/contract';
import { type CallHandlers, dispatchCall } from '@shared/ipc/dispatch';
import type { Member } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import type { InvitationState, TripDevice } from '@shared/sync/access';
import { SyncError, type SyncServer } from '@shared/sync/client';
import type { Change } from '@shared/sync/merge';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { openTestStore } from '../../../test/fixtures/store';
import type { UnknownKey } from '../../data/database/rows';
import type { Store } from '../../data/database/store';
import { setCurrentMember } from '../../data/device/currentMember';
import { getConnection, saveConnection } from '../../data/device/syncConnections';
import { listMembers } from '../../data/records/members';
import { loadSampleTrip } from '../../data/records/sampleTrip';
import { SyncProvider } from '../../services/sync';
import { Invitations } from './Invitations';
import { SyncPage } from './SyncPage';

/** The sample trip on a device that joined it as one of its roster (as `join` leaves it: bound, and written as them). */
async function joinedAs(role: Member['role']): Promise<{ store: Store; me: Member }> {
  const store = await openTestStore();
  await loadSampleTrip(store);
  const me = (await listMembers(store.db, SAMPLE_TRIP_ID)).find((member) => member.role === role);
  if (!me) throw new Error(`no ${role}`);
  await setCurrentMember(store.db, SAMPLE_TRIP_ID, me.id);
  await saveConnection(store, {
    tripId: SAMPLE_TRIP_ID,
    baseUrl: 'https://192.168.0.10:8787',
    token: 'token',
    memberId: me.id,
    organiser: role === 'organiser',
    fingerprint: null,
  });
  return { store, me };
}

/**
 * The desktop app's main process answering the trip's server's lists of
 * who has access (its devices, its invitations), over the contract's own
 * validation, as the organiser's device is answered.
 */
function serverListing(lists: { devices?: TripDevice[]; invitations?: InvitationState[] }) {
  const json = (status: number, body: unknown): SyncAnswer => ({
    outcome: 'answered',
    status,
    headers: {},
    body: { type: 'text', text: JSON.stringify(body) },
  });
  const handlers = {
    'sync:request': (request: SyncRequest) => {
      const list = request.path.endsWith('/devices')
        ? lists.devices
        : request.path.endsWith('/invitations')
          ? lists.invitations
          : undefined;
      if (request.method !== 'GET' || list === undefined) return json(404, { error: 'not_found' });
      return json(200, request.path.endsWith('/devices') ? { devices: list } : { invitations: list });
    },
  } as unknown as CallHandlers;
  const bridge: FieldbookBridge = {
    invoke: (name, ...args) => dispatchCall(handlers, name, args[0], undefined),
    on: () => () => {},
  };
  window.fieldbook = bridge;
}

afterEach(() => {
  window.fieldbook = undefined;
});

/** The sample trip's organiser's device, joined (with a token the desktop's contract takes), and its roster. */
async function organiserJoined() {
  const store = await openTestStore();
  await loadSampleTrip(store);
  const members = await listMembers(store.db, SAMPLE_TRIP_ID);
  const [me, coOrganiser] = members.filter((member) => member.role === 'organiser');
  const gangwon = members.find((member) => member.name === '강원도 과학기술전문위원');
  const jeju = members.find((member) => member.name === '제주도 과학기술전문위원');
  if (!me || !coOrganiser || !gangwon || !jeju) throw new Error('The sample trip is incomplete');
  await setCurrentMember(store.db, SAMPLE_TRIP_ID, me.id);
  await saveConnection(store, {
    tripId: SAMPLE_TRIP_ID,
    baseUrl: 'https://192.168.0.10:8787',
    token: 'organiser-token-of-twenty-characters',
    memberId: me.id,
    organiser: true,
    fingerprint: null,
  });
  const connection = await getConnection(store.db, SAMPLE_TRIP_ID);
  if (!connection) throw new Error('not joined');
  return { store, connection, members, me, coOrganiser, gangwon, jeju };
}

const device = (deviceId: string, memberId: string, name: string, current: boolean): TripDevice => ({
  deviceId,
  memberId,
  name,
  organiser: current,
  createdAt: '1996-10-20T00:00:00.000Z',
  lastSync: '1996-10-24T02:00:00.000Z',
  revokedAt: null,
  current,
});

/** Stops syncing the trip from the sync page, confirming in the dialog (labels in the language shown). */
async function stopSyncing(store: Store, labels: { stop: string; confirm: string }) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: labels.stop }));
  await user.click(
    within(screen.getByRole('dialog', { name: labels.confirm })).getByRole('button', { name: labels.stop }),
  );
  await waitFor(async () => expect(await getConnection(store.db, SAMPLE_TRIP_ID)).toBeNull());
}

/** A server that answers every request of this device's as one the organiser revoked. */
const revoking = new Proxy({} as SyncServer, {
  get: () => () => Promise.reject(new SyncError('revoked', 'This device was revoked.')),
});

describe('the sync page', () => {
  it('lets a member’s device stop syncing a trip whose server is gone, keeping every record and unsent change, and then offers joining, not publishing (Japanese)', async () => {
    const { store } = await joinedAs('member');
    const unsent = await store.db.outbox.count();
    const answers = await store.db.checklistAnswers.count();
    await renderWithStore('ja', store, <SyncPage tripId={SAMPLE_TRIP_ID} />);

    await screen.findByText(/主催者から受け取った新しいコードでもう一度参加してください/);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '同期を停止' }));
    const dialog = screen.getByRole('dialog', { name: 'この端末でこの視察の同期を停止しますか？' });
    within(dialog).getByText(/https:\/\/192\.168\.0\.10:8787 と同期しなくなります/);
    await user.click(within(dialog).getByRole('button', { name: '同期を停止' }));

    await waitFor(async () => expect(await getConnection(store.db, SAMPLE_TRIP_ID)).toBeNull());

    expect((await screen.findByRole('link', { name: '主催者から受け取ったコードで参加' })).getAttribute('href')).toBe(
      '/join',
    );
    screen.getByText(/団員の端末は、主催者が登録した視察に参加します/);
    expect(screen.queryByRole('heading', { name: 'この視察をサーバーに登録' })).toBeNull();
    expect(await store.db.outbox.count()).toBe(unsent);
    expect(await store.db.checklistAnswers.count()).toBe(answers);
  });

  it('keeps the publish form for an organiser’s device that stopped syncing (English)', async () => {
    const { store } = await joinedAs('organiser');
    await renderWithStore('en', store, <SyncPage tripId={SAMPLE_TRIP_ID} />);
    await stopSyncing(store, { stop: 'Stop syncing', confirm: 'Stop syncing this trip on this device?' });
    await screen.findByRole('heading', { name: 'Publish this trip to a server' });
  });

  it('tells a revoked device that the organiser revoked it, that nothing on it is lost, and what to do; never that it syncs (Korean)', async () => {
    const { store } = await joinedAs('member');
    await renderWithStore(
      'ko',
      store,
      <SyncProvider serverFor={() => revoking}>
        <SyncPage tripId={SAMPLE_TRIP_ID} />
      </SyncProvider>,
    );
    const told = await screen.findByText(
      /주최자가 https:\/\/192\.168\.0\.10:8787 서버의 이 연수에서 이 기기의 접근을 해제해/,
    );
    expect(told.textContent).toMatch(/사라지지 않습니다.*새 초대를 요청하고.*동기화를 중지한 뒤.*다시 참가하세요/);
    expect(screen.queryByText(/서버와 동기화합니다/)).toBeNull();
  });

  it('names every member in the reader’s script: their names for the hosts on a Japanese screen, the Korean ones in tooltips', async () => {
    const { store, me, coOrganiser, gangwon, jeju } = await organiserJoined();
    serverListing({
      devices: [device('laptop', me.id, 'ノートPC', true), device('phone', gangwon.id, 'スマホ', false)],
    });
    // A member who joined from a backup sent changes in a file: the trip does not know the device yet.
    await store.db.heldChanges.add({ id: 'held-1', tripId: SAMPLE_TRIP_ID, deviceId: 'stranger' } as unknown as Change);
    await store.db.unknownKeys.add({ tripId: SAMPLE_TRIP_ID, deviceId: 'stranger', memberId: jeju.id } as UnknownKey);
    const names = [me, coOrganiser, gangwon, jeju];
    expect(names.every((member) => member.nameForHosts !== '')).toBe(true);
    await renderWithStore('ja', store, <SyncPage tripId={SAMPLE_TRIP_ID} />);

    // This device's member, in the sentence that says the device syncs.
    await screen.findByText(new RegExp(`この端末は${me.nameForHosts}さんとして書き込みます`));
    // The trip's devices, each by its member.
    await screen.findByText(`${gangwon.nameForHosts}さんのスマホ`);
    // The member changes are exported to: in the list, and in the sentence under it.
    const recipient = screen.getByRole('combobox', { name: '受け取る人' });
    const chosen = within(recipient).getByRole('option', { name: coOrganiser.nameForHosts }) as HTMLOptionElement;
    expect(chosen.selected).toBe(true);
    expect(chosen.getAttribute('lang')).toBe('ja');
    expect(chosen.getAttribute('title')).toBe(coOrganiser.name);
    screen.getByText(new RegExp(`${coOrganiser.nameForHosts} さんにはまだ書き出していない`));
    // The device the trip does not know, by the member it says it writes as.
    await screen.findByText(`${jeju.nameForHosts} さんの端末: 変更 1 件が待機中`);
    const page = document.body.textContent ?? '';
    for (const member of names) expect(page).not.toContain(member.name);
  });

  it('names the members to invite in the reader’s script, the Korean name in a tooltip (Japanese)', async () => {
    const { store, connection, members, me, coOrganiser, gangwon } = await organiserJoined();
    const open = {
      memberId: gangwon.id,
      createdAt: '1996-10-20T00:00:00.000Z',
      expiresAt: '1996-10-27T00:00:00.000Z',
      usedAt: null,
      state: 'open' as const,
    };
    serverListing({ invitations: [open] });
    const { unmount } = await renderWithStore(
      'ja',
      store,
      <Invitations connection={connection} members={members} lastSync={null} publisher={me.id} />,
    );
    const invited = (await screen.findByText(gangwon.nameForHosts)).closest('li') as HTMLElement;
    expect(within(invited).getByText(gangwon.nameForHosts).getAttribute('lang')).toBe('ja');
    expect(within(invited).getByText(gangwon.nameForHosts).getAttribute('title')).toBe(gangwon.name);
    screen.getByRole('button', { name: `${coOrganiser.nameForHosts}さんを招待` });
    const list = screen.getByRole('list');
    for (const member of members) expect(list.textContent).not.toContain(member.name);
    unmount();

    // On a co-organiser's device, only the publisher's makes codes: the hint says whose.
    const coConnection = { ...connection, memberId: coOrganiser.id };
    await renderWithStore(
      'ja',
      store,
      <Invitations connection={coConnection} members={members} lastSync={null} publisher={me.id} />,
    );
    await screen.findByText(new RegExp(`登録した${me.nameForHosts}さんの端末でのみ`));
  });
});
