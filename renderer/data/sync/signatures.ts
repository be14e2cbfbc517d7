import { newId, type RecordId } from '@shared/model';
import type { PulledChange, SyncServer } from '@shared/sync/client';
import type { Change } from '@shared/sync/merge';
import {
  type Bundle,
  digestsOf,
  isSignedBy,
  type ListedKey,
  newSigningKey,
  type RelayedKey,
  type SigningKey,
  signBundle,
  type TrustedKey,
  trustedKeys,
  verifyBundle,
} from '@shared/sync/signing';
import { Dexie } from 'dexie';
import type { FieldbookDB } from '../database/db';
import type { HeldKey } from '../database/rows';
import type { Store } from '../database/store';
import { getCurrentMember } from '../device/currentMember';
import { getConnection } from '../device/syncConnections';

/**
 * This device's side of signatures (docs/sync-protocol.md, section 9): its
 * own key, made once and never readable out of IndexedDB; registering it
 * with a trip's server; signing what it sends; and checking what it pulls
 * against the keys the trip's first device vouches for, down the chain of
 * invitations.
 */

const KEY = 'signingKey';
const certificateKey = (tripId: RecordId) => `sync:${tripId}:certificate`;
const registeredKey = (tripId: RecordId) => `sync:${tripId}:keyRegistered`;
const rootKey = (tripId: RecordId) => `sync:${tripId}:root`;
const unverifiedKey = (tripId: RecordId) => `sync:${tripId}:unverified`;
const signsAsKey = (tripId: RecordId) => `sync:${tripId}:signsAs`;

export interface DeviceKey {
  privateKey: SigningKey;
  publicKey: string;
}

/** This device's key pair, made the first time it is needed. */
export async function deviceKey(db: FieldbookDB): Promise<DeviceKey> {
  const held = await db.settings.get(KEY);
  if (held?.value) return held.value as DeviceKey;
  const made = await newSigningKey();
  // Two windows may make one at once: the first kept is the device's.
  return db.transaction('rw', db.settings, async () => {
    const again = await db.settings.get(KEY);
    if (again?.value) return again.value as DeviceKey;
    await db.settings.put({ key: KEY, value: made });
    return made;
  });
}

/**
 * Whom this device signs as on a trip: the member the server bound its
 * token to, as it answered the key's registration (the server checks the
 * changes name them); before that, the member its connection names, or the
 * one using it.
 */
export async function signingMember(store: Store, tripId: RecordId): Promise<RecordId | null> {
  const signsAs = (await store.db.settings.get(signsAsKey(tripId)))?.value;
  if (typeof signsAs === 'string') return signsAs as RecordId;
  const connection = await getConnection(store.db, tripId);
  return connection?.memberId ?? (await getCurrentMember(store.db, tripId)) ?? store.ctx.memberId;
}

/**
 * A trip reached afresh (published, or joined with an invitation): its key
 * is registered again with that server, with the certificate the
 * invitation gave (null for the organiser who published), and the trip's
 * first device is learnt again from it.
 */
export async function beginSigning(db: FieldbookDB, tripId: RecordId, certificate: string | null): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: certificateKey(tripId), value: certificate });
    await db.settings.bulkDelete([registeredKey(tripId), rootKey(tripId), signsAsKey(tripId)]);
  });
}

/** The trip's server is reached afresh (published again, restored): this device's key is registered again. */
export async function registerAgain(db: FieldbookDB, tripId: RecordId): Promise<void> {
  await db.settings.bulkDelete([registeredKey(tripId), signsAsKey(tripId)]);
}

/** Registers this device's key with the trip's server, once per server. */
export async function registerOwnKey(store: Store, server: SyncServer, tripId: RecordId): Promise<void> {
  const { db } = store;
  const key = await deviceKey(db);
  if ((await db.settings.get(registeredKey(tripId)))?.value === key.publicKey) return;
  const certificate = (await db.settings.get(certificateKey(tripId)))?.value;
  const { memberId } = await server.registerKey(tripId, {
    deviceId: store.ctx.deviceId,
    memberId: await signingMember(store, tripId),
    publicKey: key.publicKey,
    certificate: typeof certificate === 'string' ? certificate : null,
  });
  await db.settings.bulkPut([
    { key: registeredKey(tripId), value: key.publicKey },
    { key: signsAsKey(tripId), value: memberId || null },
  ]);
}

/**
 * A batch of this device's changes as they go: each names the member the
 * device signs as, and the batch is signed as one bundle. A change another
 * device wrote cannot be signed here and is not sent: its own device sends
 * it (answered as `unsent`).
 */
