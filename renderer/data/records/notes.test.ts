import { answerId, type QaNoteInput, recordSchemas } from '@shared/model';
import { VERSION_PAUSE_MS } from '@shared/notes/versions';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import { asMember, type Store } from '../database/store';
import { listVersions, restoreVersion } from '../history/noteVersions';
import { listTripAnswers, listVisitAnswers, saveAnswer } from './checklistAnswers';
import { addQuestion, listQuestions, moveQuestion, retireQuestion, rewordQuestion } from './checklistQuestions';
import { listItinerary } from './itineraryItems';
import { listMembers } from './members';
import { getMinutes, saveMinutes } from './minutes';
import { addQaNote, deleteQaNote, listQaNotes, restoreQaNote, updateQaNote } from './qaNotes';
import { loadSampleTrip } from './sampleTrip';

/** The store as one editor writes during one stretch of editing (see shared/notes/versions.ts). */
const inStretch = (store: Store, stretchId = 'stretch-1'): Store => ({
  db: store.db,
  ctx: { ...store.ctx, stretchId },
});

/** A store whose clock the test moves, over the sample trip. */
async function setUp() {
  let now = Date.parse('1996-10-22T06:30:00Z');
  const base = await openTestStore(() => new Date(now));
  await loadSampleTrip(base);
  const members = await listMembers(base.db, SAMPLE_TRIP_ID);
  // Gifu: a visit of the sample without notes yet.
  const visit = (await listItinerary(base.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '岐阜県庁');
  const questions = await listQuestions(base.db, SAMPLE_TRIP_ID);
  const [kim, lee] = members;
  if (!visit || !kim || !lee || questions.length !== 6) throw new Error('sample trip incomplete');
  return {
    base,
    kim: asMember(base, kim.id),
    lee: asMember(base, lee.id),
    members: { kim, lee },
    visit,
    questions,
    later: (ms: number) => {
      now += ms;
    },
  };
}

const blankQa: QaNoteInput = {
  question: { lang: 'ko', text: '', translations: {} },
  askedBy: null,
  answeredBy: null,
  answer: { lang: 'ko', text: '', translations: {} },
  time: '',
  checklistQuestionIds: [],
};

describe('checklist answers', () => {
  it('keeps one answer per member, question and visit, however often it is saved', async () => {
    const { kim, lee, members, visit, questions } = await setUp();
    const budget = questions[3];
    if (!budget) throw new Error('no budget question');
    const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: budget.id };
    await saveAnswer(kim, { ...key, memberId: members.kim.id }, '현 예산', 'ko');
    await saveAnswer(kim, { ...key, memberId: members.kim.id }, '현 예산의 1/4~1/5', 'ko');
    await saveAnswer(lee, { ...key, memberId: members.lee.id }, '科学技術審議会で指針を作成中', 'ko');

    const answers = await listVisitAnswers(kim.db, visit.id);
    expect(answers.map((a) => [a.memberId, a.body.text, a.body.lang])).toEqual(
      expect.arrayContaining([
        [members.kim.id, '현 예산의 1/4~1/5', 'ko'],
        [members.lee.id, '科学技術審議会で指針を作成中', 'ja'],
      ]),
    );
    expect(answers).toHaveLength(2);
    expect(answers.find((a) => a.memberId === members.kim.id)?.id).toBe(answerId(visit.id, budget.id, members.kim.id));
    expect(answers.find((a) => a.memberId === members.kim.id)?.updatedBy.memberId).toBe(members.kim.id);
    for (const answer of await listTripAnswers(kim.db, SAMPLE_TRIP_ID)) {
      expect(recordSchemas.checklistAnswers.safeParse(answer).success).toBe(true);
    }
  });

  it('keeps the history: one version per stretch of editing, and any version can be restored', async () => {
    const { kim, members, visit, questions, later } = await setUp();
    const key = {
      tripId: SAMPLE_TRIP_ID,
      visitId: visit.id,
      questionId: questions[0]?.id ?? '',
      memberId: members.kim.id,
    };
    await saveAnswer(inStretch(kim), key, '중앙', 'ko');
    later(2000);
    const typed = await saveAnswer(inStretch(kim), key, '중앙과 지방의 역할 구분이 명확하지 않다', 'ko');
    later(VERSION_PAUSE_MS + 1);
    await saveAnswer(inStretch(kim), key, '(다음 날 고침) 역할 구분이 아직 불명확', 'ko');

    const versions = await listVersions(kim.db, typed.id);
    expect(versions.map((v) => (v.content.body as { text: string }).text)).toEqual([
      '중앙과 지방의 역할 구분이 명확하지 않다',
      '(다음 날 고침) 역할 구분이 아직 불명확',
    ]);
    expect(versions[0]?.updatedBy.memberId).toBe(members.kim.id);

    const first = versions[0];
    if (!first) throw new Error('no first version');
    later(VERSION_PAUSE_MS + 1);
    await restoreVersion(kim, first);
    expect((await listVisitAnswers(kim.db, visit.id))[0]?.body.text).toBe('중앙과 지방의 역할 구분이 명확하지 않다');
    expect(await listVersions(kim.db, typed.id)).toHaveLength(3);
  });
});

