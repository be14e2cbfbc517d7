import { letterNoteKey } from '@shared/letters/hosts';
import { answerId, reportNoteId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { organiserAndMember } from '../../../test/fixtures/syncedDevices';
import { AUTOSAVE_DELAY_MS } from '../../components/autosave/useAutosave';
import { asMember, type Store } from '../../data/database/store';
import { saveAnswer } from '../../data/records/checklistAnswers';
import { listQuestions } from '../../data/records/checklistQuestions';
import { listItinerary } from '../../data/records/itineraryItems';
import { listMembers } from '../../data/records/members';
import { writeNote } from '../../data/records/noteTargets';
import { listReportNotes, saveReportNote } from '../../data/records/reportNotes';
import { saveTranslation } from '../../data/records/translations';
import { syncTrip } from '../../data/sync/syncTrip';
import { TranslationPage } from './TranslationPage';

const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

/**
 * The sample's Q&A and answers as their writers left them, their Japanese
 * taken out (the sample comes with every text translated): what these tests translate.
 */
async function untranslated(store: Store) {
  for (const note of await store.db.qaNotes.where('tripId').equals(SAMPLE_TRIP_ID).toArray()) {
    for (const field of ['question', 'answer'] as const)
      await saveTranslation(store, { table: 'qaNotes', id: note.id, field }, 'ja', '');
  }
  for (const answer of await store.db.checklistAnswers.where('tripId').equals(SAMPLE_TRIP_ID).toArray())
    await saveTranslation(store, { table: 'checklistAnswers', id: answer.id, field: 'body' }, 'ja', '');
}

/** The text on the screen of a kind (its label) whose original marks `term`, with its translation fields. */
async function textWithTerm(term: string, kind: RegExp): Promise<HTMLElement> {
  const marks = await screen.findAllByText(term, { selector: 'mark' });
  const article = marks
    .map((mark) => mark.closest('article'))
    .find((found) => kind.test(found?.getAttribute('aria-label') ?? ''));
  if (!article) throw new Error(`No text with ${term}`);
  return article as HTMLElement;
}

/** Pages on (the screen shows 30 texts at a time) until the element `selector` is shown. */
async function pageTo(selector: string): Promise<Element> {
  await screen.findByRole('navigation', { name: '페이지' });
  for (;;) {
    const found = document.querySelector(selector);
    if (found) return found;
    const next = screen.getByRole('button', { name: '다음 페이지' }) as HTMLButtonElement;
    if (next.disabled) throw new Error(`No ${selector} on any page`);
    fireEvent.click(next);
    await pause(0);
  }
}

async function storedAnswer(base: Awaited<ReturnType<typeof sampleVisit>>['base'], text: string) {
  const notes = await base.db.qaNotes.toArray();
  return notes.find((note) => note.answer.text.includes(text))?.answer;
}

describe('the translation screen (Korean)', () => {
  it('lists what the organiser wrote for a thank-you letter by its host, and saves its Korean translation for the copy', async () => {
    const { base, store, trip, visit, members } = await sampleVisit('福岡県庁');
    const leader = members.find((member) => member.role === 'organiser');
    if (!leader) throw new Error('The sample trip has no organiser');
    const key = letterNoteKey({ key: visit.id });
    await saveReportNote(asMember(base, leader.id), SAMPLE_TRIP_ID, key, 'リサーチパークの運営を学びました。', 'ja');
    await renderWithStore('ko', store, <TranslationPage tripId={trip.id} />);
    const user = userEvent.setup();
    const id = reportNoteId(SAMPLE_TRIP_ID, key);
    const field = await pageTo(`[data-translation="reportNotes:${id}:body:ko"]`);
    expect(field.closest('article')?.getAttribute('aria-label')).toBe('감사 서한: 후쿠오카현청');
    await user.type(field as HTMLTextAreaElement, '리서치파크의 운영을 배웠습니다.');
    await pause(AUTOSAVE_DELAY_MS + 200);
    const saved = (await listReportNotes(base.db, SAMPLE_TRIP_ID)).find((note) => note.id === id);
    expect(saved?.body.translations.ko).toBe('리서치파크의 운영을 배웠습니다.');
  });

  it('shows where each text stands, offers the glossary’s term, flags a term rendered otherwise, saves a draft and its review', async () => {
    const { base, store, trip } = await sampleVisit('福岡県庁');
    await untranslated(base);
    await renderWithStore('ko', store, <TranslationPage tripId={trip.id} />);
    const user = userEvent.setup();

    expect(await screen.findByText(/^일본어: 미번역 \d+, 초안 0, 완료 \d+ \/ 전체 \d+$/)).toBeTruthy();
    const article = await textWithTerm('중소기업청', /^질의응답: 답변$/);
    expect(within(article).getAllByText('중소기업청', { selector: 'mark' })[0]?.getAttribute('title')).toBe(
      '中小企業庁',
    );
    expect(within(article).getByText('미번역')).toBeTruthy();

    const field = within(article).getByLabelText('일본어 번역');
    await user.type(field, '中小企業省の補助金');
    expect(
      within(article).getByText('원문의 “중소기업청”은 용어집에서 “中小企業庁”(으)로 정했지만, 이 번역에는 없습니다.'),
    ).toBeTruthy();
    await user.clear(field);
    await user.click(within(article).getByRole('button', { name: '中小企業庁 넣기' }));
    await user.type(field, 'の補助金');
    expect(within(article).queryByText(/원문의 “중소기업청”/)).toBeNull();
    await pause(AUTOSAVE_DELAY_MS + 200);

    expect((await storedAnswer(base, '중소기업청'))?.translations.ja).toBe('中小企業庁の補助金');
    expect(await within(article).findByText('초안')).toBeTruthy();
    expect(screen.getByText(/^일본어: 미번역 \d+, 초안 1,/)).toBeTruthy();
    expect(screen.getByText('모든 변경 내용을 저장했습니다')).toBeTruthy();

    await user.click(within(article).getByRole('checkbox', { name: '검토 완료' }));
    expect(await within(article).findByText('검토 완료', { selector: '.badge' })).toBeTruthy();
    expect((await storedAnswer(base, '중소기업청'))?.reviewed?.ja).toBe(true);
  });

  it('filters to the texts missing a translation, and Alt+↓ moves the focus to the next missing one', async () => {
    const { base, store, trip } = await sampleVisit('福岡県庁');
    await untranslated(base);
    await renderWithStore('ko', store, <TranslationPage tripId={trip.id} />);
    const user = userEvent.setup();
    const article = await textWithTerm('중소기업청', /^질의응답: 답변$/);
    await user.type(within(article).getByLabelText('일본어 번역'), '翻訳');
    await pause(AUTOSAVE_DELAY_MS + 200);

    await user.click(screen.getByRole('radio', { name: '번역이 없는 글' }));
    expect(screen.queryByDisplayValue('翻訳')).toBeNull();
    expect(screen.queryByText('초안', { selector: '.badge' })).toBeNull();
    expect(screen.getAllByText('미번역', { selector: '.badge' }).length).toBeGreaterThan(0);

    expect(screen.getByText(/Alt\+↓/, { selector: 'p' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'ArrowDown', altKey: true });
    const first = await waitForFocus();
    fireEvent.keyDown(first, { key: 'ArrowDown', altKey: true });
    const second = await waitForFocus(first);
    expect(second).not.toBe(first);
    expect(second.closest('.translation__field')?.querySelector('.badge')?.textContent).toBe('미번역');
  });
});

describe('names on the translation screen', () => {
  it('writes a name in the other language on leaving the field, and says when it is too long', async () => {
    const { base, store, trip } = await sampleVisit('福岡県庁');
    await renderWithStore('ko', store, <TranslationPage tripId={trip.id} />);
    const user = userEvent.setup();
    const title = within(await screen.findByRole('article', { name: '연수 제목' })).getByLabelText('일본어 표기');

    await user.clear(title);
    await user.type(title, '日本視察団');
    await user.tab();
    await waitFor(async () => expect((await base.db.trips.get(trip.id))?.title.ja).toBe('日本視察団'));
    expect((title as HTMLInputElement).value).toBe('日本視察団');

    await user.type(title, '団'.repeat(200));
    await user.keyboard('{Enter}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/200자/);
    expect((await base.db.trips.get(trip.id))?.title.ja).toBe('日本視察団');
  });
});

/** The translation field that has the focus once it moves (away from `from`). */
async function waitForFocus(from?: Element): Promise<HTMLElement> {
  for (let tries = 0; tries < 20; tries++) {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.dataset.translation && active !== from) return active;
    await pause(20);
  }
  throw new Error('The focus did not move to a translation');
}

describe('the translation screen (Japanese)', () => {
  it('translates both ways: a Korean note into Japanese, a Japanese note into Korean, and goes to the next missing one', async () => {
    const { base, store, trip, visit, me } = await sampleVisit('福岡県庁');
    await untranslated(base);
    const [first] = await listQuestions(store.db, trip.id);
    if (!first) throw new Error('no question');
    await saveAnswer(
      store,
      { tripId: trip.id, visitId: visit.id, questionId: first.id, memberId: me.id },
      '県と科学技術庁の連携が進んでいる。',
      'ja',
    );
    await renderWithStore('ja', store, <TranslationPage tripId={trip.id} />);
    const user = userEvent.setup();

    expect(await screen.findByText(/^日本語：未翻訳 \d+、下書き 0、完了 \d+／全 \d+$/)).toBeTruthy();
    expect(screen.getByText(/^韓国語：未翻訳 1、下書き 0、完了 0／全 1$/)).toBeTruthy();
    const japanese = await textWithTerm('科学技術庁', /^質問1への回答/);
    expect(within(japanese).getByText('原文（日本語）')).toBeTruthy();
    expect(within(japanese).getAllByText('科学技術庁', { selector: 'mark' })[0]?.getAttribute('title')).toBe(
      '과학기술청',
    );
    expect(within(japanese).getByRole('button', { name: '과학기술청を挿入' })).toBeTruthy();
    // Japan's agency taken for Korea's ministry, the two bodies the glossary keeps apart.
    await user.type(within(japanese).getByLabelText('韓国語訳'), '현과 과학기술처의 협력');
    expect(within(japanese).getByText(/原文の「科学技術庁」は用語集で「과학기술청」と決めています/)).toBeTruthy();
    // Saved, the translation is a draft: "next missing" no longer goes to it (on a busy machine the save takes a while).
    await waitFor(() => expect(within(japanese).getByText('下書き', { selector: '.badge' })).toBeTruthy(), {
      timeout: 3000,
    });

    const korean = await textWithTerm('중소기업청', /^質疑応答：回答$/);
    expect(within(korean).getByText('未翻訳')).toBeTruthy();
    expect(within(korean).getByLabelText('日本語訳')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: '韓国語' }));
    expect(screen.getAllByRole('article')).toEqual([japanese]);
    await user.click(screen.getByRole('radio', { name: '両方向' }));
    await user.click(screen.getByRole('radio', { name: '未確認の文章' }));
    await user.click(screen.getByRole('button', { name: /次の未翻訳へ/ }));
    const focused = await waitForFocus();
    expect(focused.closest('.translation__field')?.querySelector('.badge')?.textContent).toBe('未翻訳');
  });
});