export async function signOwn(
  store: Store,
  tripId: RecordId,
  batch: readonly Change[],
): Promise<{ changes: Change[]; bundles: Bundle[]; unsent: Change[] }> {
  const { deviceId } = store.ctx;
  const own = batch.filter((change) => change.deviceId === deviceId);
  const unsent = batch.filter((change) => change.deviceId !== deviceId);
  if (own.length === 0) return { changes: [], bundles: [], unsent };
  const memberId = await signingMember(store, tripId);
  const id = newId();
  const changes = own.map((change) => ({ ...change, memberId, bundle: id }));
  const signed = await signBundle((await deviceKey(store.db)).privateKey, { id, tripId, deviceId }, changes);
  return { changes, bundles: [signed], unsent };
}

/** What this device trusts of a trip's keys, and what it found of each bundle it checked. */
export interface Trust {
  keys: Map<string, TrustedKey>;
  unsignedUntil: number;
  bundles: Map<string, { digests: Set<string>; key: TrustedKey } | null>;
}

/**
 * The trip's keys that verify from its first device down. That device is
 * taken as the server first names it and kept: a server that names another
 * later is not believed.
 */
export async function trustOf(store: Store, server: SyncServer, tripId: RecordId): Promise<Trust> {
  const { root, unsignedUntil, keys } = await server.listKeys(tripId);
  const first = await pinnedRoot(store.db, tripId, root);
  const trusted = first ? await trustedKeys(tripId, first, keys) : new Map<string, TrustedKey>();
  await keepKeys(store.db, tripId, keys, trusted);
  return { keys: trusted, unsignedUntil, bundles: new Map() };
}

/** The trip's first device as this device pinned it; null before it heard of one. */
export async function pinnedRootOf(db: FieldbookDB, tripId: RecordId): Promise<string | null> {
  const pinned = (await db.settings.get(rootKey(tripId)))?.value;
  return typeof pinned === 'string' ? pinned : null;
}

/** The setting that pins a trip's first device, for a file taken in on a device that had none (exchange/). */
export const rootSetting = (tripId: RecordId, root: string) => ({ key: rootKey(tripId), value: root });

/** The trip's first device as this device first heard of it, learnt from `named` (a server's) if none yet. */
async function pinnedRoot(db: FieldbookDB, tripId: RecordId, named: string | null): Promise<string | null> {
  const pinned = await pinnedRootOf(db, tripId);
  if (pinned !== null) return pinned;
  if (named !== null) await db.settings.put({ key: rootKey(tripId), value: named });
  return named;
}

/**
 * The keys that verified, kept as the trip's (schema step 11): so that this
 * device verifies its log with no server, and passes the keys on with the
 * changes it relays.
 */
async function keepKeys(
  db: FieldbookDB,
  tripId: RecordId,
  listed: readonly ListedKey[],
  trusted: ReadonlyMap<string, TrustedKey>,
): Promise<void> {
  const kept = listed.filter((key) => trusted.has(key.deviceId)).map((key) => ({ ...key, tripId }));
  if (kept.length > 0) await db.tripKeys.bulkPut(kept);
}

/**
 * The member who published the trip, as this device knows the trip's first
 * device's key; null before it does. Only that member's devices vouch for
 * others (inviting) and for the trip's snapshots (section 9).
 */
export async function firstOrganiserOf(db: FieldbookDB, tripId: RecordId): Promise<RecordId | null> {
  const root = await pinnedRootOf(db, tripId);
  return root ? ((await db.tripKeys.get([tripId, root]))?.memberId ?? null) : null;
}

/** The trip's keys this device kept, each one verified when it came. */
export function heldKeys(db: FieldbookDB, tripId: RecordId): Promise<HeldKey[]> {
  return db.tripKeys.where('[tripId+deviceId]').between([tripId, Dexie.minKey], [tripId, Dexie.maxKey]).toArray();
}

/**
 * What this device trusts of a trip with no server: the keys it kept, from
 * the first device it pinned down, as verified again now (a file, or its own
 * log). Nothing is trusted on a device that never synced the trip.
 */
export async function heldTrust(db: FieldbookDB, tripId: RecordId): Promise<Trust> {
  const root = await pinnedRoot(db, tripId, null);
  const keys = root ? await trustedKeys(tripId, root, await heldKeys(db, tripId)) : new Map<string, TrustedKey>();
  return { keys, unsignedUntil: 0, bundles: new Map() };
}

/**
 * Whose changes this device may relay to a server, and the keys to send with
 * them (relay.ts): the devices whose keys chain down from the server's first
 * device, through the keys it lists and those this device kept, when that
 * device is the one this device pinned (a trip published again by another
 * device starts another chain, which nothing here belongs to), and which
 * no server revoked.
 */
