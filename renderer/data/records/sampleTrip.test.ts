import { findWarnings } from '@shared/itinerary/warnings';
import { recordSchemas } from '@shared/model';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { listVersions } from '../history/noteVersions';
import { listVisitAnswers } from './checklistAnswers';
import { listItinerary } from './itineraryItems';
import { listMembers } from './members';
import { getMinutes } from './minutes';
import { listQaNotes } from './qaNotes';
import { loadSampleTrip } from './sampleTrip';
import { deleteTrip, getTrip, listTrips } from './trips';

describe('sample trip', () => {
  it('is the 1996 visit to Japan: 17 members from 13 local governments, six hosts, three lectures', async () => {
    const store = await openTestStore();
    const tripId = await loadSampleTrip(store);
    const trip = await getTrip(store.db, tripId);
    expect(trip).toMatchObject({ startDate: '1996-10-20', endDate: '1996-10-29', destinationTimeZone: 'Asia/Tokyo' });

    const members = await listMembers(store.db, tripId);
    expect(members).toHaveLength(17);
    const governments = new Set(members.filter((m) => m.role === 'member').map((m) => m.affiliation.ko));
    expect(governments.size).toBe(13);

    const items = await listItinerary(store.db, tripId);
    const visits = items.filter((item) => item.kind === 'visit');
    expect(visits.map((v) => v.host?.name.ja)).toEqual([
      '熊本県庁',
      '福岡県庁',
      '岐阜県庁',
      '神奈川県庁',
      '通商産業省',
      '科学技術庁',
    ]);
    expect(visits[1]).toMatchObject({
      date: '1996-10-22',
      startTime: '15:20',
      endTime: '16:10',
      expectedAttendees: 30,
    });
    expect(visits[1]?.host?.contacts[0]?.title.ja).toBe('福岡県知事');
    expect(items.filter((item) => item.kind === 'lecture')).toHaveLength(3);
    expect(new Set(items.map((item) => item.date)).size).toBe(10);
    for (const item of items) expect(recordSchemas.itineraryItems.safeParse(item).success).toBe(true);
  });

  it('has a plausible itinerary: nothing overlaps, nothing falls outside the trip, every visit has a time', async () => {
    const store = await openTestStore();
    const tripId = await loadSampleTrip(store);
    const trip = await getTrip(store.db, tripId);
    if (!trip) throw new Error('sample trip missing');
    const roster = (await listMembers(store.db, tripId)).map((member) => member.id);
    expect(findWarnings(trip, await listItinerary(store.db, tripId), roster)).toEqual([]);
  });

  it('loads once: loading again changes nothing', async () => {
    const store = await openTestStore();
    await loadSampleTrip(store);
    const before = await store.db.members.toArray();
    await loadSampleTrip(store);
    expect(await listTrips(store.db)).toHaveLength(1);
    expect(await store.db.members.toArray()).toEqual(before);
  });

  it('comes back after it was deleted', async () => {
    const store = await openTestStore();
    const tripId = await loadSampleTrip(store);
    await deleteTrip(store, tripId);
    await loadSampleTrip(store);
    expect(await getTrip(store.db, tripId)).not.toBeNull();
  });
});

describe('sample notes', () => {
  it('has the Q&A with the Fukuoka governor, a few answers in Korean and the minutes', async () => {
    const store = await openTestStore();
    const tripId = await loadSampleTrip(store);
    const fukuoka = (await listItinerary(store.db, tripId)).find((item) => item.host?.name.ja === '福岡県庁');
    if (!fukuoka) throw new Error('no Fukuoka visit');

    const qa = await listQaNotes(store.db, fukuoka.id);
    expect(qa).toHaveLength(8);
    expect(qa.every((note) => note.answeredBy?.title.ja === '福岡県知事')).toBe(true);
    expect(qa.map((note) => note.time)).toEqual([...qa.map((note) => note.time)].sort());
    expect(qa.find((note) => note.answer.text.includes('1조 6천억 엔'))).toBeTruthy();
    for (const note of qa) expect(recordSchemas.qaNotes.safeParse(note).success).toBe(true);

    const answers = await listVisitAnswers(store.db, fukuoka.id);
    expect(answers.length).toBeGreaterThanOrEqual(5);
    expect(answers.every((answer) => answer.body.lang === 'ko')).toBe(true);
    for (const answer of answers) expect(recordSchemas.checklistAnswers.safeParse(answer).success).toBe(true);

    const minutes = await getMinutes(store.db, fukuoka.id);
    expect(minutes?.discussion.text).toContain('산학 공동연구');
    expect(minutes && recordSchemas.minutes.safeParse(minutes).success).toBe(true);
  });

  it('starts every note’s history with its author, so that a correction can be undone', async () => {
    const store = await openTestStore();
    const tripId = await loadSampleTrip(store);
    const fukuoka = (await listItinerary(store.db, tripId)).find((item) => item.host?.name.ja === '福岡県庁');
    if (!fukuoka) throw new Error('no Fukuoka visit');
    const notes = [
      ...(await listQaNotes(store.db, fukuoka.id)).map((note) => ({ id: note.id, author: note.askedBy })),
      ...(await listVisitAnswers(store.db, fukuoka.id)).map((answer) => ({ id: answer.id, author: answer.memberId })),
    ];
    for (const { id, author } of notes) {
      const versions = await listVersions(store.db, id);
      expect(versions).toHaveLength(1);
      expect(versions[0]?.updatedBy.memberId).toBe(author);
    }
    const minutes = await getMinutes(store.db, fukuoka.id);
    expect(minutes?.updatedBy.memberId).not.toBeNull();
    expect(await listVersions(store.db, minutes?.id ?? '')).toHaveLength(1);
  });
});
