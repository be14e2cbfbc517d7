import type { StagedTripFile } from '@shared/exchange/readTripFile';
import type { Page } from '@shared/exchange/tripFile';
import { FileRefused } from '@shared/exchange/tripFile';
import type { RecordId } from '@shared/model';
import { parseHlc } from '@shared/sync/hlc';
import { SYNCED_TABLES, type SyncedTable } from '@shared/sync/leaves';
import { applyChange, type Change, checkChange, recordOf } from '@shared/sync/merge';
import { factsOfRecord, refusalOf, VERSION_OF } from '@shared/sync/permissions';
import {
  type Bundle,
  digestsOf,
  isSignedBy,
  type ListedKey,
  type RelayedKey,
  type TrustedKey,
  trustedKeys,
  verifyBundle,
} from '@shared/sync/signing';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { loadStates } from '../sync/applyRemote';
import { heldKeys, keysToCarry } from '../sync/signatures';
import { stateKey } from '../writes/recordStates';

/** A file's changes as checked: those to apply with their bundles, and those of devices the trip does not know. */
export interface CheckedChanges {
  changes: Change[];
  bundles: Bundle[];
  /** The keys of the file that verified, to keep as the trip's. */
  keys: ListedKey[];
  /** The trip's first device as the file names it, to pin, on a device that held none of the trip. */
  pin: string | null;
  /** Changes signed by a device whose key does not chain down to the trip's first device: not applied. */
  unknown: Change[];
  /** Their bundles, and the keys the file claims for their devices: held for an organiser to decide on. */
  unknownBundles: Bundle[];
  claimed: RelayedKey[];
  /** Changes stamped further ahead of this device's time than the server takes: left for the server to bring. */
  ahead: Change[];
}

/**
 * The changes of a file as sync would take them (docs/sync-protocol.md,
 * section 11): each a change of this trip that the sync rules accept,
 * signed by its device in a bundle that verifies against that device's key,
 * the key chaining down from the trip's first device, and naming that
 * key's member. The first device is the one this device pinned; on a
 * device that holds the trip and pinned none (it made the trip, and never
 * synced it), this device, as its own files say (keysToCarry): a file
 * cannot name another, or anyone who learnt the trip's id could sign
 * changes to it as its first device. Only a device that holds none of the
 * trip takes the file's word for it. A change that fails is a file
 * refused; one from a device the trip does not know yet is set apart,
 * never applied.
 */
export async function checkSignatures(
  store: Store,
  file: StagedTripFile,
  /** This device's time, corrected by its server's when it knows it (HlcClock.now). */
  now: number,
): Promise<CheckedChanges> {
  const { db } = store;
  const tripId = file.manifest.trip.id as RecordId;
  const mine = (await db.trips.get(tripId)) ? await keysToCarry(store, tripId) : null;
  const root = mine?.root ?? file.keys.root;
  if (!root) throw new FileRefused('bad_signature', 'the file names no first device of the trip');
  const held = await heldKeys(db, tripId);
  const isHeld = (deviceId: string) => held.some((key) => key.deviceId === deviceId);
  const own = (mine?.keys ?? []).filter((key) => !isHeld(key.deviceId));
  const listed = [...held, ...[...own, ...file.keys.keys].map((key) => ({ ...key, revokedAfter: null }))];
  const trusted = await trustedKeys(tripId, root, listed);
  const checked = await checkPages(tripId, trusted, file.pages, now);
  const unknownDevices = new Set(checked.unknown.map((change) => change.deviceId));
  const known = new Set([...held, ...own].map((key) => key.deviceId));
  return {
    ...checked,
    pin: mine ? null : root,
    keys: listed.filter((key) => trusted.has(key.deviceId) && !known.has(key.deviceId)),
    claimed: file.keys.keys.filter((key) => unknownDevices.has(key.deviceId)),
  };
}

