import { type Bundle, type Grant, grant as grantSchema, type ListedKey, type RelayedKey } from '@shared/sync/signing';
import { v7 } from 'uuid';
import type { Queryable } from '../storage/storage';

/**
 * The trip's signing keys and signatures (docs/sync-protocol.md, section 9):
 * each device's public key under the id its stamps end in, how it is vouched
 * for, and the bundles of signatures its pushes carried.
 */

interface KeyRow {
  id: string;
  signing_id: string;
  member_id: string;
  public_key: string;
  certificate: string | null;
  grant_json: string | null;
  revoked_after: number | string | null;
}

/** A device's key as the server holds it: the listed key, and the device's row. */
export interface DeviceKey extends ListedKey {
  rowId: string;
}

const grantOf = (json: string | null): Grant | null => (json === null ? null : grantSchema.parse(JSON.parse(json)));

export async function keysOf(db: Queryable, tripId: string): Promise<DeviceKey[]> {
  const rows = await db.query<KeyRow>(
    `SELECT id, signing_id, member_id, public_key, certificate, grant_json, revoked_after FROM devices
     WHERE trip_id = $1 AND public_key IS NOT NULL ORDER BY created_at, id`,
    [tripId],
  );
  return rows.map((row) => ({
    rowId: row.id,
    deviceId: row.signing_id,
    memberId: row.member_id,
    publicKey: row.public_key,
    certificate: row.certificate,
    grant: grantOf(row.grant_json),
    revokedAfter: row.revoked_after === null ? null : Number(row.revoked_after),
  }));
}

/** The trip's root (the device id of its first key), and up to where its log holds changes stored unsigned. */
export async function signingOf(
  db: Queryable,
  tripId: string,
): Promise<{ root: string | null; unsignedUntil: number } | undefined> {
  const [row] = await db.query<{ root_device: string | null; unsigned_until: number | string }>(
    'SELECT root_device, unsigned_until FROM trips WHERE id = $1',
    [tripId],
  );
  return row && { root: row.root_device, unsignedUntil: Number(row.unsigned_until) };
}

/** The grant a device joined with, copied from its invitation when it joined. */
export async function grantOfDevice(db: Queryable, rowId: string): Promise<Grant | null> {
  const [row] = await db.query<{ grant_json: string | null }>('SELECT grant_json FROM devices WHERE id = $1', [rowId]);
  return grantOf(row?.grant_json ?? null);
}

/**
 * Registers a device's key, once; the trip's first becomes its root. Answers
 * false when the id its stamps end in is another device's of the trip.
 *
 * A revoked device its organiser invited again joins as a new device of the
 * server's, but signs as it always did: its key passes from the revoked
 * entry to the new one, for the same member and the same key only, so that
 * its earlier changes still verify and those it wrote while revoked are now
 * taken, as the new invitation means. A key relayed before its device
 * joined (addRelayedKeys) passes to it the same way, and its row goes:
 * nothing but the key was ever its, no change or invitation names it.
 */
export async function registerKey(
  tx: Queryable,
  of: {
    rowId: string;
    tripId: string;
    memberId: string;
    signingId: string;
    publicKey: string;
    certificate: string | null;
    root: boolean;
  },
): Promise<boolean> {
  const [taken] = await tx.query<{
    id: string;
    member_id: string;
    public_key: string;
    revoked_at: Date | null;
    relayed: boolean;
  }>(
    `SELECT id, member_id, public_key, revoked_at, token_hash IS NULL AS relayed FROM devices
     WHERE trip_id = $1 AND signing_id = $2`,
    [of.tripId, of.signingId],
  );
  if (taken && taken.id !== of.rowId) {
    const same = taken.member_id === of.memberId && taken.public_key === of.publicKey;
    if (!same || (taken.revoked_at === null && !taken.relayed)) return false;
    if (taken.relayed) await tx.query('DELETE FROM devices WHERE id = $1', [taken.id]);
    else
      await tx.query('UPDATE devices SET signing_id = NULL, public_key = NULL, certificate = NULL WHERE id = $1', [
        taken.id,
      ]);
  }
  await tx.query('UPDATE devices SET signing_id = $2, public_key = $3, certificate = $4 WHERE id = $1', [
    of.rowId,
    of.signingId,
    of.publicKey,
    of.certificate,
  ]);
  if (of.root) await tx.query('UPDATE trips SET root_device = $2 WHERE id = $1', [of.tripId, of.signingId]);
  return true;
}

/**
 * Keeps keys a push relayed for devices the trip does not know, each as a
 * row of the trip with no token: no request can act as it and no list of
 * devices shows it (store/devices.ts); it only verifies what its device signed.
 */
export async function addRelayedKeys(
  tx: Queryable,
  tripId: string,
  keys: readonly RelayedKey[],
  at: Date,
): Promise<DeviceKey[]> {
  if (keys.length === 0) return [];
  const added = keys.map((key) => ({ ...key, rowId: v7(), revokedAfter: null }));
  await tx.query(
    `INSERT INTO devices (id, trip_id, member_id, name, organiser, token_hash, created_at,
       signing_id, public_key, certificate, grant_json)
     SELECT k->>'rowId', $1::text, k->>'memberId', '', false, NULL, $2, k->>'deviceId', k->>'publicKey',
       k->>'certificate', k->>'grantJson'
     FROM json_array_elements($3::json) AS list (k)`,
    [tripId, at, JSON.stringify(added.map((key) => ({ ...key, grantJson: key.grant && JSON.stringify(key.grant) })))],
  );
  return added;
}

/** The signing key a device registered, if any. */
export async function keyOfDevice(
  db: Queryable,
  rowId: string,
): Promise<{ signingId: string; publicKey: string } | null> {
  const [row] = await db.query<{ signing_id: string | null; public_key: string | null }>(
    'SELECT signing_id, public_key FROM devices WHERE id = $1',
    [rowId],
  );
  return row?.signing_id && row.public_key ? { signingId: row.signing_id, publicKey: row.public_key } : null;
}

export async function storeBundles(tx: Queryable, tripId: string, bundles: readonly Bundle[]): Promise<void> {
  if (bundles.length === 0) return;
  await tx.query(
    `INSERT INTO bundles (trip_id, id, device_id, digests, signature)
     SELECT $1::text, b->>'id', b->>'deviceId', b->>'digests', b->>'signature'
     FROM json_array_elements($2::json) AS list (b)
     ON CONFLICT (trip_id, id) DO NOTHING`,
    [tripId, JSON.stringify(bundles)],
  );
}

export async function bundlesByIds(db: Queryable, tripId: string, ids: readonly string[]): Promise<Bundle[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<{ id: string; device_id: string; digests: string; signature: string }>(
    'SELECT id, device_id, digests, signature FROM bundles WHERE trip_id = $1 AND id = ANY($2::text[])',
    [tripId, [...new Set(ids)]],
  );
  return rows.map((row) => ({
    id: row.id,
    tripId,
    deviceId: row.device_id,
    digests: row.digests,
    signature: row.signature,
  }));
}
