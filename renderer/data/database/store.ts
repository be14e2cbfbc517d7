import { newId, type RecordId } from '@shared/model/uuids';
import { createHlcClock } from '@shared/sync/hlc';
import { DATABASE_NAME, FieldbookDB } from './db';
import { newTextClient, type WriteContext } from './writeContext';

/** The setting that keeps how far off the device's clock is (ms, the server's time minus the device's). */
export const CLOCK_CORRECTION = 'clockCorrection';

/** The open database and the context every write is stamped with. */
export interface Store {
  db: FieldbookDB;
  ctx: WriteContext;
}

/**
 * Opens (creating or upgrading) the database and gives this device its
 * permanent id on first use. The device id names this installation in the
 * metadata of every change it makes.
 */
export async function openStore(name: string = DATABASE_NAME, now: () => Date = () => new Date()): Promise<Store> {
  const db = new FieldbookDB(name);
  await db.open();
  const { deviceId, lastStamp, correction } = await db.transaction('rw', db.settings, async () => {
    const existing = await db.settings.get('deviceId');
    // The clock resumes after its last stamp (written with every write): an edit made after a
    // restart never sorts before one made before it, whatever the wall clock says; and on the
    // correction the server last showed (a device whose clock is off writes at the right time
    // even before it reaches the server again).
    const clock = await db.settings.get('clock');
    const stamp = typeof clock?.value === 'string' ? clock.value : undefined;
    const offset = await db.settings.get(CLOCK_CORRECTION);
    const correction = typeof offset?.value === 'number' ? offset.value : 0;
    if (typeof existing?.value === 'string') return { deviceId: existing.value, lastStamp: stamp, correction };
    const id = newId();
    await db.settings.put({ key: 'deviceId', value: id });
    return { deviceId: id, lastStamp: undefined, correction: 0 };
  });
  const clock = createHlcClock(deviceId, () => now().getTime(), lastStamp, correction);
  return {
    db,
    ctx: { deviceId, memberId: null, clock, now: () => new Date(clock.now()), textClient: newTextClient() },
  };
}

/**
 * The store as used by one member: what they write is stamped as theirs.
 * The clock is the same one, so stamps stay in order across members.
 */
export function asMember(store: Store, memberId: RecordId | null): Store {
  return { db: store.db, ctx: { ...store.ctx, memberId } };
}
