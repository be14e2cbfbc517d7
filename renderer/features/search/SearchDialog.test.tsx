import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { renderWithStore } from '../../../test/fixtures/renderWithStore';
import { openTestStore } from '../../../test/fixtures/store';
import { loadSampleTrip } from '../../data/records/sampleTrip';
import { SearchDialog } from './SearchDialog';

async function openSearch(language: 'ko' | 'ja') {
  const store = await openTestStore();
  await loadSampleTrip(store);
  window.location.hash = `#/trips/${SAMPLE_TRIP_ID}`;
  await renderWithStore(
    language,
    store,
    <Router hook={useHashLocation}>
      <SearchDialog tripId={SAMPLE_TRIP_ID} onClose={() => {}} />
    </Router>,
  );
  const query = language === 'ko' ? '찾을 말' : '探す言葉';
  return { store, field: screen.getByRole('combobox', { name: query }) as HTMLInputElement };
}

/** Letters as an input method shows them while it composes them, the word not committed yet. */
function composing(field: HTMLInputElement, steps: readonly string[]) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  fireEvent.compositionStart(field);
  for (const step of steps) {
    setValue?.call(field, step);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: step }));
  }
}

/** What the palette says of its search (the page has a status line of its own too). */
const status = () => document.querySelector('.search-dialog__status')?.textContent ?? null;

const hits = () => within(screen.getByRole('listbox')).queryAllByRole('option');

describe('the search palette', () => {
  it('finds a word inside compounds, before particles, in Korean, grouped by kind, the match marked (Korean)', async () => {
    const { field } = await openSearch('ko');
    await userEvent.setup().type(field, '예산');
    await waitFor(() => expect(hits().length).toBeGreaterThan(0));
    const marked = hits().flatMap((hit) => [...hit.querySelectorAll('mark')].map((mark) => mark.textContent));
    expect(new Set(marked)).toEqual(new Set(['예산']));
    // Grouped by kind, each group named for a screen reader: the members' answers first.
    const groups = within(screen.getByRole('listbox')).getAllByRole('group');
    expect(groups[0]?.getAttribute('aria-label')).toBe('체크사항 답변');
    expect(status()).toMatch(/^\d+곳$/);
  });

  it('searches on the word an input method commits, not on each letter it composes (Korean, then Japanese)', async () => {
    const { field } = await openSearch('ko');
    await waitFor(() => expect(status()).toBe(''));
    // 예 alone would find many notes: while the input method composes, nothing is searched.
    act(() => composing(field, ['ㅇ', '예', '옛', '예사', '예산']));
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(hits()).toHaveLength(0);
    expect(status()).toBe('');
    act(() => {
      fireEvent.compositionEnd(field, { data: '예산' });
    });
    await waitFor(() => expect(hits().length).toBeGreaterThan(0));
    for (const hit of hits()) expect(hit.querySelector('mark')?.textContent).toBe('예산');

    act(() => {
      composing(field, ['ふ', 'ふく', 'ふくおか', '福岡']);
      fireEvent.compositionEnd(field, { data: '福岡' });
    });
    // The committed word, and the place's Korean rendering (후쿠오카): never a letter in the making.
    await waitFor(() =>
      expect(new Set(hits().map((hit) => hit.querySelector('mark')?.textContent))).toEqual(
        new Set(['福岡', '후쿠오카']),
      ),
    );
  });

  it('opens a hit with the arrow keys and Enter, on the screen that shows it', async () => {
    const { field } = await openSearch('ko');
    const user = userEvent.setup();
    await user.type(field, '공업기술센터');
    await waitFor(() => expect(hits().length).toBeGreaterThan(1));
    await user.keyboard('{ArrowDown}');
    expect(hits()[1]?.getAttribute('aria-selected')).toBe('true');
    expect(field.getAttribute('aria-activedescendant')).toBe(hits()[1]?.id);
    await user.keyboard('{ArrowUp}{Enter}');
    await waitFor(() => expect(window.location.hash).not.toBe(`#/trips/${SAMPLE_TRIP_ID}`));
    expect(window.location.hash).toMatch(new RegExp(`^#/trips/${SAMPLE_TRIP_ID}/`));
  });

  it('says when nothing holds the query', async () => {
    const { field } = await openSearch('ja');
    await userEvent.setup().type(field, 'zzzz없는말');
    await waitFor(() => expect(status()).toBe('「zzzz없는말」を含む箇所はありません。'));
    expect(hits()).toHaveLength(0);
  });
});
