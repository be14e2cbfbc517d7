import { type Grant, grant as grantSchema } from '@shared/sync/signing';
import { hashSecret, newCode } from '../codes';
import type { Queryable } from '../storage/storage';

/** How long an invitation code can be used (docs/sync-protocol.md, section 8). */
export const INVITATION_DAYS = 7;

/**
 * A new invitation code for a member of the trip. An earlier code of the
 * member not used yet is withdrawn: one code per member is open at a time,
 * so inviting again is how a lost or leaked code is replaced.
 */
export async function createInvitation(
  tx: Queryable,
  tripId: string,
  memberId: string,
  grant: Grant,
  at: Date,
): Promise<{ code: string; expiresAt: Date }> {
  await withdrawInvitation(tx, tripId, memberId, at);
  const code = newCode();
  const expiresAt = new Date(at.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  await tx.query(
    `INSERT INTO invitations (code_hash, trip_id, member_id, created_at, expires_at, grant_json)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [hashSecret(code), tripId, memberId, at, expiresAt, JSON.stringify(grant)],
  );
  return { code, expiresAt };
}

export type InvitationClaim =
  | { ok: true; codeHash: string; tripId: string; memberId: string; grant: Grant | null }
  | { ok: false; problem: 'code_invalid' | 'code_used' | 'code_expired'; message: string };

/**
 * Finds an invitation code that can still be used, and holds it until the
 * transaction ends: two devices entering the same code at once cannot both
 * become the member. The caller binds a device and marks the code used.
 */
export async function claimInvitation(tx: Queryable, code: string, at: Date): Promise<InvitationClaim> {
  const codeHash = hashSecret(code);
  const [row] = await tx.query<{
    trip_id: string;
    member_id: string;
    expires_at: Date;
    used_at: Date | null;
    withdrawn_at: Date | null;
    grant_json: string | null;
  }>(
    'SELECT trip_id, member_id, expires_at, used_at, withdrawn_at, grant_json FROM invitations WHERE code_hash = $1 FOR UPDATE',
    [codeHash],
  );
  if (!row) return { ok: false, problem: 'code_invalid', message: 'No such invitation code.' };
  if (row.used_at) return { ok: false, problem: 'code_used', message: 'This invitation code was already used.' };
  if (row.withdrawn_at) {
    return { ok: false, problem: 'code_invalid', message: 'This invitation code was replaced by a newer one.' };
  }
  if (row.expires_at.getTime() <= at.getTime()) {
    return { ok: false, problem: 'code_expired', message: 'This invitation code has expired.' };
  }
  const grant = row.grant_json === null ? null : grantSchema.parse(JSON.parse(row.grant_json));
  return { ok: true, codeHash, tripId: row.trip_id, memberId: row.member_id, grant };
}

export async function markInvitationUsed(tx: Queryable, codeHash: string, deviceId: string, at: Date): Promise<void> {
  await tx.query('UPDATE invitations SET used_at = $2, used_by = $3 WHERE code_hash = $1', [codeHash, at, deviceId]);
}

/** Withdraws the member's open code (a code not used yet); whether there was one. */
export async function withdrawInvitation(tx: Queryable, tripId: string, memberId: string, at: Date): Promise<boolean> {
  const withdrawn = await tx.query(
    `UPDATE invitations SET withdrawn_at = $3
     WHERE trip_id = $1 AND member_id = $2 AND used_at IS NULL AND withdrawn_at IS NULL RETURNING code_hash`,
    [tripId, memberId, at],
  );
  return withdrawn.length > 0;
}

/** A member's invitation as the organiser sees it: never its code, which only its hash is kept of. */
export interface InvitationState {
  memberId: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

/** Each member's latest invitation not withdrawn: open, used or expired. */
export async function latestInvitations(db: Queryable, tripId: string): Promise<InvitationState[]> {
  const rows = await db.query<{ member_id: string; created_at: Date; expires_at: Date; used_at: Date | null }>(
    `SELECT DISTINCT ON (member_id) member_id, created_at, expires_at, used_at FROM invitations
     WHERE trip_id = $1 AND withdrawn_at IS NULL ORDER BY member_id, created_at DESC`,
    [tripId],
  );
  return rows.map((row) => ({
    memberId: row.member_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
  }));
}
