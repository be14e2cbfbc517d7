/**
 * The page side of firstSyncChromium.bench.ts, built for Chromium by Vite:
 * a new device's first sync through the app's own data layer over the
 * page's real IndexedDB, and its floor, a bare Dexie bulkPut of the
 * records it ends with. The page is served at the sync server's origin, as
 * the app is when the server serves it.
 */
import { httpSyncServer } from '@shared/sync/client';
import { Dexie } from 'dexie';
import { FieldbookDB } from '../renderer/data/database/db';
import { openStore } from '../renderer/data/database/store';
import { joinWithInvitation } from '../renderer/data/sync/invitations';
import { syncTrip } from '../renderer/data/sync/syncTrip';
import { stateTables, tripStates } from '../renderer/data/writes/recordStates';
import type { Records } from './bigTrip';

let databases = 0;
async function freshName(): Promise<string> {
  databases += 1;
  const name = `fieldbook-first-sync-${databases}`;
  await Dexie.delete(name);
  return name;
}

/** The records' bare bulkPut into a fresh database of the app's schema, opened before the clock starts: its time. */
async function floor(records: Records): Promise<number> {
  const db = new FieldbookDB(await freshName());
  await db.open();
  const start = performance.now();
  await db.transaction(
    'rw',
    Object.keys(records).map((name) => db.table(name)),
    async () => {
      for (const [name, rows] of Object.entries(records)) await db.table(name).bulkPut(rows);
    },
  );
  const took = performance.now() - start;
  db.close();
  return took;
}

/**
 * A new device (its database opened first) joining with `invitation` and
 * syncing the trip: its time and the bytes it pulled; then what its states
 * kept packed cost when first read all at once (the most a later screen or
 * merge reads of them), in a database opened afresh as at the next start.
 */
async function join(invitation: string): Promise<{ ms: number; bytes: number; records: number; readAll: number }> {
  const device = await openStore(await freshName());
  const connection = { baseUrl: location.origin, fetch: globalThis.fetch.bind(globalThis) };
  let bytes = 0;
  const counting: typeof fetch = async (input, init) => {
    const answer = await fetch(input, init);
    bytes += (await answer.clone().arrayBuffer()).byteLength;
    return answer;
  };
  const start = performance.now();
  const joined = await joinWithInvitation(device, connection, { invitation, deviceName: '새 기기' });
  await syncTrip(
    device,
    httpSyncServer({ baseUrl: location.origin, fetch: counting, token: joined.token }),
    joined.tripId,
  );
  const took = performance.now() - start;
  const records = await device.db.checklistAnswers.count();
  device.db.close();
  const again = new FieldbookDB(device.db.name);
  await again.open();
  const reading = performance.now();
  await again.transaction('r', stateTables(again), () => tripStates(again, joined.tripId));
  const readAll = performance.now() - reading;
  again.close();
  return { ms: took, bytes, records, readAll };
}

const page = { floor, join };
export type FirstSyncPage = typeof page;
(window as unknown as { firstSync: FirstSyncPage }).firstSync = page;
