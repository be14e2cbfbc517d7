import type { RecordId } from '@shared/model';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';

/**
 * How this device reaches a trip's sync server: the server's address, the
 * device's own token, the member the device is bound to (the organiser's
 * device is bound to the organiser), and the certificate fingerprint the
 * join code carried (null behind a proxy with a real certificate).
 * Device-local: it never syncs.
 */
export interface SyncConnection {
  tripId: RecordId;
  baseUrl: string;
  token: string;
  memberId: RecordId;
  organiser: boolean;
  fingerprint: string | null;
}

const key = (tripId: RecordId) => `sync:${tripId}:connection`;

/** Read with Dexie's own promise, so that a write funnel's transaction can wait for it (writer.ts). */
export function getConnection(db: FieldbookDB, tripId: RecordId): Promise<SyncConnection | null> {
  return db.settings.get(key(tripId)).then((setting) => (setting?.value as SyncConnection | undefined) ?? null);
}

/** Every trip this device syncs. */
export async function listConnections(db: FieldbookDB): Promise<SyncConnection[]> {
  const settings = await db.settings.where('key').startsWith('sync:').toArray();
  return settings
    .filter((setting) => setting.key.endsWith(':connection'))
    .map((setting) => setting.value as SyncConnection);
}

export async function saveConnection(store: Store, connection: SyncConnection): Promise<void> {
  await store.db.settings.put({ key: key(connection.tripId), value: connection });
}

export async function forgetConnection(store: Store, tripId: RecordId): Promise<void> {
  await store.db.settings.delete(key(tripId));
}

const lastSyncKey = (tripId: RecordId) => `sync:${tripId}:lastSync`;

/** When a trip last synced in full on this device (ISO), as the previous run of the app left it. */
export async function getLastSync(db: FieldbookDB, tripId: RecordId): Promise<string | null> {
  const setting = await db.settings.get(lastSyncKey(tripId));
  return typeof setting?.value === 'string' ? setting.value : null;
}

export async function saveLastSync(store: Store, tripId: RecordId, at: string): Promise<void> {
  await store.db.settings.put({ key: lastSyncKey(tripId), value: at });
}
