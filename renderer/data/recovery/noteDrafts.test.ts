import { answerId, MAX_NOTE_TEXT, type QaNoteFields, TextTooLongError } from '@shared/model';
import type { NoteTarget } from '@shared/notes/noteTarget';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { SESSION_ID } from '../database/session';
import { asMember, type Store } from '../database/store';
import { getDraft } from '../drafts/drafts';
import { dismissRecoveredVersion, isUnresolvedRecovery, listVersions, restoreVersion } from '../history/noteVersions';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { listItinerary } from '../records/itineraryItems';
import { listMembers } from '../records/members';
import { addQaNote, deleteQaNote, listQaNotes, updateQaNote } from '../records/qaNotes';
import { loadSampleTrip } from '../records/sampleTrip';
import { draftKeyOf, keepNoteDraft, type Recovery, recoverNoteDrafts, saveNote } from './noteDrafts';

/** A device with the sample trip, its clock moved by the test; `kim` and `lee` write on it. */
async function setUp() {
  let now = Date.parse('1996-10-24T05:00:00Z');
  const base = await openTestStore(() => new Date(now));
  await loadSampleTrip(base);
  const [kim, lee] = await listMembers(base.db, SAMPLE_TRIP_ID);
  const visit = (await listItinerary(base.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '岐阜県庁');
  const [question] = await listQuestions(base.db, SAMPLE_TRIP_ID);
  if (!kim || !lee || !visit || !question) throw new Error('sample trip incomplete');
  const answer = (memberId: string): NoteTarget => ({
    kind: 'answer',
    key: { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId },
    lang: 'ko',
  });
  return {
    base,
    kim: asMember(base, kim.id),
    lee: asMember(base, lee.id),
    ids: { kim: kim.id, lee: lee.id },
    visit,
    answer,
    answerOf: (memberId: string) => answerId(visit.id, question.id, memberId),
    later: (ms: number) => {
      now += ms;
    },
  };
}

/** A Q&A note with only its question, and what its editor edits. */
async function askQuestion(store: Store, visitId: string, question: string) {
  const fields: QaNoteFields = {
    question: { lang: 'ko', text: question, translations: {} },
    askedBy: null,
    answeredBy: null,
    answer: { lang: 'ko', text: '', translations: {} },
    time: null,
    checklistQuestionIds: [],
  };
  const note = await addQaNote(store, SAMPLE_TRIP_ID, visitId, fields);
  const target: NoteTarget = { kind: 'qaNote', tripId: SAMPLE_TRIP_ID, id: note.id, lang: 'ko' };
  return { note, target, fields };
}

const counts = (recovery: Recovery) => ({ saved: recovery.saved, kept: recovery.kept.length });

/** What a run of the app that died leaves: drafts of another session, none of them running. */
const afterCrash = new Set<string>();

const textOf = async (store: { db: import('../database/db').FieldbookDB }, id: string) =>
  (await store.db.checklistAnswers.get(id))?.body.text;

describe('saving a note', () => {
  it('removes its draft in the same transaction, and keeps it when the save fails', async () => {
    const { kim, ids, answer, answerOf } = await setUp();
    const target = answer(ids.kim);
    await keepNoteDraft(kim, target, '현 예산의 1/4', null);
    await saveNote(kim, target, '현 예산의 1/4');
    expect(await getDraft(kim.db, draftKeyOf(target))).toBeUndefined();

    const long = '가'.repeat(MAX_NOTE_TEXT + 12);
    await keepNoteDraft(kim, target, long, (await kim.db.checklistAnswers.get(answerOf(ids.kim)))?.hlc ?? null);
    const failure = await saveNote(kim, target, long).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TextTooLongError);
    expect(failure).toMatchObject({ length: MAX_NOTE_TEXT + 12, max: MAX_NOTE_TEXT });
    expect((await getDraft(kim.db, draftKeyOf(target)))?.value).toBe(long);
    expect(await textOf(kim, answerOf(ids.kim))).toBe('현 예산의 1/4');
  });
});