describe('history of a note', () => {
  it('keeps what was there before each new stretch of editing, even minutes after the last save', async () => {
    const { kim, members, visit, questions, later } = await setUp();
    const key = {
      tripId: SAMPLE_TRIP_ID,
      visitId: visit.id,
      questionId: questions[1]?.id ?? '',
      memberId: members.kim.id,
    };
    const first = await saveAnswer(inStretch(kim, 'morning'), key, '과학기술진흥과가 담당', 'ko');
    later(9 * 60 * 1000 + 50 * 1000);
    await saveAnswer(inStretch(kim, 'afternoon'), key, '과학기술진흥과와 기획과가 함께 담당', 'ko');
    const texts = (await listVersions(kim.db, first.id)).map((v) => (v.content.body as { text: string }).text);
    expect(texts).toEqual(['과학기술진흥과가 담당', '과학기술진흥과와 기획과가 함께 담당']);
  });

  it('keeps a text replaced a second after it was typed', async () => {
    const { kim, members, visit, questions, later } = await setUp();
    const key = {
      tripId: SAMPLE_TRIP_ID,
      visitId: visit.id,
      questionId: questions[2]?.id ?? '',
      memberId: members.kim.id,
    };
    const first = await saveAnswer(inStretch(kim), key, 'A 원문', 'ko');
    later(1000);
    await saveAnswer(inStretch(kim), key, 'B', 'ko');
    const texts = (await listVersions(kim.db, first.id)).map((v) => (v.content.body as { text: string }).text);
    expect(texts).toEqual(['A 원문', 'B']);
  });

  it('makes every restore a version of its own, so the text it replaced can be restored in turn', async () => {
    const { kim, members, visit, questions, later } = await setUp();
    const key = {
      tripId: SAMPLE_TRIP_ID,
      visitId: visit.id,
      questionId: questions[4]?.id ?? '',
      memberId: members.kim.id,
    };
    const first = await saveAnswer(inStretch(kim, 'a'), key, '첫 답변', 'ko');
    later(1000);
    await saveAnswer(inStretch(kim, 'b'), key, '고친 답변', 'ko');
    const [original] = await listVersions(kim.db, first.id);
    if (!original) throw new Error('no version');
    later(1000);
    await restoreVersion(kim, original);
    later(1000);
    await saveAnswer(inStretch(kim, 'b'), key, '고친 답변, 다시', 'ko');
    const texts = (await listVersions(kim.db, first.id)).map((v) => (v.content.body as { text: string }).text);
    expect(texts).toEqual(['첫 답변', '고친 답변', '첫 답변', '고친 답변, 다시']);
  });
});

describe('checklist editing', () => {
  it('adds, rewords and reorders questions, and retiring one keeps its answers', async () => {
    const { base, kim, members, visit, questions } = await setUp();
    const universities = questions[5];
    if (!universities) throw new Error('no question 6');
    await saveAnswer(
      kim,
      { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: universities.id, memberId: members.kim.id },
      '큐슈 27개 대학',
      'ko',
    );

    const added = await addQuestion(base, SAMPLE_TRIP_ID, {
      ko: '국제협력은 어떻게 하는가?',
      ja: '国際協力はどう進めているか。',
    });
    await rewordQuestion(base, added.id, {
      ko: '외국 지방과의 협력은 어떻게 하는가?',
      ja: '外国の地方との協力はどう進めているか。',
    });
    await moveQuestion(base, added.id, -1);
    await retireQuestion(base, universities.id);

    const after = await listQuestions(base.db, SAMPLE_TRIP_ID);
    expect(after.map((q) => q.text.ko)).toEqual([
      '중앙정부와의 협력을 어떻게 수행하고 있는가?',
      '지자체의 과학기술행정체제는 어떠한가?',
      '지자체의 과학기술정책이 어떻게 추진되고 있는가?',
      '지자체의 과학기술예산은 어떻게 조달되고 있는가?',
      '지역의 과학기술하부구조는 어떻게 구축되고 있는가?',
      '외국 지방과의 협력은 어떻게 하는가?',
      '지방대학의 역할은 어떠한가?',
    ]);
    expect(after.find((q) => q.id === universities.id)?.retiredAt).not.toBeNull();
    expect((await listVisitAnswers(base.db, visit.id)).map((a) => a.body.text)).toEqual(['큐슈 27개 대학']);
  });
});

