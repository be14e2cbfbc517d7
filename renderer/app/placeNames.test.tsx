import type { Language } from '@shared/i18n/languages';
import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/fixtures/renderWithStore';
import { sampleVisit } from '../../test/fixtures/sampleVisit';
import { ChecklistEditorPage } from '../features/checklist/ChecklistEditorPage';
import { CoveragePage } from '../features/coverage/CoveragePage';
import { NotesPage } from '../features/notes/NotesPage';
import { link } from '../services/paths';

/**
 * Three places a visit's page leads to, each by its own name: the trip's questions (their
 * editor), the answers given at this visit (a tab of its notes) and the matrix of what is
 * answered where (coverage). One word for two of them sent members to the wrong one.
 */
const NAMES: Record<Language, { questions: string; answers: string; coverage: string }> = {
  ko: { questions: '체크사항', answers: '답변', coverage: '답변 현황' },
  ja: { questions: 'チェック項目', answers: '回答', coverage: '回答状況' },
  en: { questions: 'Checklist questions', answers: 'Answers', coverage: 'Coverage' },
};

/** Each link's name as read aloud, with the address it leads to. */
function linksIn(container: HTMLElement): [string, string][] {
  return within(container)
    .getAllByRole('link')
    .map((link) => [link.textContent ?? '', link.getAttribute('href') ?? '']);
}

describe('the names of the places a visit’s page leads to', () => {
  for (const language of ['ko', 'ja', 'en'] as const) {
    it(`names the questions, the answers and the coverage apart, in ${language}`, async () => {
      const { base, trip, visit } = await sampleVisit('福岡県庁');
      const names = NAMES[language];
      const { unmount } = await renderWithStore(language, base, <NotesPage tripId={trip.id} visitId={visit.id} />);
      const [tripNav, tabs] = await screen.findAllByRole('navigation');
      if (!tripNav || !tabs) throw new Error('the visit’s page has no trip menu or no tabs');
      const links = [...linksIn(tripNav), ...linksIn(tabs)];

      const to = (path: string) => expect.stringMatching(new RegExp(`${path}$`));
      expect(links).toContainEqual([names.questions, to(link('checklist', { tripId: trip.id }))]);
      expect(links).toContainEqual([names.coverage, to(link('coverage', { tripId: trip.id }))]);
      expect(links).toContainEqual([
        names.answers,
        to(link('notes', { tripId: trip.id, visitId: visit.id, section: 'checklist' })),
      ]);
      // No word on the page for two places.
      const placesByName = new Map<string, Set<string>>();
      for (const [name, href] of links) placesByName.set(name, (placesByName.get(name) ?? new Set()).add(href));
      for (const [name, places] of placesByName) expect({ name, places: places.size }).toEqual({ name, places: 1 });
      unmount();

      // Each screen is headed by the name the links give it.
      await renderWithStore(language, base, <ChecklistEditorPage tripId={trip.id} />);
      expect(await screen.findByRole('heading', { level: 1, name: names.questions })).toBeTruthy();
      cleanup();
      await renderWithStore(language, base, <CoveragePage tripId={trip.id} />);
      expect(await screen.findByRole('heading', { level: 1, name: names.coverage })).toBeTruthy();
      cleanup();
    });
  }
});