describe('recovering typing after a crash', () => {
  it('saves a draft typed over the stored version as the newer text, by its own author', async () => {
    const { base, lee, ids, answer, answerOf } = await setUp();
    const target = answer(ids.lee);
    const stored = await saveAnswer(lee, target.kind === 'answer' ? target.key : never(), '科学技術審議会', 'ko');
    await keepNoteDraft(lee, target, '科学技術審議会で指針を作成中', stored.hlc);

    // The next start, as nobody in particular: the draft says who typed it.
    expect(counts(await recoverNoteDrafts(base, afterCrash))).toEqual({ saved: 1, kept: 0 });
    const saved = await base.db.checklistAnswers.get(answerOf(ids.lee));
    expect(saved?.body.text).toBe('科学技術審議会で指針を作成中');
    expect(saved?.updatedBy.memberId).toBe(ids.lee);
    const versions = await listVersions(base.db, answerOf(ids.lee));
    expect(versions.map((v) => v.updatedBy.memberId)).toEqual([ids.lee, ids.lee]);
    expect(await base.db.drafts.count()).toBe(0);
  });

  it('creates a note that did not exist yet from its draft', async () => {
    const { base, kim, ids, answer, answerOf } = await setUp();
    await keepNoteDraft(kim, answer(ids.kim), '큐슈 27개 대학', null);
    expect(counts(await recoverNoteDrafts(base, afterCrash))).toEqual({ saved: 1, kept: 0 });
    expect(await textOf(base, answerOf(ids.kim))).toBe('큐슈 27개 대학');
  });

  it('never puts a draft over text saved after it: keeps it as a flagged version to restore or dismiss', async () => {
    const { base, kim, ids, answer, answerOf, later } = await setUp();
    const target = answer(ids.kim);
    const key = target.kind === 'answer' ? target.key : never();
    const first = await saveAnswer(kim, key, '예산', 'ko');
    // Typed mid-sentence, then saved further on: the draft on disk is the older text.
    await keepNoteDraft(kim, target, '예산의 1/4', first.hlc);
    later(1000);
    await saveAnswer(kim, key, '예산의 1/4~1/5, 현 전체 예산 대비', 'ko');

    expect(counts(await recoverNoteDrafts(base, afterCrash))).toEqual({ saved: 0, kept: 1 });
    expect(await textOf(base, answerOf(ids.kim))).toBe('예산의 1/4~1/5, 현 전체 예산 대비');
    const recovered = (await listVersions(base.db, answerOf(ids.kim))).filter(isUnresolvedRecovery);
    expect(recovered).toHaveLength(1);
    expect(recovered[0]?.content.body).toMatchObject({ text: '예산의 1/4' });
    expect(recovered[0]?.updatedBy.memberId).toBe(ids.kim);
    expect(recovered[0]?.recovered?.basedOn).toBe(first.hlc);

    const version = recovered[0];
    if (!version) throw new Error('no recovered version');
    await restoreVersion(kim, version);
    expect(await textOf(base, answerOf(ids.kim))).toBe('예산의 1/4');
    expect((await listVersions(base.db, answerOf(ids.kim))).filter(isUnresolvedRecovery)).toEqual([]);
    // The text the restore replaced is still there to restore.
    const texts = (await listVersions(base.db, answerOf(ids.kim))).map(
      (v) => (v.content.body as { text: string }).text,
    );
    expect(texts).toContain('예산의 1/4~1/5, 현 전체 예산 대비');
  });

  it('merges a draft that says what it was typed over into the note as it is now: both texts kept', async () => {
    const { base, kim, lee, visit } = await setUp();
    const { note, target, fields } = await askQuestion(kim, visit.id, '예산은?');
    const shown = { ...fields, answer: { lang: 'ko' as const, text: '현 예산', translations: {} } };
    await updateQaNote(kim, note.id, shown);
    const stored = (await listQaNotes(base.db, visit.id))[0];
    // Kim typed on, and the app died before the save; Lee's line arrived meanwhile.
    const typed = { ...shown, answer: { ...shown.answer, text: '현 예산의 1/4~1/5' } };
    await keepNoteDraft(kim, target, typed, stored?.hlc ?? null, shown);
    await updateQaNote(lee, note.id, { ...shown, answer: { ...shown.answer, text: '이(李): 현 예산' } });

    expect(counts(await recoverNoteDrafts(base, afterCrash))).toEqual({ saved: 1, kept: 0 });
    expect((await listQaNotes(base.db, visit.id))[0]?.answer.text).toBe('이(李): 현 예산의 1/4~1/5');
    expect((await listVersions(base.db, note.id)).filter(isUnresolvedRecovery)).toEqual([]);
  });

  it('keeps a draft of a note another member changed meanwhile, and it can be dismissed', async () => {
    const { base, kim, lee, visit } = await setUp();
    const { note, target, fields } = await askQuestion(kim, visit.id, '예산은?');
    const typed = { ...fields, answer: { lang: 'ko' as const, text: '1/4~1/5', translations: {} } };
    await keepNoteDraft(kim, target, typed, note.hlc);
    // Lee's correction arrives (from another window now; from another device once sync exists).
    await updateQaNote(lee, note.id, { ...typed, answer: { lang: 'ja', text: '四分の一', translations: {} } });

    expect(counts(await recoverNoteDrafts(base, afterCrash))).toEqual({ saved: 0, kept: 1 });
    expect((await listQaNotes(base.db, visit.id))[0]?.answer.text).toBe('四分の一');
    const [recovered] = (await listVersions(base.db, note.id)).filter(isUnresolvedRecovery);
    expect(recovered?.content).toMatchObject({ answer: { text: '1/4~1/5' } });
    expect(Object.keys(recovered?.content ?? {})).not.toContain('hlc');
    await dismissRecoveredVersion(kim, recovered?.id ?? '');
    expect((await listVersions(base.db, note.id)).filter(isUnresolvedRecovery)).toEqual([]);
  });

  it('drops a draft that holds what is stored already', async () => {
    const { base, kim, ids, answer, answerOf } = await setUp();
    const target = answer(ids.kim);
    const saved = await saveAnswer(kim, target.kind === 'answer' ? target.key : never(), '같은 내용', 'ko');
    await keepNoteDraft(kim, target, '같은 내용', 'an older version');
    expect(counts(await recoverNoteDrafts(base, afterCrash))).toEqual({ saved: 0, kept: 0 });
    expect(await base.db.drafts.count()).toBe(0);
    expect(await listVersions(base.db, answerOf(ids.kim))).toHaveLength(1);
    expect(saved.body.text).toBe('같은 내용');
  });

  it('keeps a draft past the length limit whole, in the history', async () => {
    const { base, kim, ids, answer, answerOf } = await setUp();
    const target = answer(ids.kim);
    const saved = await saveAnswer(kim, target.kind === 'answer' ? target.key : never(), '짧은 답', 'ko');
    const long = '가'.repeat(MAX_NOTE_TEXT + 1);
    await keepNoteDraft(kim, target, long, saved.hlc);
    expect(counts(await recoverNoteDrafts(base, afterCrash))).toEqual({ saved: 0, kept: 1 });
    const [recovered] = (await listVersions(base.db, answerOf(ids.kim))).filter(isUnresolvedRecovery);
    expect((recovered?.content.body as { text?: string } | undefined)?.text).toHaveLength(MAX_NOTE_TEXT + 1);
    // Restoring it is validated like any save: refused in words, the note as it was.
    if (!recovered) throw new Error('no recovered version');
    await expect(restoreVersion(kim, recovered)).rejects.toBeInstanceOf(TextTooLongError);
    expect(await textOf(base, answerOf(ids.kim))).toBe('짧은 답');
  });

  it('leaves alone the drafts of a run of the app that is still open (another tab)', async () => {
    const { base, kim, ids, answer } = await setUp();
    await keepNoteDraft(kim, answer(ids.kim), '다른 탭에서 입력 중', null);
    expect(counts(await recoverNoteDrafts(base, new Set([SESSION_ID])))).toEqual({ saved: 0, kept: 0 });
    expect(await base.db.drafts.count()).toBe(1);
  });

  it('forgets the draft of a Q&A note when the note is deleted', async () => {
    const { kim, visit } = await setUp();
    const { note, target, fields } = await askQuestion(kim, visit.id, '지워질 질문');
    await keepNoteDraft(kim, target, { ...fields, question: { ...fields.question, text: '지워질 질문!' } }, note.hlc);
    await deleteQaNote(kim, note.id);
    expect(await getDraft(kim.db, draftKeyOf(target))).toBeUndefined();
  });
});

function never(): never {
  throw new Error('unreachable');
}