/** Pages of changes checked against the keys trusted (checkSignatures): what to apply, set apart, or refuse. */
export async function checkPages(
  tripId: RecordId,
  trusted: ReadonlyMap<string, TrustedKey>,
  pages: readonly Page[],
  now: number,
): Promise<Pick<CheckedChanges, 'changes' | 'bundles' | 'unknown' | 'unknownBundles' | 'ahead'>> {
  const verified = new Map<string, { digests: Set<string>; key: TrustedKey; bundle: Bundle }>();
  const checked = {
    changes: [] as Change[],
    bundles: [] as Bundle[],
    unknown: [] as Change[],
    unknownBundles: [] as Bundle[],
    ahead: [] as Change[],
  };
  for (const [number, page] of pages.entries()) {
    const bundles = new Map(page.bundles.map((bundle) => [bundle.id, bundle]));
    for (const candidate of page.changes) {
      const accepted = checkChange(candidate);
      const where = `page ${number + 1}`;
      if (!accepted.ok) throw new FileRefused('damaged', `${where}: a change ${accepted.problem}`);
      const change = accepted.change;
      if (change.tripId !== tripId) throw new FileRefused('damaged', `${where}: a change of another trip`);
      const bundle = bundles.get(change.bundle ?? '');
      if (!bundle || bundle.tripId !== tripId)
        throw new FileRefused('bad_signature', `${where}: change ${change.id} is unsigned`);
      const key = trusted.get(bundle.deviceId);
      if (!key) {
        checked.unknown.push(change);
        if (!checked.unknownBundles.includes(bundle)) checked.unknownBundles.push(bundle);
        continue;
      }
      if (key.revokedAfter !== null) throw new FileRefused('bad_signature', `${where}: signed by a revoked device`);
      let signature = verified.get(bundle.id);
      if (!signature) {
        if (!(await verifyBundle(key.key, bundle)))
          throw new FileRefused('bad_signature', `${where}: bundle ${bundle.id} does not verify`);
        signature = { digests: digestsOf(bundle), key, bundle };
        verified.set(bundle.id, signature);
        checked.bundles.push(bundle);
      }
      if (!isSignedBy(change, signature.digests, bundle) || change.memberId !== key.memberId)
        throw new FileRefused('bad_signature', `${where}: change ${change.id} is not as its writer signed it`);
      // The server refuses a change stamped MAX_SKEW_MS ahead of its time, and its device then stamps it afresh
      // under the same id: taken in now, it would stay here as it was, and this device would hold another
      // record. This device's time may itself be that far ahead of the server's, uncorrected
      // (CLOCK_TOLERANCE_MS): only a change from before it is sure to be taken as it is.
      if (parseHlc(change.hlc).millis > now) checked.ahead.push(change);
      else checked.changes.push(change);
    }
  }
  return checked;
}

/**
 * Refuses the file when one of its changes is one its writer's role does not
 * allow (shared/sync/permissions.ts), judged as the server judges a push: by
 * the roster and the records as this device holds them, the file's own only
 * for a record this device has none of (one the file makes, or a whole trip
 * restored on a new device). Judged by the records as the file would leave
 * them, a member's file that made its member an organiser, or another's
 * answer theirs, was allowed all that came with it.
 */
export async function checkRoles(db: FieldbookDB, changes: readonly Change[]): Promise<void> {
  const after = await recordsAfter(db, changes);
  const held = await heldRecords(
    db,
    changes.flatMap((change) => [
      { table: change.table, id: change.recordId },
      { table: 'members' as const, id: change.memberId ?? '' },
    ]),
  );
  const record = (table: SyncedTable, id: string) => held.get(stateKey(table, id)) ?? after.get(stateKey(table, id));
  const [tableLeaf, idLeaf] = VERSION_OF;
  const noteOf = (version: Record<string, unknown> | undefined) =>
    version && SYNCED_TABLES.includes(version[tableLeaf] as SyncedTable)
      ? { table: version[tableLeaf] as SyncedTable, id: String(version[idLeaf]) }
      : null;
  // The notes the versions are of, read in bulk too: a file holds thousands of versions.
  const notes = await heldRecords(
    db,
    changes.flatMap((change) => {
      const note = change.table === 'noteVersions' ? noteOf(record('noteVersions', change.recordId)) : null;
      return note ? [note] : [];
    }),
  );
  for (const change of changes) {
    const member = record('members', change.memberId ?? '');
    const role = member && member.deletedAt === null ? (member.role as 'organiser' | 'member' | 'interpreter') : null;
    const of = record(change.table, change.recordId) ?? {};
    const noteAt = change.table === 'noteVersions' ? noteOf(of) : null;
    const note = noteAt
      ? (notes.get(stateKey(noteAt.table, noteAt.id)) ?? after.get(stateKey(noteAt.table, noteAt.id)))
      : undefined;
    const refusal = refusalOf({ memberId: change.memberId ?? '', role }, change, factsOfRecord(change.table, of, note));
    if (refusal) throw new FileRefused('forbidden', `change ${change.id} (${change.table}/${change.path}): ${refusal}`);
  }
}

/** The records this device holds of those named, read a table at a time. */
async function heldRecords(
  db: FieldbookDB,
  wanted: readonly { table: SyncedTable; id: string }[],
): Promise<Map<string, Record<string, unknown>>> {
  const byTable = new Map<SyncedTable, Set<string>>();
  for (const { table, id } of wanted) byTable.set(table, (byTable.get(table) ?? new Set()).add(id));
  const held = new Map<string, Record<string, unknown>>();
  for (const [table, ids] of byTable) {
    const rows = (await db.table(table).bulkGet([...ids])) as (Record<string, unknown> | undefined)[];
    for (const row of rows) if (row) held.set(stateKey(table, String(row.id)), row);
  }
  return held;
}

/** The records the changes touch, as they will be once applied (leaves not all known yet: partial). */
export async function recordsAfter(
  db: FieldbookDB,
  changes: readonly Change[],
): Promise<Map<string, Record<string, unknown>>> {
  const states = await loadStates(db, changes);
  for (const change of changes) {
    const key = stateKey(change.table, change.recordId);
    states.set(key, applyChange(states.get(key), change).state);
  }
  return new Map([...states].map(([key, state]) => [key, recordOf(state) as Record<string, unknown>]));
}
