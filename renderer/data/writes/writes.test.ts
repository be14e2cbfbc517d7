import type { Change } from '@shared/sync/merge';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { addMember, updateMember } from '../records/members';
import { createTrip } from '../records/trips';
import { applyRemote } from '../sync/applyRemote';

const text = (value: string) => ({ lang: 'ko' as const, text: value, translations: {} });

const kim = { name: '김민수', nameForHosts: '', affiliation: {}, role: 'member' as const, email: '', phone: '' };

describe('the write funnel', () => {
  // Found by the property test of test/property/sync.test.ts (seed 1997, path "0"): saving an
  // itinerary item unchanged gave the writer's copy a new stamp, time and author that no change
  // carried to the other devices, so the devices never agreed on the record again until its next change.
  it('leaves a record as it is when a write changes none of its leaves, as every other device has it', async () => {
    const writer = await openTestStore();
    const other = await openTestStore();
    const trip = await createTrip(writer, {
      title: { ko: '일본 과학기술 연수' },
      languages: { home: 'ko', host: 'ja' },
      purpose: text('지방 과학기술 협력'),
      startDate: '1996-10-20',
      endDate: '1996-10-29',
      homeTimeZone: 'Asia/Seoul',
      destinationTimeZone: 'Asia/Tokyo',
      organiser: { en: 'STEPI' },
    });
    const member = await addMember(writer, trip.id, kim);
    const sent: Change[] = await writer.db.outbox.toArray();
    await writer.db.outbox.clear();
    await applyRemote(other, sent);
    await applyRemote(writer, sent);

    await updateMember(writer, member.id, kim);

    expect(await writer.db.outbox.count()).toBe(0);
    expect(await writer.db.members.get(member.id)).toEqual(await other.db.members.get(member.id));
  });
});
