import type { Language } from '../../i18n/languages';
import type { HostPerson, LocalizedName } from '../../model';
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
 * Several names in one cell (a visit's attendees). In a language where one of
 * them is not written, the whole cell is marked missing and keeps the names as
 * they are written, so no attendee is left out.
 */
export function joinCells(cells: readonly Cell[], langs: readonly Language[]): Cell {
  return {
    source: null,
    texts: langs.map((lang, index): CellText => {
      const texts = cells.map((cell) => cell.texts[index]);
      const shown = texts.map((text) =>
        text?.status === 'missing' ? (text.original?.text ?? '') : (text?.text ?? ''),
      );
      const missing = texts.find((text) => text?.status === 'missing');
      if (!missing) return { lang, text: shown.join(', '), status: 'original' };
      return {
        lang,
        text: '',
        status: 'missing',
        original: { lang: missing.original?.lang ?? lang, text: shown.join(', ') },
      };
    }),
  };
}
