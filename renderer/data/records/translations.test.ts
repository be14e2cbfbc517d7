import type { ChecklistAnswer } from '@shared/model';
import type { NoteTarget } from '@shared/notes/noteTarget';
import { SAMPLE_TRIP_ID, sampleId } from '@shared/sample/stepi1996';
import type { TextRef } from '@shared/translation/fields';
import { statusIn } from '@shared/translation/texts';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import type { Store } from '../database/store';
import { isUnresolvedRecovery, listVersions, noteContent } from '../history/noteVersions';
import { draftKeyOf, keepNoteDraft, recoverNoteDrafts } from '../recovery/noteDrafts';
import { saveMinutes } from './minutes';
import { updateQaNote } from './qaNotes';
import { loadSampleTrip } from './sampleTrip';
import { listTripTexts, markReviewed, saveName, saveTranslation } from './translations';

async function sample(): Promise<Store> {
  const store = await openTestStore();
  await loadSampleTrip(store);
  await store.db.outbox.clear();
  return store;
}

/** The leaves a write sent, as `table path`, the note's history left aside. */
async function sentLeaves(store: Store): Promise<string[]> {
  const changes = await store.db.outbox.toArray();
  await store.db.outbox.clear();
  return changes.filter((change) => change.table !== 'noteVersions').map((change) => `${change.table} ${change.path}`);
}

async function firstAnswer(store: Store): Promise<ChecklistAnswer> {
  const answers = await store.db.checklistAnswers.where('tripId').equals(SAMPLE_TRIP_ID).sortBy('id');
  const answer = answers[0];
  if (!answer) throw new Error('The sample has no answer');
  return answer;
}

describe('writing a translation', () => {
  it('changes only the translation’s leaf, then only the review’s, and an edit takes the review back', async () => {
    const store = await sample();
    const answer = await firstAnswer(store);
    const ref: TextRef = { table: 'checklistAnswers', id: answer.id, field: 'body' };

    // The sample's translation is reviewed: editing it takes the review back, editing the draft changes it alone.
    await saveTranslation(store, ref, 'ja', '県が主導');
    expect(await sentLeaves(store)).toEqual([
      'checklistAnswers body/translations/ja',
      'checklistAnswers body/reviewed/ja',
    ]);
    await saveTranslation(store, ref, 'ja', '県が主導している');
    expect(await sentLeaves(store)).toEqual(['checklistAnswers body/translations/ja']);
    await markReviewed(store, ref, 'ja', true);
    expect(await sentLeaves(store)).toEqual(['checklistAnswers body/reviewed/ja']);
    await saveTranslation(store, ref, 'ja', '県が主導している。');
    expect(await sentLeaves(store)).toEqual([
      'checklistAnswers body/translations/ja',
      'checklistAnswers body/reviewed/ja',
    ]);

    const saved = await store.db.checklistAnswers.get(answer.id);
    expect(saved?.body).toMatchObject({
      lang: 'ko',
      text: answer.body.text,
      translations: { ja: '県が主導している。' },
    });
    expect(saved?.body.reviewed?.ja).toBe(false);
  });

  it('keeps the note’s history as it is now', async () => {
    const store = await sample();
    const answer = await firstAnswer(store);
    await saveTranslation(store, { table: 'checklistAnswers', id: answer.id, field: 'body' }, 'ja', '翻訳');
    const versions = await listVersions(store.db, answer.id);
    expect(versions.at(-1)?.content.body).toMatchObject({ translations: { ja: '翻訳' } });
  });

  it('translates one follow-up of the minutes, leaving the others', async () => {
    const store = await sample();
    const minutes = (await store.db.minutes.toArray())[0];
    const followUp = minutes?.followUps[0];
    if (!minutes || !followUp) throw new Error('The sample has no follow-up');
    await saveTranslation(
      store,
      { table: 'minutes', id: minutes.id, field: `followUps.${followUp.id}.text` },
      'ja',
      '資料請求',
    );
    expect(await sentLeaves(store)).toEqual(['minutes followUps']);
    const saved = await store.db.minutes.get(minutes.id);
    expect(saved?.followUps[0]?.text.translations.ja).toBe('資料請求');
    expect(saved?.discussion).toEqual(minutes.discussion);
  });

  it('writes a name in one language as that language’s leaf', async () => {
    const store = await sample();
    const item = (await store.db.itineraryItems.where('tripId').equals(SAMPLE_TRIP_ID).toArray()).find(
      (found) => found.title.ko,
    );
    if (!item) throw new Error('The sample has no item with a title');
    await saveName(store, { table: 'itineraryItems', id: item.id, field: 'title' }, 'ja', '  新しい名前  ');
    expect(await sentLeaves(store)).toEqual(['itineraryItems title/ja']);
    expect((await store.db.itineraryItems.get(item.id))?.title.ja).toBe('新しい名前');
  });

  it('writes a host’s address in one language as the host, the one leaf a host is', async () => {
    const store = await sample();
    const visit = await store.db.itineraryItems.get(sampleId('item:fukuoka'));
    if (!visit?.host) throw new Error('The sample has no Fukuoka visit');
    await saveName(
      store,
      { table: 'itineraryItems', id: visit.id, field: 'host.address' },
      'ko',
      '후쿠오카현 후쿠오카시',
    );
    expect(await sentLeaves(store)).toEqual(['itineraryItems host']);
    const saved = await store.db.itineraryItems.get(visit.id);
    expect(saved?.host?.address).toEqual({ ...visit.host.address, ko: '후쿠오카현 후쿠오카시' });
    expect(saved?.host?.name).toEqual(visit.host.name);
  });

  it('lists the trip’s texts with where each stands, as the database has them', async () => {
    const store = await sample();
    const fukuoka = sampleId('item:fukuoka');
    const answer = await firstAnswer(store);
    await saveTranslation(store, { table: 'checklistAnswers', id: answer.id, field: 'body' }, 'ja', '翻訳');
    const texts = (await listTripTexts(store.db, SAMPLE_TRIP_ID)) ?? [];
    const listed = texts.find((text) => text.id === answer.id);
    expect(listed && statusIn(listed, 'ja')).toBe('draft');
    expect(texts.some((text) => text.kind === 'question' && text.itemId === fukuoka)).toBe(true);
    expect(await listTripTexts(store.db, sampleId('nothing'))).toBeNull();
  });
});