describe('minutes', () => {
  it('saves a visit’s minutes as one record, with history', async () => {
    const { kim, members, visit } = await setUp();
    const text = (t: string) => ({ lang: 'ko' as const, text: t, translations: {} });
    const minutes = {
      hostAttendees: [{ name: {}, title: { ja: '福岡県知事' }, contact: '' }],
      delegationAttendeeIds: [members.kim.id, members.lee.id],
      agenda: [],
      discussion: text('- 산학 공동연구\n- 중소기업청 활용'),
      decisions: text(''),
      followUps: [],
    };
    await saveMinutes(inStretch(kim), SAMPLE_TRIP_ID, visit.id, minutes);
    await saveMinutes(inStretch(kim), SAMPLE_TRIP_ID, visit.id, { ...minutes, decisions: text('자료 요청') });
    const saved = await getMinutes(kim.db, visit.id);
    expect(saved?.decisions.text).toBe('자료 요청');
    expect(saved && recordSchemas.minutes.safeParse(saved).success).toBe(true);
    expect(await kim.db.minutes.where('visitId').equals(visit.id).count()).toBe(1);
    expect(await listVersions(kim.db, saved?.id ?? '')).toHaveLength(1);
  });
});

describe('the language of what is written', () => {
  it('is marked on every text of the minutes and of a Q&A note, by its script; the writer’s language decides for kanji alone', async () => {
    const { kim, visit } = await setUp();
    const ko = (text: string) => ({ lang: 'ko' as const, text, translations: {} });
    const minutes = await saveMinutes(
      kim,
      SAMPLE_TRIP_ID,
      visit.id,
      {
        hostAttendees: [],
        delegationAttendeeIds: [],
        agenda: [{ id: visit.id, title: ko('県の予算について'), notes: ko('현 예산') }],
        discussion: ko('予算は四分の一'),
        decisions: ko('科学技術庁'),
        followUps: [{ id: visit.id, text: ko('資料を送ってもらう'), ownerId: null, done: false }],
      },
      'ko',
    );
    expect(minutes.agenda[0]?.title.lang).toBe('ja');
    expect(minutes.agenda[0]?.notes.lang).toBe('ko');
    expect(minutes.discussion.lang).toBe('ja');
    expect(minutes.decisions.lang).toBe('ko');
    expect(minutes.followUps[0]?.text.lang).toBe('ja');

    const note = await addQaNote(
      kim,
      SAMPLE_TRIP_ID,
      visit.id,
      { ...blankQa, question: ko('予算の配分は？'), answer: ko('科学技術庁') },
      { lang: 'ja' },
    );
    expect([note.question.lang, note.answer.lang]).toEqual(['ja', 'ja']);
  });
});

describe('Q&A notes', () => {
  it('keeps notes in the order taken, edits them and deletes with undo', async () => {
    const { kim, members, visit, questions } = await setUp();
    const first = await addQaNote(kim, SAMPLE_TRIP_ID, visit.id, {
      ...blankQa,
      question: { lang: 'ko', text: '과학기술 예산의 비중은?', translations: {} },
      askedBy: members.kim.id,
      time: '15:40',
      checklistQuestionIds: [questions[3]?.id ?? ''],
    });
    await addQaNote(kim, SAMPLE_TRIP_ID, visit.id, {
      ...blankQa,
      question: { lang: 'ko', text: '두 번째', translations: {} },
    });
    await updateQaNote(kim, first.id, {
      ...blankQa,
      question: first.question,
      answer: { lang: 'ko', text: '1/4~1/5', translations: {} },
    });

    const notes = await listQaNotes(kim.db, visit.id);
    expect(notes.map((n) => n.question.text)).toEqual(['과학기술 예산의 비중은?', '두 번째']);
    expect(notes[0]?.answer.text).toBe('1/4~1/5');
    await deleteQaNote(kim, first.id);
    expect(await listQaNotes(kim.db, visit.id)).toHaveLength(1);
    await restoreQaNote(kim, first.id);
    expect(await listQaNotes(kim.db, visit.id)).toHaveLength(2);
  });
});
