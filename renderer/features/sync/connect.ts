import type { RecordId } from '@shared/model';
import { joinTrip, parseJoinCode, publishTrip, type ServerAddress, SyncError } from '@shared/sync/client';
import { configureSyncServer, syncFetch } from '../../bridge/syncFetch';
import type { Store } from '../../data/database/store';
import { setCurrentMember } from '../../data/device/currentMember';
import { saveConnection } from '../../data/device/syncConnections';
import { startOver } from '../../data/sync/syncTrip';

/**
 * The organiser publishes a trip to the delegation's server: the server's
 * setup code gives this device the trip's first token, bound to the
 * organiser, and every record of the trip waits to be sent (all of it
 * again when it was published before, to a server since lost). A server with a
 * certificate it made itself is pinned from the first request, and its
 * fingerprint goes into every join code made here.
 */
export async function publish(
  store: Store,
  input: { server: ServerAddress; setupCode: string; tripId: RecordId; memberId: RecordId; deviceName: string },
): Promise<void> {
  const { baseUrl, fingerprint } = input.server;
  await configureSyncServer(baseUrl, fingerprint);
  const answer = await publishTrip(
    { baseUrl, fetch: syncFetch },
    { setupCode: input.setupCode, tripId: input.tripId, memberId: input.memberId, deviceName: input.deviceName },
  );
  await startOver(store, input.tripId);
  await setCurrentMember(store.db, input.tripId, answer.memberId);
  await saveConnection(store, {
    tripId: input.tripId,
    baseUrl,
    token: answer.token,
    memberId: answer.memberId,
    organiser: true,
    fingerprint,
  });
}

/**
 * A member's device joins with the join code the organiser gave them;
 * answers the trip joined. A device that already holds the trip (invited
 * again, or the server was replaced) keeps it and sends all of it, so
 * nothing written here is lost to the server.
 */
export async function join(store: Store, input: { joinCode: string; deviceName: string }): Promise<RecordId> {
  const code = parseJoinCode(input.joinCode);
  if (!code) throw new SyncError('code_invalid', 'Not a join code');
  await configureSyncServer(code.baseUrl, code.fingerprint);
  const answer = await joinTrip(
    { baseUrl: code.baseUrl, fetch: syncFetch },
    { code: code.invitation, deviceName: input.deviceName },
  );
  await startOver(store, answer.tripId);
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