export async function relayableSigners(
  store: Store,
  server: SyncServer,
  tripId: RecordId,
): Promise<{ signers: Set<string>; keys: RelayedKey[] }> {
  const { root, keys: listed } = await server.listKeys(tripId);
  const pinned = await pinnedRoot(store.db, tripId, root);
  const none = { signers: new Set<string>(), keys: [] };
  if (root === null || pinned !== root) return none;
  const onServer = new Map(listed.map((key) => [key.deviceId, key]));
  const held = (await heldKeys(store.db, tripId)).filter((key) => !onServer.has(key.deviceId));
  const candidates = [...listed, ...held.filter((key) => key.revokedAfter === null)];
  const trusted = await trustedKeys(tripId, root, candidates);
  const signers = new Set([...trusted].flatMap(([deviceId, key]) => (key.revokedAfter === null ? [deviceId] : [])));
  // Every key the server lacks that chains, whether it signed or granted: an author's key chains only through its granter's.
  const keys = held.flatMap(({ tripId: _, revokedAfter: __, ...key }) => (trusted.has(key.deviceId) ? [key] : []));
  return { signers, keys };
}

async function bundleOf(trust: Trust, signed: Bundle | undefined) {
  if (!signed) return null;
  if (!trust.bundles.has(signed.id)) {
    const key = trust.keys.get(signed.deviceId);
    const ok = key !== undefined && (await verifyBundle(key.key, signed));
    trust.bundles.set(signed.id, ok ? { digests: digestsOf(signed), key } : null);
  }
  return trust.bundles.get(signed.id) ?? null;
}

/**
 * The changes of a pulled page that their devices signed, as the trip's
 * keys vouch for them: signed by a trusted key (a revoked device's only up
 * to where it was revoked), for that key's member; a change stored before
 * signatures only from before the server began to require them.
 */
export async function verifiedChanges(
  trust: Trust,
  page: { changes: readonly PulledChange[]; bundles: readonly Bundle[] },
): Promise<PulledChange[]> {
  const sent = new Map(page.bundles.map((signed) => [signed.id, signed]));
  const kept: PulledChange[] = [];
  for (const change of page.changes) {
    if (typeof change.bundle !== 'string') {
      if (change.seq <= trust.unsignedUntil) kept.push(change);
      continue;
    }
    const signed = sent.get(change.bundle);
    const checked = await bundleOf(trust, signed);
    if (!signed || !checked) continue;
    const { key, digests } = checked;
    if (key.revokedAfter !== null && change.seq > key.revokedAfter) continue;
    if ((change.memberId ?? '') !== key.memberId) continue;
    if (isSignedBy(change as unknown as Change, digests, signed)) kept.push(change);
  }
  return kept;
}

/** How many pulled changes of a trip this device left out, their signatures not verifying. */
export async function unverifiedCount(db: FieldbookDB, tripId: RecordId): Promise<number> {
  const setting = await db.settings.get(unverifiedKey(tripId));
  return typeof setting?.value === 'number' ? setting.value : 0;
}

/** The setting to write with a page applied: the count of changes left out so far. */
export async function unverifiedSetting(db: FieldbookDB, tripId: RecordId, leftOut: number) {
  return { key: unverifiedKey(tripId), value: (await unverifiedCount(db, tripId)) + leftOut };
}

/**
 * The keys a file carries so that its changes verify wherever it is taken
 * in (docs/sync-protocol.md, section 11): the trip's first device as this
 * device pinned it, and the keys it kept, none revoked; with this device's
 * own, which a device that never synced the trip holds alone: it then
 * stands as the trip's first device.
 */
export async function keysToCarry(store: Store, tripId: RecordId): Promise<{ root: string; keys: RelayedKey[] }> {
  const { db, ctx } = store;
  const root = (await pinnedRoot(db, tripId, null)) ?? ctx.deviceId;
  const keys = (await heldKeys(db, tripId)).flatMap(({ tripId: _, revokedAfter, ...key }) =>
    revokedAfter === null ? [key] : [],
  );
  if (!keys.some((key) => key.deviceId === ctx.deviceId)) {
    const certificate = (await db.settings.get(certificateKey(tripId)))?.value;
    keys.push({
      deviceId: ctx.deviceId,
      memberId: (await signingMember(store, tripId)) ?? '',
      publicKey: (await deviceKey(db)).publicKey,
      certificate: typeof certificate === 'string' ? certificate : null,
      grant: null,
    });
  }
  return { root, keys };
}
