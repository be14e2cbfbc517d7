import { type Member, type MemberInput, memberInput, type RecordId, ROLE_ORDER } from '@shared/model';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { createMeta } from '../database/writeContext';
import { isLive, RecordNotFoundError, restore, tombstone, updateRecord } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';

export { countMembersByTrip } from './tripList';

const byName = new Intl.Collator(['ko', 'ja', 'en'], { numeric: true });

/** The trip's roster: organisers first, then members, then interpreters, each by name. */
export async function listMembers(db: FieldbookDB, tripId: RecordId): Promise<Member[]> {
  const members = await db.members.where('tripId').equals(tripId).filter(isLive).toArray();
  return members.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || byName.compare(a.name, b.name));
}

export async function getMember(db: FieldbookDB, id: RecordId): Promise<Member | null> {
  const member = await db.members.get(id);
  return isLive(member) ? member : null;
}

/** Adds a member to a trip's roster; throws a ZodError for invalid input. */
export async function addMember(store: Store, tripId: RecordId, input: MemberInput): Promise<Member> {
  const fields = memberInput.parse(input);
  const { db } = store;
  // The trip is checked in the same transaction so that no member joins a trip deleted meanwhile.
  return writeTransaction(db, [db.trips, db.members], async () => {
    if (!isLive(await db.trips.get(tripId))) throw new RecordNotFoundError('trips', tripId);
    const member: Member = { ...createMeta(store.ctx), tripId, ...fields };
    await writeRecords(store, 'members', [member]);
    return member;
  });
}

export async function updateMember(store: Store, id: RecordId, input: MemberInput): Promise<Member> {
  return updateRecord(store, store.db.members, id, memberInput.parse(input));
}

export async function removeMember(store: Store, id: RecordId): Promise<void> {
  await tombstone(store, store.db.members, id);
}

export async function restoreMember(store: Store, id: RecordId): Promise<void> {
  await restore(store, store.db.members, id);
}
