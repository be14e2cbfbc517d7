import { newId } from '@shared/model';
import type { Change } from '@shared/sync/merge';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { asMember } from '../database/store';
import { addMember } from '../records/members';
import { createTrip } from '../records/trips';
import { applyRemote } from './applyRemote';

const text = (value: string) => ({ lang: 'ko' as const, text: value, translations: {} });

const tripInput = {
  title: { ko: '일본 과학기술 연수' },
  languages: { home: 'ko' as const, host: 'ja' as const },
  purpose: text('지방 과학기술 협력'),
  startDate: '1996-10-20',
  endDate: '1996-10-29',
  homeTimeZone: 'Asia/Seoul',
  destinationTimeZone: 'Asia/Tokyo',
  organiser: { en: 'STEPI' },
};

describe('applyRemote', () => {
  // Found by the property test of test/property/sync.test.ts (seed 1997, path "0"): the writer
  // kept `updatedBy.memberId` as it wrote it (null for a roster edit, or the member written as),
  // while every other device showed the member the server took from the device's token.
  it('gives a device’s own change, back from the server, the author the server gave it', async () => {
    const writer = await openTestStore();
    const other = await openTestStore();
    const trip = await createTrip(writer, tripInput);
    const member = await addMember(asMember(writer, null), trip.id, {
      name: '김민수',
      nameForHosts: '',
      affiliation: {},
      role: 'member',
      email: '',
      phone: '',
    });
    const organiser = newId();
    // What the server stores and answers: the author is the member of the token that pushed.
    const stored: Change[] = (await writer.db.outbox.toArray()).map((change) => ({ ...change, memberId: organiser }));
    await writer.db.outbox.clear();

    await applyRemote(writer, stored);
    await applyRemote(other, stored);

    const mine = await writer.db.members.get(member.id);
    expect(mine?.updatedBy).toEqual({ deviceId: writer.ctx.deviceId, memberId: organiser });
    expect(mine).toEqual(await other.db.members.get(member.id));
    expect(await writer.db.trips.get(trip.id)).toEqual(await other.db.trips.get(trip.id));
  });
});
