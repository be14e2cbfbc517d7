import type { RecordId } from '@shared/model';
import { SyncError } from '@shared/sync/client';
import { parseJoinCode, type ServerAddress } from '@shared/sync/serverAddress';
import { configureSyncServer, syncFetch } from '../../bridge/syncFetch';
import type { Store } from '../../data/database/store';
import { setCurrentMember } from '../../data/device/currentMember';
import { saveConnection } from '../../data/device/syncConnections';
import { joinWithInvitation, publishFromHere } from '../../data/sync/invitations';
import { startOver } from '../../data/sync/syncTrip';

/**
 * Asks the user whether the trip, which synced with another server before
 * (another certificate, or another address), now syncs with this one:
 * someone on the network may be passing their own server off as the trip's.
 */
export type ConfirmServerChange = (baseUrl: string) => Promise<boolean>;

/** Keeps `server` as the trip's; false when it is another than the trip's and the user did not confirm it. */
async function keepServer(tripId: RecordId, server: ServerAddress, confirm: ConfirmServerChange): Promise<boolean> {
  const { baseUrl, fingerprint } = server;
  if ((await configureSyncServer({ tripId, baseUrl, fingerprint, replace: false })) === 'configured') return true;
  if (!(await confirm(baseUrl))) return false;
  await configureSyncServer({ tripId, baseUrl, fingerprint, replace: true });
  return true;
}

/**
 * The organiser publishes a trip to the delegation's server: the server's
 * setup code gives this device the trip's first token, bound to the
 * organiser, and every record of the trip waits to be sent (all of it
 * again when it was published before, to a server since lost). A server with a
 * certificate it made itself is pinned from the first request, and its
 * fingerprint goes into every join code made here. False when the user kept
 * the server the trip synced with: nothing was sent.
 */
export async function publish(
  store: Store,
  input: { server: ServerAddress; setupCode: string; tripId: RecordId; memberId: RecordId; deviceName: string },
  confirm: ConfirmServerChange,
): Promise<boolean> {
  const { baseUrl, fingerprint } = input.server;
  if (!(await keepServer(input.tripId, input.server, confirm))) return false;
  const answer = await publishFromHere(
    store,
    { baseUrl, fetch: syncFetch({ tripId: input.tripId }) },
    { setupCode: input.setupCode, tripId: input.tripId, memberId: input.memberId, deviceName: input.deviceName },
  );
  // Before the connection is saved, which starts syncing: what goes is judged by the member published as.
  await startOver(store, input.tripId, { memberId: answer.memberId, organiser: true });
  await setCurrentMember(store.db, input.tripId, answer.memberId);
  await saveConnection(store, {
    tripId: input.tripId,
    baseUrl,
    token: answer.token,
    memberId: answer.memberId,
    organiser: true,
    fingerprint,
  });
  return true;
}

/**
 * A member's device joins with the join code the organiser gave them;
 * answers the trip joined. A device that already holds the trip (invited
 * again, or the server was replaced) keeps it and sends all of it, so
 * nothing written here is lost to the server; to another server than the
 * one the trip synced with only when the user confirms it (null otherwise:
 * the join code was used, but nothing of the trip was sent).
 */
export async function join(
  store: Store,
  input: { joinCode: string; deviceName: string },
  confirm: ConfirmServerChange,
): Promise<RecordId | null> {
  const code = parseJoinCode(input.joinCode);
  if (code === 'cleartext') throw new SyncError('cleartext', 'A join code for plain HTTP over a network');
  if (!code) throw new SyncError('code_invalid', 'Not a join code');
  const answer = await joinWithInvitation(
    store,
    { baseUrl: code.baseUrl, fetch: syncFetch({ joining: code.fingerprint }) },
    { invitation: code.invitation, deviceName: input.deviceName },
  );
  if (!(await keepServer(answer.tripId, code, confirm))) return null;
  // Only what the member joined as may write goes again: an organiser's texts this device holds stay theirs.
  await startOver(store, answer.tripId, { memberId: answer.memberId, organiser: false }, { relay: false });
  await setCurrentMember(store.db, answer.tripId, answer.memberId);
  await saveConnection(store, {
    tripId: answer.tripId,
    baseUrl: code.baseUrl,
    token: answer.token,
    memberId: answer.memberId,
    organiser: false,
    fingerprint: code.fingerprint,
  });
  return answer.tripId;
}
