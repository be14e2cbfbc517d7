import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { openTestStore } from '../../../test/fixtures/store';
import { getConnection, saveConnection } from '../../data/device/syncConnections';
import { listMembers } from '../../data/records/members';
import { loadSampleTrip } from '../../data/records/sampleTrip';
import { SyncPage } from './SyncPage';

describe('the sync page', () => {
  it('lets a member’s device stop syncing a trip whose server is gone, keeping every record and unsent change (Japanese)', async () => {
    const store = await openTestStore();
    await loadSampleTrip(store);
    const kim = (await listMembers(store.db, SAMPLE_TRIP_ID)).find((member) => member.role === 'member');
    if (!kim) throw new Error('no member');
    await saveConnection(store, {
      tripId: SAMPLE_TRIP_ID,
      baseUrl: 'https://192.168.0.10:8787',
      token: 'token',
      memberId: kim.id,
      organiser: false,
      fingerprint: null,
    });
    const unsent = await store.db.outbox.count();
    const answers = await store.db.checklistAnswers.count();
    await renderWithStore('ja', store, <SyncPage tripId={SAMPLE_TRIP_ID} />);
    const user = userEvent.setup();

    await screen.findByText(/主催者から受け取った新しいコードでもう一度参加してください/);
    await user.click(screen.getByRole('button', { name: '同期を停止' }));
    const dialog = screen.getByRole('dialog', { name: 'この端末でこの視察の同期を停止しますか？' });
    within(dialog).getByText(/https:\/\/192\.168\.0\.10:8787 と同期しなくなります/);
    await user.click(within(dialog).getByRole('button', { name: '同期を停止' }));

    await waitFor(async () => expect(await getConnection(store.db, SAMPLE_TRIP_ID)).toBeNull());
    expect((await screen.findByRole('link', { name: '主催者から受け取ったコードで参加' })).getAttribute('href')).toBe(
      '/join',
    );
    screen.getByRole('heading', { name: 'この視察をサーバーに登録' });
    expect(await store.db.outbox.count()).toBe(unsent);
    expect(await store.db.checklistAnswers.count()).toBe(answers);
  });
});