describe('a translation written on another device', () => {
  it('replaces the one shown while nothing is typed here, and says whose it is', async () => {
    const { server, organiser, member, memberId } = await organiserAndMember();
    const [question] = await listQuestions(member.db, SAMPLE_TRIP_ID);
    const visit = (await listItinerary(member.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '岐阜県庁');
    const writer = (await listMembers(member.db, SAMPLE_TRIP_ID)).find((candidate) => candidate.id === memberId);
    if (!question || !visit || !writer) throw new Error('The sample trip is incomplete');
    const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId };
    await saveAnswer(member, key, '기후현은 정보 산업 연구 거점을 육성한다', 'ko');
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    await syncTrip(organiser, server, SAMPLE_TRIP_ID);
    await renderWithStore('ko', organiser, <TranslationPage tripId={SAMPLE_TRIP_ID} />);
    const text = { table: 'checklistAnswers' as const, id: answerId(visit.id, question.id, memberId), field: 'body' };
    const field = await pageTo(`[data-translation="checklistAnswers:${text.id}:body:ja"]`);
    const answer = field.closest('article');
    if (!answer) throw new Error('The answer is not on the screen');
    const said = () => within(answer).getByRole('status').textContent;
    expect(said()).toBe('');

    // The member translates their own answer on their laptop.
    await writeNote(
      member,
      { kind: 'translation', tripId: SAMPLE_TRIP_ID, text, lang: 'ja' },
      '岐阜県は情報産業の研究拠点を育てる',
    );
    await syncTrip(member, server, SAMPLE_TRIP_ID);
    await act(() => syncTrip(organiser, server, SAMPLE_TRIP_ID));

    await waitFor(() => expect((field as HTMLTextAreaElement).value).toBe('岐阜県は情報産業の研究拠点を育てる'));
    expect(said()).toBe(`${writer.name} 님이 쓴 내용으로 바뀌었습니다`);
  });
});
