import { setTimeout as sleep } from 'node:timers/promises';
import { createHlcClock } from '@shared/sync/hlc';
import type { Change } from '@shared/sync/merge';
import { v7 } from 'uuid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate, readMigrations } from '../storage/migrate';
import type { Storage } from '../storage/storage';
import { describeOnPostgres, postgres } from '../test/backends';
import { changesAfter, storeChanges } from './changes';
import { addDevice } from './devices';
import { insertTrip } from './trips';

describeOnPostgres('the log of a trip’s changes', () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = (await postgres.open()).storage;
    await migrate(storage, await readMigrations());
  }, 30_000);
  afterAll(() => storage?.close());

  it('stores the pushes of one trip one after another, so a change never commits below one already read', async () => {
    const tripId = v7();
    const memberId = v7();
    const at = new Date();
    const deviceId = await storage.transaction(async (tx) => {
      await insertTrip(tx, { id: tripId, organiserMemberId: memberId, setupCodeHash: 'x', publishedAt: at });
      return (await addDevice(tx, { tripId, memberId, name: 'Laptop', organiser: true, at })).id;
    });
    const clock = createHlcClock(deviceId);
    const batch = (): Change[] => [
      {
        id: v7(),
        table: 'members',
        recordId: memberId,
        tripId,
        path: 'name',
        value: '박연구',
        hlc: clock.tick(),
        base: null,
        deviceId,
        memberId,
      },
    ];
    const [early, late] = [batch(), batch()];

    const commits: (() => void)[] = [];
    const held = new Promise<void>((resolve) => commits.push(resolve));
    let earlyStored = false;
    const first = storage.transaction(async (tx) => {
      await storeChanges(tx, tripId, deviceId, early);
      earlyStored = true;
      await held;
    });
    while (!earlyStored) await sleep(5);
    let lateDone = false;
    const second = storage
      .transaction((tx) => storeChanges(tx, tripId, deviceId, late))
      .then(() => {
        lateDone = true;
      });
    await sleep(300);
    // While the first push is open, the second waits: a pull now sees neither, never the later alone.
    expect(lateDone).toBe(false);
    expect((await changesAfter(storage, tripId, 0, 10)).changes).toEqual([]);
    for (const commit of commits) commit();
    await Promise.all([first, second]);
    const stored = (await changesAfter(storage, tripId, 0, 10)).changes;
    expect(stored.map((change) => change.id)).toEqual([...early, ...late].map((change) => change.id));
  }, 30_000);
});
