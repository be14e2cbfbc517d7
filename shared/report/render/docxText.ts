import type { Language } from '../../i18n/languages';
import type { Cell, CellText, TextPart } from '../document';
import { reportWords } from '../words';
import { escapeXml } from './docxXml';

/**
 * Texts of the report as Word runs, written as WordprocessingML, each marked
 * with its language: Word picks the East Asian font and line breaking by
 * `w:lang w:eastAsia`, so a Korean run set in a Japanese font (or the
 * reverse) never happens, and spelling is checked in the right language.
 */
export const LANGUAGE_TAGS: Record<Language, string> = { ko: 'ko-KR', ja: 'ja-JP', en: 'en-US' };

/** The fonts Word on Windows and macOS has for each language; LibreOffice substitutes its own CJK fonts by language. */
export const EAST_ASIAN_FONTS: Record<Language, string | undefined> = {
  ko: 'Malgun Gothic',
  ja: 'Yu Gothic',
  en: undefined,
};

/**
 * Digits and Latin letters in every language's runs: a sans-serif every Word
 * has (LibreOffice sets it in its metric twin), so that "1/4" or "STEPI" in a
 * Korean line is not left to a serif default beside the Gothic around it.
 */
export const LATIN_FONT = 'Arial';

/** A language's fonts, as `w:rFonts` takes them. */
export const fontsOf = (lang: Language) => {
  const eastAsia = EAST_ASIAN_FONTS[lang];
  return { ascii: LATIN_FONT, hAnsi: LATIN_FONT, ...(eastAsia ? { eastAsia } : {}) };
};

export const GREY = '666666';
const MISSING_COLOUR = '9A3412';

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  /** In half-points. */
  size?: number;
}

/** A run's properties, in the order the schema has them (fonts, bold, italics, colour, size, language). */
function runProperties(lang: Language, { bold, italics, color, size }: RunStyle): string {
  const { ascii, hAnsi, eastAsia } = fontsOf(lang);
  const tag = LANGUAGE_TAGS[lang];
  return [
    `<w:rPr><w:rFonts w:ascii="${ascii}"${eastAsia ? ` w:eastAsia="${eastAsia}"` : ''} w:hAnsi="${hAnsi}"/>`,
    bold ? '<w:b/><w:bCs/>' : '',
    italics ? '<w:i/><w:iCs/>' : '',
    color ? `<w:color w:val="${color}"/>` : '',
    size ? `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` : '',
    `<w:lang w:val="${tag}" w:eastAsia="${tag}"/></w:rPr>`,
  ].join('');
}

/** Text in one language and style, its run's properties written out. */
export interface Run {
  properties: string;
  text: string;
  /** A reading printed over the text (furigana), in its own run's properties, and the text's size in half-points. */
  ruby?: { reading: string; properties: string; size: number };
}

/** Word's size where a run sets none, in half-points: 10 pt. */
const DEFAULT_SIZE = 20;

/** A reading's size over a text of `size` half-points: half of it, as Word sets 10 over 10.5 pt (21). */
const readingSize = (size: number) => Math.floor(size / 2);

/** One run of text in a language. */
export function run(text: string, lang: Language, style: RunStyle = {}): Run[] {
  return [{ properties: runProperties(lang, style), text }];
}

const lines = (text: string) =>
  text
    .split(/\r\n|[\r\n]/)
    .map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
    .join('<w:br/>');

/**
 * A text with its reading over it, as Word's ruby: the reading half the
 * text's size and raised by a little less than it, as Word sets them itself
 * over 10.5 pt (10, 18, 21), centred over a whole name.
 */
function rubyXml(properties: string, text: string, { reading, properties: over, size }: NonNullable<Run['ruby']>) {
  const settings =
    `<w:rubyAlign w:val="center"/><w:hps w:val="${readingSize(size)}"/><w:hpsRaise w:val="${size - 3}"/>` +
    `<w:hpsBaseText w:val="${size}"/><w:lid w:val="ja-JP"/>`;
  return (
    `<w:r>${properties}<w:ruby><w:rubyPr>${settings}</w:rubyPr>` +
    `<w:rt><w:r>${over}${lines(reading)}</w:r></w:rt>` +
    `<w:rubyBase><w:r>${properties}${lines(text)}</w:r></w:rubyBase></w:ruby></w:r>`
  );
}

/**
 * Runs as WordprocessingML, line breaks kept as Word line breaks. Neighbours
 * alike are written as one run ("지사" after " · " in the same language and
 * style): their properties make up most of the file. A text with a reading
 * stands alone.
 */
export function runsXml(runs: readonly Run[]): string {
  const write = ({ properties, text, ruby }: Run) =>
    ruby ? rubyXml(properties, text, ruby) : `<w:r>${properties}${lines(text)}</w:r>`;
  let xml = '';
  let open: Run | undefined;
  for (const next of runs) {
    if (open && !open.ruby && !next.ruby && open.properties === next.properties)
      open = { properties: next.properties, text: open.text + next.text };
    else {
      if (open) xml += write(open);
      open = next;
    }
  }
  return open ? xml + write(open) : xml;
}

export function textIn(cell: Cell, lang: Language): CellText | undefined {
  return cell.texts.find((text) => text.lang === lang);
}

/**
 * A cell's text in one language. A text not translated yet says so in that
 * language and shows its original, greyed, so a reader of only this language
 * sees that something is there and a reviewer can find it.
 */
export function cellRuns(cell: Cell, lang: Language, style: RunStyle = {}): Run[] {
  const text = textIn(cell, lang);
  if (!text) return [];
  if (text.status !== 'missing')
    return text.parts ? withReadings(text.parts, text.lang, style) : run(text.text, text.lang, style);
  const marker = run(`[${reportWords(lang).status.missing}]`, lang, { ...style, italics: true, color: MISSING_COLOUR });
  if (!text.original?.text) return marker;
  return [...marker, ...run(` ${text.original.text}`, text.original.lang, { ...style, color: GREY })];
}

/** A text's stretches as runs, the reading of each that has one over it. */
function withReadings(parts: readonly TextPart[], lang: Language, style: RunStyle): Run[] {
  const size = style.size ?? DEFAULT_SIZE;
  const over = runProperties(lang, { ...style, size: readingSize(size) });
  return parts.flatMap(({ text, reading }) =>
    reading
      ? [{ properties: runProperties(lang, style), text, ruby: { reading, properties: over, size } }]
      : run(text, lang, style),
  );
}

/** Several cells on one line, as labels are: "김 위원 · 福岡県庁". */
export function joinedRuns(cells: readonly Cell[], lang: Language, style: RunStyle = {}): Run[] {
  return cells.flatMap((cell, index) => [
    ...(index > 0 ? run(' · ', lang, style) : []),
    ...cellRuns(cell, lang, style),
  ]);
}

/** A cell in several languages on one line, each run in its own: "연수 보고서 / 研修報告書". */
export function allLanguages(cell: Cell, langs: readonly Language[], style: RunStyle = {}): Run[] {
  return langs.flatMap((lang, index) => [
    ...(index > 0 ? run(' / ', lang, style) : []),
    ...cellRuns(cell, lang, style),
  ]);
}
