import type { Member } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { SyncError, type SyncServer } from '@shared/sync/client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { openTestStore } from '../../../test/fixtures/store';
import type { Store } from '../../data/database/store';
import { setCurrentMember } from '../../data/device/currentMember';
import { getConnection, saveConnection } from '../../data/device/syncConnections';
import { listMembers } from '../../data/records/members';
import { loadSampleTrip } from '../../data/records/sampleTrip';
import { SyncProvider } from '../../services/sync';
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
});
