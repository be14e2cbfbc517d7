import type { Language } from '../../i18n/languages';
import type { Cell, CellText } from '../document';
import { reportWords } from '../words';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value with every character HTML could read as markup replaced by its entity. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Text in its language, so that shared Han characters take that language's shapes and Korean keeps its words whole. */
export const inLang = (lang: Language, html: string, className = '') =>
  `<span lang="${lang}"${className ? ` class="${className}"` : ''}>${html}</span>`;

/**
 * A text, its readings printed over the stretches that have one (furigana);
 * a reader without ruby, and a copy of the text, has them in brackets: 麻生渡（あそう わたる）.
 */
function withReadings(text: CellText): string {
  if (!text.parts) return escapeHtml(text.text);
  return text.parts
    .map(({ text: part, reading }) =>
      reading
        ? `<ruby>${escapeHtml(part)}<rp>（</rp><rt>${escapeHtml(reading)}</rt><rp>）</rp></ruby>`
        : escapeHtml(part),
    )
    .join('');
}

/**
 * One language of a cell: the text, or a mark that it is not translated (with
 * the original, in its own language, when the document does not show it); a
 * draft translation says so.
 */
export function cellHtml(text: CellText | undefined): string {
  if (!text) return '';
  const words = reportWords(text.lang);
  if (text.status === 'missing') {
    const mark = inLang(text.lang, `[${escapeHtml(words.status.missing)}]`, 'missing');
    if (!text.original) return mark;
    const label = inLang(text.lang, `${escapeHtml(words.status.original)}: `);
    return `${mark} <span class="original">${label}${inLang(text.original.lang, escapeHtml(text.original.text))}</span>`;
  }
  const body = inLang(text.lang, withReadings(text));
  return text.status === 'draft' ? `${body} ${inLang(text.lang, escapeHtml(words.status.draft), 'draft')}` : body;
}

export function cellIn(cell: Cell, lang: Language): string {
  return cellHtml(cell.texts.find((text) => text.lang === lang));
}

/** A cell in all the document's languages on one line, for headings and labels: 평가 / 評価. */
export function oneLine(cell: Cell): string {
  return cell.texts.map(cellHtml).join('<span class="separator"> / </span>');
}

/** A cell in all the document's languages, one under the other, for a table cell. */
export function stacked(cell: Cell): string {
  return cell.texts.map((text) => `<div>${cellHtml(text)}</div>`).join('');
}