describe('a translation typed before a crash', () => {
  /** The next start: no run of the app is open any more. */
  const afterCrash = new Set<string>();

  it('is saved on the next start when the note is still the version it was typed over', async () => {
    const store = await sample();
    const answer = await firstAnswer(store);
    const text: TextRef = { table: 'checklistAnswers', id: answer.id, field: 'body' };
    const target: NoteTarget = { kind: 'translation', tripId: SAMPLE_TRIP_ID, text, lang: 'ja' };
    await keepNoteDraft(store, target, '県が主導', answer.hlc);
    // The note's own text, typed on its visit's screen, is a draft of its own.
    const { tripId, visitId, questionId, memberId } = answer;
    const own: NoteTarget = { kind: 'answer', key: { tripId, visitId, questionId, memberId }, lang: 'ko' };
    expect(draftKeyOf(target)).not.toBe(draftKeyOf(own));

    expect((await recoverNoteDrafts(store, afterCrash)).saved).toBe(1);
    expect((await store.db.checklistAnswers.get(answer.id))?.body.translations.ja).toBe('県が主導');
    expect(await store.db.drafts.count()).toBe(0);
  });

  it('goes to the note’s history, never over a newer translation', async () => {
    const store = await sample();
    const answer = await firstAnswer(store);
    const text: TextRef = { table: 'checklistAnswers', id: answer.id, field: 'body' };
    await keepNoteDraft(store, { kind: 'translation', tripId: SAMPLE_TRIP_ID, text, lang: 'ja' }, '古い訳', answer.hlc);
    await saveTranslation(store, text, 'ja', '新しい訳');

    expect((await recoverNoteDrafts(store, afterCrash)).kept).toHaveLength(1);
    expect((await store.db.checklistAnswers.get(answer.id))?.body.translations.ja).toBe('新しい訳');
    const kept = (await listVersions(store.db, answer.id)).find(isUnresolvedRecovery);
    expect(kept?.content.body).toMatchObject({ text: answer.body.text, translations: { ja: '古い訳' } });
  });
});

describe('an original edited while its translation is written', () => {
  it('keeps the translation of the minutes written meanwhile (here or synced), and makes a reviewed one a draft', async () => {
    const store = await sample();
    const minutes = (await store.db.minutes.toArray())[0];
    if (!minutes) throw new Error('The sample has no minutes');
    const { tripId, visitId } = minutes;
    const ref: TextRef = { table: 'minutes', id: minutes.id, field: 'discussion' };
    await saveTranslation(store, ref, 'ja', '地域産業の振興');
    await markReviewed(store, ref, 'ja', true);

    // What the minutes' editor holds: the minutes as it read them, before the translation.
    const fields = noteContent(minutes) as Parameters<typeof saveMinutes>[3];
    await saveMinutes(
      store,
      tripId,
      visitId,
      { ...fields, discussion: { ...minutes.discussion, text: `${minutes.discussion.text}\n- 추가` } },
      'ko',
    );
    const saved = await store.db.minutes.get(minutes.id);
    expect(saved?.discussion.translations.ja).toBe('地域産業の振興');
    expect(saved?.discussion.reviewed?.ja).toBe(false);
  });

  it('keeps the translation of a Q&A answer written meanwhile', async () => {
    const store = await sample();
    const note = (await store.db.qaNotes.toArray())[0];
    if (!note) throw new Error('The sample has no Q&A note');
    await saveTranslation(store, { table: 'qaNotes', id: note.id, field: 'answer' }, 'ja', '回答の訳');
    const { question, askedBy, answeredBy, answer, time, checklistQuestionIds } = note;
    await updateQaNote(
      store,
      note.id,
      { question: { ...question, text: `${question.text}?` }, askedBy, answeredBy, answer, time, checklistQuestionIds },
      'ko',
    );
    expect((await store.db.qaNotes.get(note.id))?.answer.translations.ja).toBe('回答の訳');
  });
});
