import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { namedGovernor } from '../../../test/fixtures/sampleReport';
import { openTestStore } from '../../../test/fixtures/store';
import { asMember } from '../../data/database/store';
import { setCurrentMember } from '../../data/device/currentMember';
import { saveAnswer } from '../../data/records/checklistAnswers';
import { listQuestions } from '../../data/records/checklistQuestions';
import { updateHostPerson } from '../../data/records/hostPeople';
import { listItinerary } from '../../data/records/itineraryItems';
import { listMembers } from '../../data/records/members';
import { listReportNotes } from '../../data/records/reportNotes';
import { loadSampleTrip } from '../../data/records/sampleTrip';
import { ReportPage } from './ReportPage';

/**
 * The sample's report on the leader's screen; `untranslated`: with a
 * member's answer written after the sample's texts were all translated.
 */
async function showReport({ untranslated = false } = {}) {
  const store = await openTestStore();
  await loadSampleTrip(store);
  if (untranslated) {
    const [question] = await listQuestions(store.db, SAMPLE_TRIP_ID);
    const visit = (await listItinerary(store.db, SAMPLE_TRIP_ID)).find((item) => item.kind === 'visit');
    const member = (await listMembers(store.db, SAMPLE_TRIP_ID)).find((found) => found.role === 'member');
    if (!question || !visit || !member) throw new Error('The sample has no question, visit or member');
    const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId: member.id };
    await saveAnswer(asMember(store, member.id), key, '현청이 중소기업의 연구계획서를 모은다', 'ko');
  }
  const leader = (await listMembers(store.db, SAMPLE_TRIP_ID)).find((member) => member.role === 'organiser');
  await setCurrentMember(store.db, SAMPLE_TRIP_ID, leader?.id ?? null);
  await renderWithStore('ja', store, <ReportPage tripId={SAMPLE_TRIP_ID} />);
  await screen.findByRole('heading', { level: 1, name: '研修結果報告書' });
  return { store, report: () => screen.getByRole('article'), user: userEvent.setup() };
}

const contents = () =>
  within(screen.getByRole('article'))
    .getAllByRole('listitem')
    .filter((item) => item.closest('.doc__contents'))
    .map((item) => item.textContent);

describe('the report screen', () => {
  it('shows the report side by side by default, then in Japanese alone, and says how many texts lack a translation (Japanese)', async () => {
    const { report, user } = await showReport({ untranslated: true });
    expect(within(report()).getAllByRole('columnheader', { name: '한국어' }).length).toBeGreaterThan(0);
    expect(screen.getByText(/日本語：未翻訳の文 \d+ 件/)).toBeTruthy();

    const japanese = /日本語：未翻訳の文 \d+ 件/;
    const missing = screen.getByText(japanese).textContent?.match(japanese)?.[0];
    await user.click(screen.getByRole('radio', { name: '日本語' }));
    expect(within(report()).queryAllByRole('columnheader', { name: '한국어' })).toHaveLength(0);
    // A member's Korean answer is still untranslated in a Japanese report: it says so, the same count.
    expect(screen.getByText(japanese).textContent).toBe(missing);
    expect(within(report()).getByRole('heading', { level: 2, name: 'チェック項目別の調査結果' })).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: '日本語の日付を和暦で（平成8年）' }));
    await waitFor(() => expect(report().textContent).toContain('平成8年10月20日'));
  });

  it('leaves out and moves sections by keyboard alone', async () => {
    const { user } = await showReport();
    const before = contents();
    expect(before[0]).toContain('チェック項目別の調査結果');
    screen.getByRole('button', { name: '「訪問先別の概要」を下へ' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(contents()[2]).toContain('訪問先別の概要'));
    screen.getByRole('checkbox', { name: '付録：研修団名簿' }).focus();
    await user.keyboard(' ');
    await waitFor(() => expect(contents()).toHaveLength(before.length - 1));
    expect(contents().some((item) => item?.includes('付録：研修団名簿'))).toBe(false);
  });

  it('asks before exporting when texts are untranslated, and exports nothing on Cancel', async () => {
    const { user } = await showReport({ untranslated: true });
    await user.click(screen.getByRole('button', { name: 'Word (.docx)' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(/未翻訳の文が \d+ 件あります/)).toBeTruthy();
    // The mark named as the file prints it in the language it is missing in.
    expect(within(dialog).getByText(/その箇所に \[未翻訳\] の印と原文が載ります/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
    // Neither its progress nor its outcome: the sample's own texts may say 作成中 too.
    expect(screen.queryByText(/^Word \(\.docx\) を作成中…$/)).toBeNull();
    expect(screen.queryByText(/\.docx として保存しました$/)).toBeNull();
  });

  it('lets an organiser write the finding for a question, saved as typed', async () => {
    const { store, user } = await showReport();
    const finding = await screen.findByLabelText(/^チェック項目3の調査結果：/);
    await user.clear(finding);
    await user.type(finding, '県予算の4分の1から5分の1を科学技術に充てる');
    const third = (await listQuestions(store.db, SAMPLE_TRIP_ID))[2];
    await waitFor(async () => {
      const notes = await listReportNotes(store.db, SAMPLE_TRIP_ID);
      const written = notes.find((note) => note.kind === 'finding' && note.questionId === third?.id);
      expect(written?.body.text).toBe('県予算の4分の1から5分の1を科学技術に充てる');
    });
    // The report below shows it under the question.
    await waitFor(() =>
      expect(screen.getByRole('article').textContent).toContain('県予算の4分の1から5分の1を科学技術に充てる'),
    );
    // Like every note, it has its history: each version with who wrote it.
    await user.click(screen.getByRole('button', { name: /^履歴: チェック項目3の調査結果：/ }));
    const history = await screen.findByRole('dialog');
    await waitFor(() =>
      expect(within(history).getAllByText(/県予算の4分の1から5分の1を科学技術に充てる/).length).toBeGreaterThan(0),
    );
    expect(within(history).getAllByText(/STEPI/).length).toBeGreaterThan(0);
  });

  it('makes one visit’s summary for its hosts instead of the whole report', async () => {
    const { report, user } = await showReport();
    const choice = screen.getByRole('combobox', { name: '文書' });
    const fukuoka = within(choice)
      .getAllByRole('option')
      .find((option) => option.textContent?.startsWith('福岡県庁の概要'));
    await user.selectOptions(choice, fukuoka?.getAttribute('value') ?? '');
    await waitFor(() =>
      expect(
        within(report())
          .getAllByRole('heading', { level: 1 })
          .map((heading) => heading.textContent),
      ).toContain('福岡県庁'),
    );
    expect(within(report()).queryByRole('heading', { name: /付録：研修団名簿/ })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: '付録：研修団名簿' })).toBeNull();
  });

  it('lists the hosts present at a visit, and shows the governor as corrected meanwhile, his reading over his name', async () => {
    const { store, report } = await showReport();
    expect(report().textContent).toContain('先方出席者: 福岡県知事');
    expect(report().querySelector('ruby')).toBeNull();
    const governor = namedGovernor();
    await updateHostPerson(store, SAMPLE_TRIP_ID, governor.id, governor);
    await waitFor(() => expect(report().textContent).toContain('先方出席者: 福岡県知事 麻生 渡（あそう わたる）'));
    expect(report().textContent).toContain('상대측 참석자: 후쿠오카현 지사 아소 와타루');
    for (const ruby of report().querySelectorAll('ruby'))
      expect(ruby.closest('[lang]')?.getAttribute('lang')).toBe('ja');
  });
});
