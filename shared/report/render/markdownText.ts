import type { Language } from '../../i18n/languages';
import type { Cell, CellText } from '../document';
import { reportWords } from '../words';

/** Characters that are Markdown syntax wherever they stand (HTML, links, emphasis, code, tables, entities). */
const INLINE = /[\\`*_[\]<>!|~&]/g;
/** What is syntax only at the start of a line: a heading, a quote, a list, a rule, an underline. */
const LINE_START = /^(\s*)([#>+=-]+|\d+[.)])/;

/**
 * Keeps GFM's extended autolinks from turning a note's bare address into a
 * link: a viewer finds `scheme://` and `www.` in the source as it reads it, so
 * an escaped colon or dot stops it; it finds an e-mail address in the text
 * once unescaped, so only a tag between its parts does: `<wbr>`, which shows
 * nothing (checked against cmark-gfm, GitHub's parser).
 */
const unlinked = (line: string) =>
  line
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(www)\./gi, '$1\\.')
    .replaceAll('@', '<wbr>@');

/**
 * A line of user text with everything Markdown could read as syntax escaped by
 * a backslash (CommonMark allows one before any ASCII punctuation), so that a
 * note holding `<img src=x onerror=alert(1)>` or `[x](javascript:…)` shows as
 * that text, and `https://…` or `kim@pref.fukuoka.lg.jp` as text too, not
 * as a link (`unlinked`). Dates and times keep their brackets and colons,
 * which are syntax only after a `]`.
 */
export function escapeMarkdown(line: string): string {
  return unlinked(line.replace(INLINE, '\\$&')).replace(
    LINE_START,
    (_, space: string, mark: string) => `${space}${mark.replace(/[#>+=.)-]/g, '\\$&')}`,
  );
}

/** Lines of a text joined for a paragraph (a hard break) or for a table cell (`<br>`, the only break a cell can hold). */
export type Breaks = 'paragraph' | 'cell';

function lines(text: string, breaks: Breaks): string {
  const escaped = text.split('\n').map((line) => escapeMarkdown(line.trim()));
  return escaped.filter((line, index) => line || index > 0).join(breaks === 'cell' ? '<br>' : '\\\n');
}

/** A text with each reading in brackets after what it reads, as a Japanese text gives one without ruby: 麻生渡（あそう わたる）. */
const withReadings = (text: CellText) =>
  text.parts?.map((part) => (part.reading ? `${part.text}（${part.reading}）` : part.text)).join('') ?? text.text;

/**
 * One language of a cell: the text, or in its place a mark that it is not
 * translated (with the original when the document does not show it); a
 * draft translation says so.
 */
export function cellText(text: CellText | undefined, breaks: Breaks): string {
  if (!text) return '';
  const words = reportWords(text.lang);
  if (text.status === 'missing') {
    const mark = `_\\[${escapeMarkdown(words.status.missing)}\\]_`;
    if (!text.original) return mark;
    return `${mark} ${escapeMarkdown(words.status.original)}: ${lines(text.original.text, breaks)}`;
  }
  const body = lines(withReadings(text), breaks);
  return text.status === 'draft' ? `${body} _\\(${escapeMarkdown(words.status.draft)}\\)_` : body;
}

export function textIn(cell: Cell, lang: Language, breaks: Breaks): string {
  return cellText(
    cell.texts.find((text) => text.lang === lang),
    breaks,
  );
}

/** A cell in all the document's languages on one line, for headings: 평가 / 評価. */
export function oneLine(cell: Cell): string {
  return cell.texts.map((text) => cellText(text, 'cell').replaceAll('<br>', ' ')).join(' / ');
}
