import { MAX_AGENDA_ITEMS, type MinutesFields, newId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { describe, expect, it } from 'vitest';
import { minutesInputOf, organiserAndMember } from '../../../test/fixtures/syncedDevices';
import type { Store } from '../database/store';
import { unreadLostEdits } from '../history/lostEdits';
import { listItinerary } from '../records/itineraryItems';
import { getMinutes, saveMinutes } from '../records/minutes';
import { syncTrip } from './syncTrip';

const text = (words: string) => ({ lang: 'ko' as const, text: words, translations: {} });

describe('an agenda two members wrote at the same time', () => {
  it('shows both members’ items and notes on both devices, and neither is told of a loss', async () => {
    const { server, organiser, member } = await organiserAndMember();
    const visit = (await listItinerary(organiser.db, SAMPLE_TRIP_ID)).find((item) => item.kind === 'visit');
    if (!visit) throw new Error('no visit');
    const editAgenda = async (store: Store, change: (agenda: MinutesFields['agenda']) => MinutesFields['agenda']) => {
      const input = await minutesInputOf(store.db, visit.id);
      await saveMinutes(store, SAMPLE_TRIP_ID, visit.id, { ...input, agenda: change(input.agenda) });
    };
    await editAgenda(organiser, () => [{ id: newId(), title: text('과학의 달'), notes: text('행사 자료 요청.') }]);
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

  it('tells of the loss, and syncs on, when the two agendas together would be longer than an agenda may be', async () => {
    const { server, organiser, member } = await organiserAndMember();
    const visit = (await listItinerary(organiser.db, SAMPLE_TRIP_ID)).find((item) => item.kind === 'visit');
    if (!visit) throw new Error('no visit');
    const fill = async (store: Store, title: string) => {
      const input = await minutesInputOf(store.db, visit.id);
      const agenda = Array.from({ length: MAX_AGENDA_ITEMS }, (_, n) => ({
        id: newId(),
        title: text(`${title} ${n + 1}`),
        notes: text(''),
      }));
      await saveMinutes(store, SAMPLE_TRIP_ID, visit.id, { ...input, agenda });
    };
    // Apart, each fills the agenda with items of their own: the two together are twice the most an agenda holds.
    await fill(member, '강원도 안건');
    await fill(organiser, '주최자 안건');
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    // The organiser's agenda holds; the member's is kept as lost, and the member is told.
    expect((await getMinutes(member.db, visit.id))?.agenda[0]?.title.text).toBe('주최자 안건 1');
    expect(await unreadLostEdits(member.db, SAMPLE_TRIP_ID, member.ctx.deviceId)).toHaveLength(1);
  });
});

describe('follow-ups and attendees two members wrote at the same time', () => {
  it('keeps both members’ follow-ups and attendees on both devices, and neither is told of a loss', async () => {
    const { server, organiser, member, memberId } = await organiserAndMember();
    const visit = (await listItinerary(organiser.db, SAMPLE_TRIP_ID)).find((item) => item.kind === 'visit');
    if (!visit) throw new Error('no visit');
    const edit = async (store: Store, change: (minutes: MinutesFields) => Partial<MinutesFields>) => {
      const input = await minutesInputOf(store.db, visit.id);
      await saveMinutes(store, SAMPLE_TRIP_ID, visit.id, { ...input, ...change(input) });
    };
    const followUp = (words: string) => ({ id: newId(), text: text(words), ownerId: null, done: false });
    await edit(organiser, () => ({ followUps: [followUp('행사 자료 요청')] }));
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    await syncTrip(member, server, SAMPLE_TRIP_ID);

    // Apart: the member adds a follow-up and themself as an attendee; the organiser marks the first done,
    // adds another, and a host who attended.
    await edit(member, (minutes) => ({
      followUps: [...minutes.followUps, followUp('감사 편지')],
      delegationAttendeeIds: [...minutes.delegationAttendeeIds, memberId],
    }));
    const host = { name: { ja: '田中' }, title: { ja: '科学技術振興課長' }, contact: '' };
    await edit(organiser, (minutes) => ({
      followUps: [...minutes.followUps.map((item) => ({ ...item, done: true })), followUp('사진 정리')],
      hostAttendees: [...minutes.hostAttendees, host],
    }));
    for (const store of [member, organiser, member, organiser]) await syncTrip(store, server, SAMPLE_TRIP_ID);

    const shown = async (store: Store) => {
      const minutes = await getMinutes(store.db, visit.id);
      return {
        followUps: minutes?.followUps.map((item) => [item.text.text, item.done]),
        members: minutes?.delegationAttendeeIds.includes(memberId),
        hosts: minutes?.hostAttendees.map((person) => person.name.ja),
      };
    };
    const expected = {
      followUps: [
        ['행사 자료 요청', true],
        ['감사 편지', false],
        ['사진 정리', false],
      ],
      members: true,
      hosts: expect.arrayContaining(['田中']),
    };
    expect(await shown(member)).toEqual(expected);
    expect(await shown(organiser)).toEqual(await shown(member));
    for (const store of [member, organiser])
      expect(await unreadLostEdits(store.db, SAMPLE_TRIP_ID, store.ctx.deviceId)).toEqual([]);
  });
});
