import { answerId } from '@shared/model';
import { emptyPerson } from '@shared/people/directory';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { organiserAndMember } from '../../../test/fixtures/syncedDevices';
import { asMember } from '../database/store';
import { addAttachment } from '../records/attachments';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { addGlossaryTerm, deleteGlossaryTerm } from '../records/glossaryTerms';
import { addHostPerson, deleteHostPerson, hashedCardPhoto, updateHostPerson } from '../records/hostPeople';
import { listItinerary } from '../records/itineraryItems';
import { listMembers } from '../records/members';
import { deleteQaNote, listTripQaNotes, restoreQaNote } from '../records/qaNotes';
import { loadSampleTrip } from '../records/sampleTrip';
import { syncTrip } from '../sync/syncTrip';
import { TripSearch } from './tripSearch';

const texts = async (search: TripSearch, query: string) => (await search.search(query)).map((hit) => hit.doc.text);

/** Waits for the index to have taken in the last write (it follows commits, a moment after them). */
const settled = (search: TripSearch) =>
  new Promise<void>((resolve) => {
    const stop = search.watch(() => {
      stop();
      resolve();
    });
  });

describe('a trip’s search index', () => {
  it('is built from the trip’s notes, and follows a note as it is saved, deleted and restored', async () => {
    const store = await openTestStore();
    await loadSampleTrip(store);
    const search = new TripSearch(store.db, SAMPLE_TRIP_ID);
    expect((await texts(search, '공업기술센터')).length).toBeGreaterThan(0);

    const [question] = await listQuestions(store.db, SAMPLE_TRIP_ID);
    const [visit] = await listItinerary(store.db, SAMPLE_TRIP_ID);
    const member = (await listMembers(store.db, SAMPLE_TRIP_ID)).find((one) => one.role === 'member');
    if (!question || !visit || !member) throw new Error('No sample');
    const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId: member.id };
    const saved = settled(search);
    await saveAnswer(asMember(store, member.id), key, '리서치파크 분양가는 현이 정한다', 'ko');
    await saved;
    const [hit] = await search.search('분양가는 현이');
    expect(hit?.doc.recordId).toBe(answerId(visit.id, question.id, member.id));

    // Typed on: the old words leave with the new ones.
    const edited = settled(search);
    await saveAnswer(asMember(store, member.id), key, '리서치파크 임대료는 시가 정한다', 'ko');
    await edited;
    expect(await texts(search, '분양가')).not.toContain('리서치파크 분양가는 현이 정한다');
    expect(await texts(search, '임대료')).toEqual(['리서치파크 임대료는 시가 정한다']);

    const [note] = await listTripQaNotes(store.db, SAMPLE_TRIP_ID);
    if (!note) throw new Error('No Q&A note');
    const words = note.question.text.slice(0, 8);
    const deleted = settled(search);
    await deleteQaNote(store, note.id);
    await deleted;
    expect((await search.search(words)).some((one) => one.doc.recordId === note.id)).toBe(false);
    const restored = settled(search);
    await restoreQaNote(store, note.id);
    await restored;
    expect((await search.search(words)).some((one) => one.doc.recordId === note.id)).toBe(true);
    search.dispose();
  });

  it('takes in what a sync brings from another member’s device', async () => {
    const { server, organiser, member, memberId } = await organiserAndMember();
    const search = new TripSearch(organiser.db, SAMPLE_TRIP_ID);
    await search.ready;
    const [question] = await listQuestions(member.db, SAMPLE_TRIP_ID);
    const [visit] = await listItinerary(member.db, SAMPLE_TRIP_ID);
    if (!question || !visit) throw new Error('No sample');
    await saveAnswer(
      member,
      { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId },
      '県の研究開発予算は一般会計の四分の一',
      'ja',
    );
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    expect(await texts(search, '一般会計の四分')).toEqual([]);
    const pulled = settled(search);
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    await pulled;
    expect(await texts(search, '一般会計の四分')).toEqual(['県の研究開発予算は一般会計の四分の一']);
    search.dispose();
  });
  it('finds a term’s other forms once the glossary links them, and stops when the term is deleted', async () => {
    const store = await openTestStore();
    await loadSampleTrip(store);
    const [question] = await listQuestions(store.db, SAMPLE_TRIP_ID);
    const [visit] = await listItinerary(store.db, SAMPLE_TRIP_ID);
    const member = (await listMembers(store.db, SAMPLE_TRIP_ID)).find((one) => one.role === 'member');
    if (!question || !visit || !member) throw new Error('No sample');
    const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId: member.id };
    await saveAnswer(asMember(store, member.id), key, '현의 해양연구소가 어업을 돕는다', 'ko');
    const search = new TripSearch(store.db, SAMPLE_TRIP_ID);
    expect(await texts(search, '海洋研究所')).toEqual([]);
    const added = settled(search);
    const term = await addGlossaryTerm(store, SAMPLE_TRIP_ID, {
      term: { ko: '해양연구소', ja: '海洋研究所', en: '' },
      note: '',
    });
    await added;
    expect(await texts(search, '海洋研究所')).toContain('현의 해양연구소가 어업을 돕는다');
    const deleted = settled(search);
    await deleteGlossaryTerm(store, term.id);
    await deleted;
    expect(await texts(search, '海洋研究所')).toEqual([]);
    search.dispose();
  });

  it('finds a host person by the kana of their reading and by their romaji, as corrected, until they are deleted', async () => {
    const store = await openTestStore();
    await loadSampleTrip(store);
    const search = new TripSearch(store.db, SAMPLE_TRIP_ID);
    await search.ready;
    const added = settled(search);
    const person = await addHostPerson(store, SAMPLE_TRIP_ID, {
      ...emptyPerson(),
      name: { ja: '小川 博', ko: '오가와 히로시' },
      reading: 'おがわ ひろし',
      romanised: 'OGAWA Hiroshi',
      title: { ja: '課長', ko: '과장' },
      organisation: { ja: '福岡県庁' },
    });
    await added;
    const people = async (query: string) =>
      (await search.search(query)).filter((hit) => hit.doc.kind === 'person').map((hit) => hit.doc.recordId);
    expect(await people('おがわ')).toEqual([person.id]);
    expect(await people('ogawa')).toEqual([person.id]);
    expect(await people('오가와')).toEqual([person.id]);

    const corrected = settled(search);
    await updateHostPerson(store, SAMPLE_TRIP_ID, person.id, { ...person, reading: 'おかわ ひろし' });
    await corrected;
    expect(await people('おがわ')).toEqual([]);
    expect(await people('おかわ')).toEqual([person.id]);

    const deleted = settled(search);
    await deleteHostPerson(store, SAMPLE_TRIP_ID, person.id);
    await deleted;
    expect(await people('おかわ')).toEqual([]);
    search.dispose();
  });

  it('finds a person saved with their card’s photo by name, and a visit’s file by its name, but not the photo’s', async () => {
    const store = await openTestStore();
    await loadSampleTrip(store);
    const [visit] = await listItinerary(store.db, SAMPLE_TRIP_ID);
    if (!visit) throw new Error('No sample');
    const search = new TripSearch(store.db, SAMPLE_TRIP_ID);
    await search.ready;
    const added = settled(search);
    const photo = { mimeType: 'image/jpeg' as const, file: new Blob(['abc']), thumbnail: null };
    const card = await hashedCardPhoto({ ...photo, fileName: 'meishi-ogawa.jpg' });
    const person = await addHostPerson(store, SAMPLE_TRIP_ID, { ...emptyPerson(), name: { ja: '小川 博' } }, card);
    await added;
    const filed = settled(search);
    const owner = { kind: 'visit' as const, id: visit.id };
    const handout = await addAttachment(store, {
      ...photo,
      tripId: SAMPLE_TRIP_ID,
      visitId: visit.id,
      owner,
      fileName: 'meishi-kato.jpg',
    });
    await filed;
    const found = async (query: string) => (await search.search(query)).map((hit) => [hit.doc.kind, hit.doc.recordId]);
    expect(await found('小川')).toEqual([['person', person.id]]);
    expect(await found('meishi')).toEqual([['attachment', handout.id]]);
    search.dispose();
  });
});
