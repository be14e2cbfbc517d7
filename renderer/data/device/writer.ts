import type { RecordId } from '@shared/model';
import type { Writer } from '@shared/sync/permissions';
import type { FieldbookDB } from '../database/db';
import { getConnection } from './syncConnections';

/**
 * Who writes on a trip from this device: the member its connection binds it
 * to, with their role on the roster as this device holds it; null on a trip
 * that syncs with nobody, which is all this device's to change. The device
 * that published the trip is its organiser's until the roster it sends
 * arrives.
 */
export function writerOn(db: FieldbookDB, tripId: RecordId): Promise<Writer | null> {
  // Dexie's promises throughout, not an async function: a transaction outlives only what it can track.
  return getConnection(db, tripId).then((connection) => (connection ? writerAs(db, connection) : null));
}

/**
 * Who writes as `binding`'s member (a connection, or the answer of a publish
 * or a join before its connection is saved), with their role on the roster
 * as this device holds it.
 */
export function writerAs(db: FieldbookDB, binding: { memberId: RecordId; organiser: boolean }): Promise<Writer> {
  return db.members.get(binding.memberId).then((member) => {
    const role = member && member.deletedAt === null ? member.role : null;
    return { memberId: binding.memberId, role: role ?? (binding.organiser ? 'organiser' : null) };
  });
}
