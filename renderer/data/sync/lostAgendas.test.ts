import { type MinutesInput, minutesInput, newId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { serverInMemory } from '../../../test/fixtures/syncServer';
import { asMember, type Store } from '../database/store';
import { unreadLostEdits } from '../history/lostEdits';
import { listItinerary } from '../records/itineraryItems';
import { listMembers } from '../records/members';
import { getMinutes, saveMinutes } from '../records/minutes';
import { loadSampleTrip } from '../records/sampleTrip';
import { syncTrip } from './syncTrip';

const text = (words: string) => ({ lang: 'ko' as const, text: words, translations: {} });

describe('an agenda two members wrote at the same time', () => {
  it('shows both members’ items and notes on both devices, and neither is told of a loss', async () => {
    const { server } = serverInMemory(500);
    const first = await openTestStore();
    await loadSampleTrip(first);
    const roster = await listMembers(first.db, SAMPLE_TRIP_ID);
    const lead = roster.find((member) => member.role === 'organiser');
    const plain = roster.find((member) => member.role === 'member');
    if (!lead || !plain) throw new Error('no roster');
    const organiser = asMember(first, lead.id);
    const member = asMember(await openTestStore(), plain.id);
    const visit = (await listItinerary(first.db, SAMPLE_TRIP_ID)).find((item) => item.kind === 'visit');
    if (!visit) throw new Error('no visit');
    const editAgenda = async (store: Store, change: (agenda: MinutesInput['agenda']) => MinutesInput['agenda']) => {
      const empty = { lang: 'ko' as const, text: '', translations: {} };
      const stored = (await getMinutes(store.db, visit.id)) ?? {
        hostAttendees: [],
        delegationAttendeeIds: [],
        agenda: [],
        discussion: empty,
        decisions: empty,
        followUps: [],
      };
      const input = minutesInput.parse(stored);
      await saveMinutes(store, SAMPLE_TRIP_ID, visit.id, { ...input, agenda: change(input.agenda) });
    };
    const shared = newId();
    await editAgenda(organiser, () => [{ id: shared, title: text('과학의 달'), notes: text('행사 자료 요청.') }]);
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    await syncTrip(member, server, SAMPLE_TRIP_ID);

    // Apart, each writes under the same item and adds one of their own: the member first.
    await editAgenda(member, (agenda) => [
      ...agenda.map((item) => ({ ...item, notes: text(`${item.notes.text} 강원도도 요청.`) })),
      { id: newId(), title: text('공동연구'), notes: text('대학과 함께.') },
    ]);
    await editAgenda(organiser, (agenda) => [
      ...agenda.map((item) => ({ ...item, notes: text(`주최자: ${item.notes.text}`) })),
      { id: newId(), title: text('예산'), notes: text('1/4~1/5.') },
    ]);
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    // The member's agenda lost to the organiser's later one: the member's device merges it back and sends it.
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);

    const agendaOn = async (store: Store) =>
      (await getMinutes(store.db, visit.id))?.agenda.map((item) => [item.title.text, item.notes.text]);
    // The member's new item after the one it followed in their agenda.
    const expected = [
      ['과학의 달', '주최자: 행사 자료 요청. 강원도도 요청.'],
      ['공동연구', '대학과 함께.'],
      ['예산', '1/4~1/5.'],
    ];
    expect(await agendaOn(member)).toEqual(expected);
    expect(await agendaOn(organiser)).toEqual(expected);
    for (const store of [member, organiser])
      expect(await unreadLostEdits(store.db, SAMPLE_TRIP_ID, store.ctx.deviceId)).toEqual([]);
  });
});
