import type { RecordId } from '@shared/model';
import { SyncError, type SyncServer } from '@shared/sync/client';
import type { Bundle, RelayedKey } from '@shared/sync/signing';
import { Dexie } from 'dexie';
import type { FieldbookDB } from '../database/db';
import type { LoggedChange } from '../database/rows';
import type { Store } from '../database/store';
import { relayableSigners } from './signatures';

/**
 * Passes on other devices' changes as their authors signed them
 * (docs/sync-protocol.md, section 9, relaying): when this device reaches a
 * trip's server afresh (a server that lost the trip, the trip published
 * again), it sends its log (schema step 11: the signed changes it pulled,
 * with their bundles) after its own changes, with the keys of their devices
 * the server does not know yet, so that the trip is whole
 * again before those devices come back. A device whose key does not chain
 * down to the server's first device, or was revoked, is not relayed: the
 * server could not tell its changes from forged ones. The log goes in
 * batches that fit a request, each remembered once sent, so a cut
 * connection resumes where it stopped.
 */

/** The last logged change relayed ('' before the first); absent when nothing waits to be relayed. */
const relayKey = (tripId: RecordId) => `sync:${tripId}:relayed`;

/** What a batch may weigh as JSON, under the request's limit (MAX_BODY_BYTES, 4 MiB) with room to spare. */
const BATCH_BYTES = 3 * 1024 * 1024;
const BATCH_CHANGES = 1000;

/** The refusals that judge what a batch holds: passing it on again would be refused again. */
const CONTENT_REFUSALS = new Set([
  'invalid_signature',
  'invalid_change',
  'unknown_leaf',
  'unknown_table',
  'clock_ahead',
]);

/** The log is to be passed on from its beginning at the next sync. */
export async function relayLater(db: FieldbookDB, tripId: RecordId): Promise<void> {
  await db.settings.put({ key: relayKey(tripId), value: '' });
}

/** Answers how many changes the server took of those relayed. */
export async function relayLog(store: Store, server: SyncServer, tripId: RecordId): Promise<number> {
  const { db } = store;
  const from = (await db.settings.get(relayKey(tripId)))?.value;
  if (typeof from !== 'string') return 0;
  const relayable = await relayableSigners(store, server, tripId);
  let after = relayable.signers.size > 0 ? from : null;
  let accepted = 0;
  while (after !== null) {
    const logged = await db.changeLog
      .where('[tripId+id]')
      .between([tripId, after], [tripId, Dexie.maxKey], false, true)
      .limit(BATCH_CHANGES)
      .toArray();
    if (logged.length === 0) break;
    const last = logged.at(-1)?.id ?? after;
    accepted += await pushLogged(db, server, tripId, logged, relayable);
    after = last;
    await db.settings.put({ key: relayKey(tripId), value: after });
  }
  await db.settings.delete(relayKey(tripId));
  return accepted;
}

/**
 * Passes on to the server what files brought this device (marked `passOn`
 * in the log by importTrip.ts): another member's notes reach everyone as
 * soon as anyone who holds them syncs, each as its writer signed it. A
 * change the server refuses for what it holds is not offered again.
 */
export async function passOnFromFiles(store: Store, server: SyncServer, tripId: RecordId): Promise<number> {
  const { db } = store;
  const waiting = () => db.changeLog.where('[tripId+passOn]').equals([tripId, 1]);
  if ((await waiting().count()) === 0) return 0;
  const relayable = await relayableSigners(store, server, tripId);
  let accepted = 0;
  for (;;) {
    const logged = await waiting().limit(BATCH_CHANGES).toArray();
    if (logged.length === 0) break;
    accepted += await pushLogged(db, server, tripId, logged, relayable);
    // What could not go (a device the server's chain does not reach) stays in the log for files, not for here.
    await db.changeLog
      .where('id')
      .anyOf(logged.map((change) => change.id))
      .modify((change) => {
        delete change.passOn;
      });
  }
  return accepted;
}

/** Pushes logged changes of the devices that may be relayed, with their bundles and the keys the server lacks. */
async function pushLogged(
  db: FieldbookDB,
  server: SyncServer,
  tripId: RecordId,
  logged: readonly LoggedChange[],
  { signers, keys }: { signers: ReadonlySet<string>; keys: readonly RelayedKey[] },
): Promise<number> {
  const bundles = new Map(
    (await db.bundles.bulkGet([...new Set(logged.map((change) => change.bundle))])).flatMap((bundle) =>
      bundle ? [[bundle.id, bundle] as const] : [],
    ),
  );
  const sendable = logged.filter((change) => signers.has(change.deviceId) && bundles.has(change.bundle));
  let accepted = 0;
  for (const batch of batches(sendable, bundles, BATCH_BYTES - weight(keys)))
    accepted += await pushRelayed(server, tripId, batch, keys);
  return accepted;
}

interface Batch {
  changes: LoggedChange[];
  bundles: Bundle[];
}

/** The changes in batches that fit a request with the keys that go with each, each with the bundles its changes need. */
function* batches(
  changes: readonly LoggedChange[],
  bundles: ReadonlyMap<string, Bundle>,
  room: number,
): Generator<Batch> {
  let batch: Batch = { changes: [], bundles: [] };
  let bytes = 0;
  for (const change of changes) {
    let bundle = needs(bundles.get(change.bundle), batch.bundles);
    if (batch.changes.length > 0 && bytes + weight(change, bundle) > room) {
      yield batch;
      batch = { changes: [], bundles: [] };
      bytes = 0;
      bundle = bundles.get(change.bundle) ?? null;
    }
    bytes += weight(change, bundle);
    batch.changes.push(change);
    if (bundle) batch.bundles.push(bundle);
  }
  if (batch.changes.length > 0) yield batch;
}

const needs = <T>(held: T | undefined, within: readonly T[]): T | null =>
  held !== undefined && !within.includes(held) ? held : null;

const weight = (...values: unknown[]) =>
  values.reduce<number>((sum, value) => sum + (value ? JSON.stringify(value).length : 0), 0);

/**
 * Pushes one batch of relayed changes. A batch the server refuses for what
 * it holds is left: the changes are their authors', who send them again
 * themselves when they reach this server; a batch that did not arrive
 * (offline, the server's own error) stops the relay, to resume.
 */
async function pushRelayed(
  server: SyncServer,
  tripId: RecordId,
  batch: Batch,
  keys: readonly RelayedKey[],
): Promise<number> {
  try {
    return (await server.push(tripId, batch.changes, batch.bundles, keys)).accepted;
  } catch (error) {
    if (error instanceof SyncError && CONTENT_REFUSALS.has(error.code)) return 0;
    throw error;
  }
}
