import type { RecordId } from '@shared/model';
import { CROCKFORD } from '@shared/sync/fingerprint';
import { certifyKey, invitationKey, newInvitationSecret, signGrant, trustedKeys } from '@shared/sync/signing';
import { Dexie } from 'dexie';
import type { FieldbookDB } from '../database/db';
import type { HeldKey } from '../database/rows';
import type { Store } from '../database/store';
import { writerOn } from '../device/writer';
import { applyRemote, applyRemoteTables } from '../sync/applyRemote';
import { deviceKey, heldKeys, pinnedRootOf, rootSetting, signingMember } from '../sync/signatures';
import { checkPages, checkRoles } from './fileChecks';

/**
 * Devices the trip does not know yet, met in a file (docs/sync-protocol.md,
 * section 11): a member who joined with no server at all, from a backup.
 * Their changes wait, unapplied, until an organiser's device accepts the
 * device, vouching for its key as an invitation would (a grant of its own
 * and the invitation key's certificate, made on the spot, so that every
 * other device trusts the key down the same chain), or refuses it.
 */

export interface UnknownDevice {
  deviceId: string;
  /** The member the device claims to write as; null when the file carried no key for it. */
  memberId: RecordId | null;
  changes: number;
}

const ofTrip = (tripId: RecordId) => [
  [tripId, Dexie.minKey],
  [tripId, Dexie.maxKey],
];

export async function listUnknownDevices(db: FieldbookDB, tripId: RecordId): Promise<UnknownDevice[]> {
  const [from, to] = ofTrip(tripId);
  const counts = new Map<string, number>();
  await db.heldChanges
    .where('[tripId+deviceId]')
    .between(from, to)
    .each((change) => counts.set(change.deviceId, (counts.get(change.deviceId) ?? 0) + 1));
  const keys = await db.unknownKeys.where('[tripId+deviceId]').between(from, to).toArray();
  return [...counts].map(([deviceId, changes]) => ({
    deviceId,
    memberId: (keys.find((key) => key.deviceId === deviceId)?.memberId as RecordId | undefined) ?? null,
    changes,
  }));
}

/**
 * Why this device may not accept another: only a device of the member who
 * published the trip, which the trip trusts, vouches for keys (protocol
 * section 9): every device trusts the keys that member's devices let in alone.
 */
export class NotAnOrganiserError extends Error {
  constructor() {
    super('Only a device of the member who published the trip accepts a device');
    this.name = 'NotAnOrganiserError';
  }
}

/**
 * Accepts a device: its key is vouched for, and its changes held are checked
 * as a file's (signatures, roles) and applied in one transaction. Answers
 * how many were applied; a change that fails now refuses them all, as a
 * file would be.
 */
export async function acceptDevice(store: Store, tripId: RecordId, deviceId: string): Promise<number> {
  const { db, ctx } = store;
  const claimed = await db.unknownKeys.get([tripId, deviceId]);
  const writer = await writerOn(db, tripId);
  const own = await deviceKey(db);
  const root = (await pinnedRootOf(db, tripId)) ?? ctx.deviceId;
  const known = await heldKeys(db, tripId);
  const memberId = await signingMember(store, tripId);
  if (!memberId) throw new NotAnOrganiserError();
  const ownKey: HeldKey = {
    tripId,
    deviceId: ctx.deviceId,
    memberId,
    publicKey: own.publicKey,
    certificate: null,
    grant: null,
    revokedAfter: null,
  };
  const chain = known.some((key) => key.deviceId === ctx.deviceId) ? known : [...known, ownKey];
  const organiser = writer
    ? writer.role === 'organiser'
    : (await db.members.get(ownKey.memberId))?.role === 'organiser';
  const publisher = chain.find((key) => key.deviceId === root)?.memberId;
  if (!claimed || !organiser || memberId !== publisher || !(await trustedKeys(tripId, root, chain)).has(ctx.deviceId))
    throw new NotAnOrganiserError();
  const invitation = await invitationKey(newInvitationSecret(CROCKFORD));
  const grant = await signGrant(own.privateKey, tripId, {
    memberId: claimed.memberId,
    invitationKey: invitation.publicKey,
    grantedBy: ctx.deviceId,
  });
  const certificate = await certifyKey(invitation.privateKey, { ...claimed, tripId });
  const vouched: HeldKey = { ...claimed, tripId, certificate, grant, revokedAfter: null };
  const trusted = await trustedKeys(tripId, root, [...chain, vouched]);
  const held = await db.heldChanges.where('[tripId+deviceId]').equals([tripId, deviceId]).toArray();
  const bundles = (await db.bundles.bulkGet([...new Set(held.map((change) => change.bundle ?? ''))])).filter(
    (bundle) => bundle !== undefined,
  );
  const checked = await checkPages(tripId, trusted, [{ changes: held, bundles }], ctx.clock.now());
  await checkRoles(db, checked.changes);
  await db.transaction('rw', [...applyRemoteTables(db), db.tripKeys, db.heldChanges, db.unknownKeys], async () => {
    await db.tripKeys.bulkPut([...(chain === known ? [] : [ownKey]), vouched]);
    await applyRemote(store, checked.changes, [rootSetting(tripId, root)], checked.bundles);
    await db.changeLog
      .where('id')
      .anyOf(checked.changes.map((change) => change.id))
      .modify({ passOn: 1 });
    await forget(db, tripId, deviceId);
  });
  return checked.changes.length;
}

/** Refuses a device: its held changes, the bundles that sign them and its claimed key go, and nothing of it is applied. */
export async function refuseDevice(store: Store, tripId: RecordId, deviceId: string): Promise<void> {
  const { db } = store;
  await db.transaction('rw', [db.heldChanges, db.unknownKeys, db.bundles], async () => {
    const held = await db.heldChanges.where('[tripId+deviceId]').equals([tripId, deviceId]).toArray();
    // Its bundles sign nothing else: a device the trip does not know has nothing in the log.
    await db.bundles.bulkDelete([...new Set(held.flatMap((change) => (change.bundle ? [change.bundle] : [])))]);
    await forget(db, tripId, deviceId);
  });
}

async function forget(db: FieldbookDB, tripId: RecordId, deviceId: string): Promise<void> {
  await db.heldChanges.where('[tripId+deviceId]').equals([tripId, deviceId]).delete();
  await db.unknownKeys.delete([tripId, deviceId]);
}
