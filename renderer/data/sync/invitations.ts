import type { RecordId } from '@shared/model';
import { type Invitation, inviteMember } from '@shared/sync/access';
import {
  type Connection,
  type DeviceToken,
  httpSyncServer,
  joinTrip,
  publishTrip,
  SyncError,
} from '@shared/sync/client';
import { CROCKFORD } from '@shared/sync/fingerprint';
import { splitInvitation } from '@shared/sync/serverAddress';
import { certifyKey, invitationKey, newInvitationSecret, signGrant } from '@shared/sync/signing';
import type { Store } from '../database/store';
import { setCurrentMember } from '../device/currentMember';
import { beginSigning, deviceKey, registerOwnKey } from './signatures';

/**
 * Invitations that prove who let a device in (docs/sync-protocol.md,
 * section 9): the inviting device adds a secret of its own to the server's
 * code and signs the key that secret makes, for that member; the device
 * that joins certifies its own key with the same secret. The server sees
 * the grant and the certificate, never the secret, so it cannot let in a
 * device of its own that the trip's other devices would believe.
 */

/**
 * Publishes a trip with the server's setup code: this device becomes the
 * trip's first, whose key every other device's descends from, and signs as
 * the organiser it is bound to.
 */
export async function publishFromHere(
  store: Store,
  connection: Connection,
  input: { setupCode: string; tripId: RecordId; memberId: RecordId; deviceName: string },
): Promise<DeviceToken> {
  const published = await publishTrip(connection, input);
  await beginSigning(store.db, input.tripId, null);
  await setCurrentMember(store.db, input.tripId, published.memberId as RecordId);
  return published;
}

/** Invites a roster member; the code answered is the server's and the secret together, as the member types it. */
export async function inviteToTrip(
  store: Store,
  connection: Connection,
  tripId: RecordId,
  memberId: RecordId,
): Promise<Invitation> {
  // The server takes a grant only from a device whose key it holds.
  await registerOwnKey(store, httpSyncServer(connection), tripId);
  const secret = newInvitationSecret(CROCKFORD);
  const invitation = await invitationKey(secret);
  const grant = await signGrant((await deviceKey(store.db)).privateKey, tripId, {
    memberId,
    invitationKey: invitation.publicKey,
    grantedBy: store.ctx.deviceId,
  });
  const made = await inviteMember(connection, tripId, memberId, grant);
  return { ...made, code: `${made.code}-${secret}` };
}

/**
 * Joins with an invitation (the part of a join code after the server's
 * address): the server binds this device to the invited member, and the
 * device certifies its own key with the invitation's secret, to register
 * at its first sync.
 */
export async function joinWithInvitation(
  store: Store,
  connection: Connection,
  input: { invitation: string; deviceName: string },
): Promise<DeviceToken> {
  const parts = splitInvitation(input.invitation);
  if (!parts) throw new SyncError('code_invalid', 'Not an invitation code');
  const joined = await joinTrip(connection, { code: parts.code, deviceName: input.deviceName });
  const invitation = await invitationKey(parts.secret);
  const certificate = await certifyKey(invitation.privateKey, {
    tripId: joined.tripId,
    deviceId: store.ctx.deviceId,
    memberId: joined.memberId,
    publicKey: (await deviceKey(store.db)).publicKey,
  });
  await beginSigning(store.db, joined.tripId as RecordId, certificate);
  await setCurrentMember(store.db, joined.tripId as RecordId, joined.memberId as RecordId);
  return joined;
}
