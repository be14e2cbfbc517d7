import { type MemberInput, newId, recordSchemas } from '@shared/model';
import { sampleTrip } from '@shared/sample/stepi1996';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { RecordNotFoundError } from '../writes/records';
import { addMember, listMembers, removeMember, restoreMember, updateMember } from './members';
import { createTrip, deleteTrip } from './trips';

const { id: _id, ...tripInput } = sampleTrip;

function memberOf(name: string, role: MemberInput['role'] = 'member'): MemberInput {
  return { name, nameForHosts: '', affiliation: {}, role, email: '', phone: '' };
}

describe('members repository', () => {
  it('keeps the roster per trip, organisers first, then by name', async () => {
    const store = await openTestStore();
    const trip = await createTrip(store, tripInput);
    const other = await createTrip(store, tripInput);
    await addMember(store, trip.id, memberOf('박영희'));
    await addMember(store, trip.id, memberOf('田中通訳', 'interpreter'));
    await addMember(store, trip.id, memberOf('이단장', 'organiser'));
    await addMember(store, trip.id, memberOf('김민수'));
    await addMember(store, other.id, memberOf('다른 여행'));

    const roster = await listMembers(store.db, trip.id);
    expect(roster.map((m) => m.name)).toEqual(['이단장', '김민수', '박영희', '田中通訳']);
    for (const member of roster) expect(recordSchemas.members.safeParse(member).success).toBe(true);
  });

  it('edits, removes and restores a member', async () => {
    const store = await openTestStore();
    const trip = await createTrip(store, tripInput);
    const member = await addMember(store, trip.id, memberOf('김철수'));
    await updateMember(store, member.id, { ...memberOf('김철수'), nameForHosts: 'キム・チョルス' });
    expect((await listMembers(store.db, trip.id))[0]?.nameForHosts).toBe('キム・チョルス');

    await removeMember(store, member.id);
    expect(await listMembers(store.db, trip.id)).toEqual([]);
    await restoreMember(store, member.id);
    expect(await listMembers(store.db, trip.id)).toHaveLength(1);
  });

  it('adds no member to a trip that is deleted or does not exist', async () => {
    const store = await openTestStore();
    const trip = await createTrip(store, tripInput);
    await deleteTrip(store, trip.id);
    await expect(addMember(store, trip.id, memberOf('늦은 사람'))).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(addMember(store, newId(), memberOf('없는 여행'))).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await store.db.members.count()).toBe(0);
  });
});
