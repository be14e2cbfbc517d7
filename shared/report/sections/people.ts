import type { Language } from '../../i18n/languages';
import { type HostPerson, type LocalizedName, type Member, ROLE_ORDER } from '../../model';
import { listNames } from '../../people/lists';
import { nameCell } from '../cells';
import type { Cell, CellText } from '../document';

/** A host person as the report names them: their title and name, in each language they are written in (福岡県知事). */
export function hostPersonCell(person: HostPerson, langs: readonly Language[]): Cell {
  const both: LocalizedName = {};
  for (const lang of ['ko', 'ja', 'en'] as const) {
    const parts = [person.title[lang], person.name[lang]].filter(Boolean);
    if (parts.length > 0) both[lang] = parts.join(' ');
  }
  return nameCell(both, null, langs);
}

/**
 * The delegation in its own order, as its roster prints: organisers, then
 * members, then interpreters (`ROLE_ORDER`), each group in the order its
 * people joined the roster (`createdAt`, the same on every device). People
 * who joined at the same moment (a roster written at once, as the sample's
 * is) keep the order they are given in. Never by name: in 가나다 order a
 * researcher comes before the delegation's leader.
 */
export function inDelegationOrder<T extends Pick<Member, 'role' | 'createdAt'>>(members: readonly T[]): T[] {
  return [...members].sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
}

const COMMA: Record<Language, string> = { ko: ', ', ja: '、', en: ', ' };

/** Parts of one thing one after the other (a visit and its purpose, a host and its address), with each language's comma. */
export function listParts(parts: readonly string[], lang: Language): string {
  return parts.join(COMMA[lang]);
}

/**
 * Several texts in one cell, joined in each language as that language joins
 * them (`listNames` by default: a visit's attendees). In a language where one
 * of them is not written, the whole cell is marked missing and keeps the texts
 * as they are written, so no attendee is left out.
 */
export function joinCells(
  cells: readonly Cell[],
  langs: readonly Language[],
  join: (texts: readonly string[], lang: Language) => string = listNames,
): Cell {
  return {
    source: null,
    texts: langs.map((lang, index): CellText => {
      const texts = cells.map((cell) => cell.texts[index]);
      // A missing text whose original the document shows in its own language has nothing to show here.
      const shown = texts
        .map((text) => (text?.status === 'missing' ? (text.original?.text ?? '') : (text?.text ?? '')))
        .filter(Boolean);
      const missing = texts.find((text) => text?.status === 'missing');
      if (!missing) return { lang, text: join(shown, lang), status: 'original' };
      return {
        lang,
        text: '',
        status: 'missing',
        original: { lang: missing.original?.lang ?? lang, text: join(shown, lang) },
      };
    }),
  };
}
