import type { RecordId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { SyncError } from '@shared/sync/client';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { joinedAs } from '../../../test/fixtures/syncedDevices';
import { serverInMemory } from '../../../test/fixtures/syncServer';
import { loadSampleTrip } from '../records/sampleTrip';
import { SyncScheduler } from './scheduler';
import { syncTrip } from './syncTrip';

/** The member the device's connection binds it to. */
const MEMBER = '0192a000-0000-7000-8000-000000000001' as RecordId;
const schedulers: SyncScheduler[] = [];
afterEach(() => {
  for (const scheduler of schedulers.splice(0)) scheduler.stop();
});

/** Waits until `check` holds, as a person watching the status would. */
async function until(check: () => boolean | Promise<boolean>, what: string, within = 10_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > within) throw new Error(`Not ${what} within ${within} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the sync scheduler', () => {
  it('tries again soon after the server could not be reached, not at the next minute’s sync', async () => {
    const { server, setReachable } = serverInMemory(500);
    const organiser = await openTestStore();
    await loadSampleTrip(organiser);
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    const member = await openTestStore();
    await joinedAs(member, MEMBER);
    setReachable(false);
    // Retries from 50 ms on, doubling: the minute's sync (SYNC_EVERY_MS) would come long after this test's limit.
    const scheduler = new SyncScheduler(member, () => server, 50);
    schedulers.push(scheduler);
    scheduler.start();
    await until(() => scheduler.status(SAMPLE_TRIP_ID)?.error === 'offline', 'told the server cannot be reached');
    expect(await member.db.itineraryItems.count()).toBe(0);
    // The server is back: the device finds it on its own, with no "Sync now".
    setReachable(true);
    await until(() => scheduler.status(SAMPLE_TRIP_ID)?.lastSync != null, 'synced again');
    expect(scheduler.status(SAMPLE_TRIP_ID)?.error).toBeNull();
    expect(await member.db.itineraryItems.count()).toBe(await organiser.db.itineraryItems.count());
  });

  it('does not ask again soon what waiting will not mend: a revoked device waits for the minute’s sync', async () => {
    const { server, setReachable } = serverInMemory(500);
    const member = await openTestStore();
    await joinedAs(member, MEMBER);
    let asked = 0;
    const revoked = {
      ...server,
      registerKey: async () => {
        asked += 1;
        throw new SyncError('revoked', 'This device was revoked.');
      },
    };
    setReachable(true);
    const scheduler = new SyncScheduler(member, () => revoked, 20);
    schedulers.push(scheduler);
    scheduler.start();
    await until(() => scheduler.status(SAMPLE_TRIP_ID)?.error === 'revoked', 'told the device was revoked');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(asked).toBe(1);
  });
});
