import type { Grant } from '@shared/sync/signing';
import { v7 } from 'uuid';
import { hashSecret, newToken } from '../codes';
import type { Queryable } from '../storage/storage';

export interface Device {
  id: string;
  tripId: string;
  memberId: string;
  name: string;
  organiser: boolean;
  createdAt: Date;
  lastSync: Date | null;
  revokedAt: Date | null;
  /** The id its stamps end in, once it registered its signing key (docs/sync-protocol.md, section 9). */
  signingId: string | null;
}

interface DeviceRow {
  id: string;
  trip_id: string;
  member_id: string;
  name: string;
  organiser: boolean;
  created_at: Date;
  last_sync: Date | null;
  revoked_at: Date | null;
  signing_id: string | null;
}

const COLUMNS = 'id, trip_id, member_id, name, organiser, created_at, last_sync, revoked_at, signing_id';

const deviceOf = (row: DeviceRow): Device => ({
  id: row.id,
  tripId: row.trip_id,
  memberId: row.member_id,
  name: row.name,
  organiser: row.organiser,
  createdAt: row.created_at,
  lastSync: row.last_sync,
  revokedAt: row.revoked_at,
  signingId: row.signing_id,
});

/** A new device of a trip, bound to a member; its token is answered once and only its hash kept. */
export async function addDevice(
  tx: Queryable,
  device: {
    tripId: string;
    memberId: string;
    name: string;
    organiser: boolean;
    /** The grant of the invitation it joined with (docs/sync-protocol.md, section 9). */
    grant?: Grant | null;
    at: Date;
  },
): Promise<{ id: string; token: string }> {
  const id = v7();
  const token = newToken();
  await tx.query(
    `INSERT INTO devices (id, trip_id, member_id, name, organiser, token_hash, created_at, grant_json)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      device.tripId,
      device.memberId,
      device.name,
      device.organiser,
      hashSecret(token),
      device.at,
      device.grant ? JSON.stringify(device.grant) : null,
    ],
  );
  return { id, token };
}

export async function findDeviceByToken(db: Queryable, token: string): Promise<Device | undefined> {
  const [row] = await db.query<DeviceRow>(`SELECT ${COLUMNS} FROM devices WHERE token_hash = $1`, [hashSecret(token)]);
  return row && deviceOf(row);
}

// A row with no token is a key relayed for a device that has not joined (store/keys.ts, addRelayedKeys):
// not a device anyone has, to list, revoke or rename.
const JOINED = 'token_hash IS NOT NULL';

export async function listDevices(db: Queryable, tripId: string): Promise<Device[]> {
  const rows = await db.query<DeviceRow>(
    `SELECT ${COLUMNS} FROM devices WHERE trip_id = $1 AND ${JOINED} ORDER BY created_at, id`,
    [tripId],
  );
  return rows.map(deviceOf);
}

/** Revokes a device of the trip (once: a second revoke keeps the first time); undefined when the trip has no such device. */
export async function revokeDevice(
  db: Queryable,
  tripId: string,
  deviceId: string,
  at: Date,
): Promise<Device | undefined> {
  const [row] = await db.query<DeviceRow>(
    // Where the log stands when it is revoked: what it signed after is not taken as its (section 9).
    `UPDATE devices SET revoked_at = coalesce(revoked_at, $3),
       revoked_after = coalesce(revoked_after, (SELECT coalesce(max(seq), 0) FROM changes WHERE trip_id = $1))
     WHERE trip_id = $1 AND id = $2 AND ${JOINED} RETURNING ${COLUMNS}`,
    [tripId, deviceId, at],
  );
  return row && deviceOf(row);
}

/** Gives a device of the trip another name; undefined when the trip has no such device. */
export async function renameDevice(
  db: Queryable,
  tripId: string,
  deviceId: string,
  name: string,
): Promise<Device | undefined> {
  const [row] = await db.query<DeviceRow>(
    `UPDATE devices SET name = $3 WHERE trip_id = $1 AND id = $2 AND ${JOINED} RETURNING ${COLUMNS}`,
    [tripId, deviceId, name],
  );
  return row && deviceOf(row);
}

export async function recordSync(db: Queryable, deviceId: string, at: Date): Promise<void> {
  await db.query('UPDATE devices SET last_sync = $2 WHERE id = $1', [deviceId, at]);
}
