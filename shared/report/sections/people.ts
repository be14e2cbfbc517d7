import type { Language } from '../../i18n/languages';
import { type HostPerson, type LocalizedName, type Member, ROLE_ORDER } from '../../model';
import { listNames } from '../../people/lists';
import { nameCell } from '../cells';
import type { Cell, CellText, TextPart } from '../document';

/** What a person is named by: a record's copy, or the directory's entry with its reading. */
type NamedPerson = Pick<HostPerson, 'name' | 'title'> & { reading?: string };

const HAN = /\p{Script=Han}/u;

/**
 * A host person as the report names them: their title and name, in each
 * language they are written in (福岡県知事 麻生渡). In Japanese, a name in
 * kanji carries its reading as furigana: the same kanji are read many ways
 * in names, and a host is addressed by how theirs is read. Kana and the
 * other languages' names need none.
 */
export function hostPersonCell(person: NamedPerson, langs: readonly Language[]): Cell {
  const both: LocalizedName = {};
  for (const lang of ['ko', 'ja', 'en'] as const) {
    const parts = [person.title[lang], person.name[lang]].filter(Boolean);
    if (parts.length > 0) both[lang] = parts.join(' ');
  }
  const cell = nameCell(both, null, langs);
  const name = person.name.ja ?? '';
  const reading = person.reading?.trim() ?? '';
  if (!reading || !HAN.test(name)) return cell;
  const title = person.title.ja;
  const parts: TextPart[] = [...(title ? [{ text: `${title} ` }] : []), { text: name, reading }];
  return { ...cell, texts: cell.texts.map((text) => (text.lang === 'ja' ? { ...text, parts } : text)) };
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
      const missing = texts.find((text) => text?.status === 'missing');
      if (!missing) {
        const written = texts.filter((text): text is CellText => Boolean(text?.text));
        const parts = joinedParts(written, lang, join);
        const text = join(
          written.map((one) => one.text),
          lang,
        );
        return parts ? { lang, text, status: 'original', parts } : { lang, text, status: 'original' };
      }
      // A missing text whose original the document shows in its own language has nothing to show here.
      const shown = texts
        .map((text) => (text?.status === 'missing' ? (text.original?.text ?? '') : (text?.text ?? '')))
        .filter(Boolean);
      return {
        lang,
        text: '',
        status: 'missing',
        original: { lang: missing.original?.lang ?? lang, text: join(shown, lang) },
      };
    }),
  };
}

/** Where the texts joined stand in what `join` makes of them: private-use characters, which no join writes. */
const slot = (index: number) => `\uE000${index}\uE001`;
const SLOT = /\uE000(\d+)\uE001/;

/** The joined text in parts, each text's readings kept where the join put it; none when no text has a reading. */
function joinedParts(
  texts: readonly CellText[],
  lang: Language,
  join: (texts: readonly string[], lang: Language) => string,
): TextPart[] | undefined {
  if (!texts.some((text) => text.parts)) return undefined;
  // split() with a group answers the join's own words and the slots' numbers in turn.
  return join(
    texts.map((_, index) => slot(index)),
    lang,
  )
    .split(SLOT)
    .flatMap((piece, index): TextPart[] => {
      if (index % 2 === 0) return piece ? [{ text: piece }] : [];
      const text = texts[Number(piece)];
      return text ? (text.parts ?? [{ text: text.text }]) : [];
    });
}
