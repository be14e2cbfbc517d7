import { newId } from '@shared/model';
import { describe, expect, it } from 'vitest';
import { FieldbookDB } from '../database/db';
import { openStore } from '../database/store';
import { LATEST_VERSION } from './steps';

describe('schema step 14: card photos and letters', () => {
  it('pulls every trip’s log from the beginning once, so the changes a protocol-11 app skipped arrive', async () => {
    const name = `step14-${newId()}`;
    const tripId = newId();
    const other = newId();
    // An attachment whose owner (a host person) a protocol-11 app refused: its other leaves kept, the record unwritten.
    const attachmentId = newId();
    const fileName = {
      id: newId(),
      value: 'card.jpg',
      hlc: '0000000000a-00000-other',
      base: null,
      deviceId: 'other',
      memberId: null,
    };
    const waiting = {
      key: `attachments:${attachmentId}`,
      table: 'attachments',
      id: attachmentId,
      tripId,
      leaves: { fileName },
    };
    const old = new FieldbookDB(name, { upTo: 13 });
    await old.open();
    await old.table('recordStates').put(waiting);
    await old.table('settings').bulkPut([
      { key: `sync:${tripId}:pulled`, value: 42 },
      { key: `sync:${tripId}:pulledId`, value: newId() },
      { key: `sync:${other}:pulled`, value: 7 },
      { key: `sync:${tripId}:root`, value: 'organiser-laptop' },
      { key: 'clock', value: '0000000000a-00000-old-device' },
    ]);
    old.close();

    const store = await openStore(name);
    expect(store.db.verno).toBe(LATEST_VERSION);
    const settings = Object.fromEntries((await store.db.settings.toArray()).map(({ key, value }) => [key, value]));
    expect(settings[`sync:${tripId}:pulled`]).toBeNull();
    expect(settings[`sync:${tripId}:pulledId`]).toBeNull();
    expect(settings[`sync:${other}:pulled`]).toBeNull();
    // Whom the trip's chain of keys starts from stays pinned, the clock runs on, and the merge states stay.
    expect(settings[`sync:${tripId}:root`]).toBe('organiser-laptop');
    expect(settings.clock).toBe('0000000000a-00000-old-device');
    expect(await store.db.recordStates.get(waiting.key)).toEqual(waiting);
    expect(await store.db.outbox.count()).toBe(0);
    store.db.close();
  });
});
