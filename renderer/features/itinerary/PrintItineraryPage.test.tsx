import { WORD_JOINER } from '@shared/report/dates';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { namedGovernor } from '../../../test/fixtures/sampleReport';
import { sampleVisit } from '../../../test/fixtures/sampleVisit';
import { updateHostPerson } from '../../data/records/hostPeople';
import { PrintItineraryPage } from './PrintItineraryPage';

/** Texts as a reader sees them: the word joiners that keep a time range on one line are invisible. */
const asRead = { normalizer: (text: string) => text.replaceAll(WORD_JOINER, '').trim() };

describe('the printed itinerary', () => {
  it('gives the organiser, times, an address and a place in each language, then Japanese alone (Japanese interface)', async () => {
    const { base } = await sampleVisit('福岡県庁');
    await renderWithStore('ja', base, <PrintItineraryPage tripId={SAMPLE_TRIP_ID} />);
    const document = await screen.findByRole('article');
    const organiser = within(document).getByText('科学技術政策管理研究所（STEPI）科学技術国際協力団');
    expect(organiser.getAttribute('lang')).toBe('ja');
    expect(within(document).getByText('과학기술정책관리연구소 (STEPI) 과학기술국제협력단').getAttribute('lang')).toBe(
      'ko',
    );
    // The time in each language's own words and range mark, in its own zone, on the 24-hour clock.
    expect(within(document).getByText('10:00（韓国標準時）～11:20（日本標準時）', asRead).getAttribute('lang')).toBe(
      'ja',
    );
    expect(within(document).getByText('10:00 (한국 표준시)~11:20 (일본 표준시)', asRead).getAttribute('lang')).toBe(
      'ko',
    );
    // Under the address, whom the delegation meets there, with their title.
    expect(within(document).getByText('福岡県福岡市博多区東公園7-7 福岡県知事').getAttribute('lang')).toBe('ja');
    expect(
      within(document).getByText('후쿠오카현 후쿠오카시 하카타구 히가시코엔 7-7 후쿠오카현 지사').getAttribute('lang'),
    ).toBe('ko');
    expect(within(document).getAllByText('博多駅')[0]?.getAttribute('lang')).toBe('ja');
    // The roster's affiliations are written in Korean and Japanese: nothing left untranslated.
    expect(within(document).getAllByText('京畿道')[0]?.getAttribute('lang')).toBe('ja');
    expect(within(document).getAllByText('경기도')[0]?.getAttribute('lang')).toBe('ko');
    expect(screen.queryByText(/未翻訳の文/)).toBeNull();
    // Side by side, a day's heading stands above its table in both languages at once.
    const day = within(document).getByRole('heading', { level: 3, name: /3日目　1996年10月22日\(火\)/ });
    expect(day.textContent).toMatch(/^3일차 .*1996년 10월 22일 \(화\) \/ 3日目/);

    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'レイアウト' }), '日本語');
    expect(within(screen.getByRole('article')).queryByText('후쿠오카현청')).toBeNull();
    expect(within(screen.getByRole('article')).getAllByText('福岡県庁').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Word (.docx) で保存' })).toBeTruthy();

    // The hosts may read their dates in the Japanese era.
    await userEvent.setup().click(screen.getByRole('checkbox', { name: '日本語の日付を和暦で（平成8年）' }));
    expect(
      within(screen.getByRole('article')).getByRole('heading', { level: 3, name: /^3日目　平成8年10月22日\(火\)/ }),
    ).toBeTruthy();
  });

  it('names the governor as corrected on the People screen, his reading over his Japanese name', async () => {
    const { base } = await sampleVisit('福岡県庁');
    const governor = namedGovernor();
    await updateHostPerson(base, SAMPLE_TRIP_ID, governor.id, governor);
    await renderWithStore('ja', base, <PrintItineraryPage tripId={SAMPLE_TRIP_ID} />);
    const document = await screen.findByRole('article');
    const ruby = await within(document).findByText((_, element) => element?.tagName === 'RUBY');
    expect(ruby.textContent).toBe('麻生 渡（あそう わたる）');
    expect(ruby.closest('[lang]')?.getAttribute('lang')).toBe('ja');
    expect(document.querySelectorAll('ruby')).toHaveLength(1);
    expect(
      within(document)
        .getByText(/후쿠오카현 지사 아소 와타루$/)
        .getAttribute('lang'),
    ).toBe('ko');
  });
});
