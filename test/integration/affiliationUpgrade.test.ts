import { type Change, recordOf } from '@shared/sync/merge';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { oneDeviceLog, updateEachOnItsOwn } from '../fixtures/upgrade';

/**
 * A trip synced under protocol 2, then the server updated (migration 0003)
 * and a device's app updated (schema step 9), each on its own.
 */
const { tripId, change } = oneDeviceLog();
const rosterMemberId = v7();

/** What protocol 2 exchanged: a member's affiliation as a string, rewritten in another script. */
const protocol2: Change[] = [
  change('trips', tripId, 'languages', { home: 'ko', host: 'ja' }),
  change('trips', tripId, 'title/ko', '후쿠오카 연수'),
  change('trips', tripId, 'organiser/ko', 'STEPI'),
  change('members', rosterMemberId, 'name', '경기도 과학기술전문위원'),
  change('members', rosterMemberId, 'affiliation', 'Gyeonggi'),
  change('members', rosterMemberId, 'affiliation', '경기도 과학기술과'),
];

describe('a trip synced under protocol 2, the server and a device updated each on its own', () => {
  // Two PGlite databases start here: seconds each on a busy machine.
  it('leaves the device and the server with the same leaves, won by the same changes', {
    timeout: 30_000,
  }, async () => {
    const { onServer, device } = await updateEachOnItsOwn(protocol2, { serverSteps: 2, deviceStep: 8 });
    expect(
      recordOf(
        onServer.get(`members:${rosterMemberId}`) ?? { table: 'members', id: rosterMemberId, tripId, leaves: {} },
      ),
    ).toMatchObject({ affiliation: { ko: '경기도 과학기술과' } });
    expect((await device.db.members.get(rosterMemberId))?.affiliation).toEqual({ ko: '경기도 과학기술과' });
    device.db.close();
  });
});
