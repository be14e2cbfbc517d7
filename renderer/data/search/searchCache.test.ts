import type { GlossaryTerm } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { SEARCHED_TABLES, searchDocsOf } from '@shared/search/docs';
import { allOf, glossaryExpansion, placeExpansion } from '@shared/search/expansions';
import { searchQueries } from '@shared/search/sampleDocs';
import { scan, scannable } from '@shared/search/scan';
import type { SerialisedIndex } from '@shared/search/serialised';
import type { SearchDoc } from '@shared/search/types';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import type { FieldbookDB } from '../database/db';
import { asMember, type Store } from '../database/store';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { addGlossaryTerm } from '../records/glossaryTerms';
import { listItinerary } from '../records/itineraryItems';
import { listMembers, updateMember } from '../records/members';
import { addQaNote, deleteQaNote, listTripQaNotes } from '../records/qaNotes';
import { loadSampleTrip } from '../records/sampleTrip';
import { deleteTrip } from '../records/trips';
import { pruneCachedIndexes, readCachedIndex, writeCachedIndex } from './searchCache';
import { TripSearch } from './tripSearch';

const LIMIT = 20;

/** What a search finds, asked of the records as they are now: the naive scan over their texts, with the glossary's forms. */
async function fromRecords(db: FieldbookDB) {
  const docs: SearchDoc[] = [];
  const terms: GlossaryTerm[] = [];
  for (const table of SEARCHED_TABLES) {
    for (const row of await db.table(table).where('tripId').equals(SAMPLE_TRIP_ID).toArray()) {
      docs.push(...searchDocsOf(table, row));
      if (table === 'glossaryTerms' && row.deletedAt === null) terms.push(row);
    }
  }
  const texts = scannable(docs);
  const expand = allOf(glossaryExpansion(terms.map((term) => term.term)), placeExpansion);
  return { docs, find: (query: string) => scan(texts, query, { limit: LIMIT, expand }) };
}

async function expectAnswersOfRecords(search: TripSearch, db: FieldbookDB, also: readonly string[] = []) {
  const { docs, find } = await fromRecords(db);
  for (const query of [...searchQueries(docs, 120, 41), ...also]) {
    expect(await search.search(query, undefined, LIMIT), query).toEqual(find(query));
  }
}

/** The trip on a device where its search was opened once and wrote its cache, then closed. */
async function searchedOnce(): Promise<Store> {
  const store = await openTestStore();
  await loadSampleTrip(store);
  const first = new TripSearch(store.db, SAMPLE_TRIP_ID);
  await first.save();
  expect(first.source).toBe('records');
  first.dispose();
  return store;
}

describe('the search index kept between starts', () => {
  it('reopened after the trip changed while it was closed, finds exactly what the records hold', async () => {
    const store = await searchedOnce();
    const [question] = await listQuestions(store.db, SAMPLE_TRIP_ID);
    const [visit] = await listItinerary(store.db, SAMPLE_TRIP_ID);
    const members = await listMembers(store.db, SAMPLE_TRIP_ID);
    const member = members.find((one) => one.role === 'member');
    const [deleted] = await listTripQaNotes(store.db, SAMPLE_TRIP_ID);
    if (!question || !visit || !member || !deleted) throw new Error('No sample');
    const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId: member.id };
    await saveAnswer(asMember(store, member.id), key, '리서치파크 분양가는 현이 정한다', 'ko');
    await deleteQaNote(store, deleted.id);
    await addQaNote(store, SAMPLE_TRIP_ID, visit.id, {
      question: { lang: 'ko', text: '해양연구소의 예산은?', translations: {} },
      askedBy: member.id,
      answeredBy: null,
      answer: { lang: 'ja', text: '県の一般会計の四分の一', translations: {} },
      time: null,
      checklistQuestionIds: [],
    });
    await addGlossaryTerm(store, SAMPLE_TRIP_ID, { term: { ko: '해양연구소', ja: '海洋研究所', en: '' }, note: '' });
    await updateMember(store, member.id, { ...member, name: '홍길동' });

    const reopened = new TripSearch(store.db, SAMPLE_TRIP_ID);
    await reopened.ready;
    expect(reopened.source).toBe('cache');
    const words = [deleted.question.text.slice(0, 8), '분양가는 현이', '海洋研究所', '四分の一', '홍길동', member.name];
    await expectAnswersOfRecords(reopened, store.db, words);
    expect((await reopened.search('海洋研究所')).map((hit) => hit.doc.text)).toContain('해양연구소의 예산은?');
    reopened.dispose();
  });

  it('does not use a cache of another format, or a damaged one: builds from the records and writes it again', async () => {
    const store = await searchedOnce();
    const written = (await readCachedIndex(store.db, SAMPLE_TRIP_ID)) as SerialisedIndex;
    const [singles, ...rest] = written.plainPostings;
    const damaged = { ...written, plainPostings: [{ ...singles, postings: singles.postings.slice(1) }, ...rest] };
    for (const cache of [{ ...written, format: 0 }, damaged]) {
      await writeCachedIndex(store.db, SAMPLE_TRIP_ID, cache as SerialisedIndex);
      const search = new TripSearch(store.db, SAMPLE_TRIP_ID);
      await search.ready;
      expect(search.source).toBe('records');
      await expectAnswersOfRecords(search, store.db);
      await search.save();
      search.dispose();
      const again = new TripSearch(store.db, SAMPLE_TRIP_ID);
      await again.ready;
      expect(again.source).toBe('cache');
      again.dispose();
    }
  });

  it('lets go of a deleted trip’s index, and of one whose trip this device does not hold, keeping the others', async () => {
    const store = await searchedOnce();
    const written = (await readCachedIndex(store.db, SAMPLE_TRIP_ID)) as SerialisedIndex;
    const elsewhere = '01900000-0000-7000-8000-000000000001';
    await writeCachedIndex(store.db, elsewhere, written);
    expect(await pruneCachedIndexes(store.db)).toBe(1);
    expect(await readCachedIndex(store.db, elsewhere)).toBeUndefined();
    expect(await readCachedIndex(store.db, SAMPLE_TRIP_ID)).toEqual(written);

    await deleteTrip(store, SAMPLE_TRIP_ID);
    expect(await pruneCachedIndexes(store.db)).toBe(1);
    expect(await readCachedIndex(store.db, SAMPLE_TRIP_ID)).toBeUndefined();
  });
});
