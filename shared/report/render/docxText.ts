import { Paragraph, type ParagraphChild, TextRun } from 'docx';
import type { Language } from '../../i18n/languages';
import type { Cell, CellText } from '../document';
import { reportWords } from '../words';

/**
 * Texts of the report as Word runs, each marked with its language: Word
 * picks the East Asian font and line breaking by `w:lang w:eastAsia`, so a
 * Korean run set in a Japanese font (or the reverse) never happens, and
 * spelling is checked in the right language.
 */
const LANGUAGE_TAGS: Record<Language, string> = { ko: 'ko-KR', ja: 'ja-JP', en: 'en-US' };

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

export const GREY = '666666';
const MISSING_COLOUR = '9A3412';

export interface RunStyle {
  bold?: boolean;
  underline?: Record<string, never>;
  italics?: boolean;
  color?: string;
  size?: number;
}

/** One run of text in a language, line breaks kept as Word line breaks. */
export function run(text: string, lang: Language, style: RunStyle = {}): TextRun[] {
  const font = EAST_ASIAN_FONTS[lang];
  return text.split('\n').map(
    (line, index) =>
      new TextRun({
        text: line,
        break: index > 0 ? 1 : undefined,
        language: { value: LANGUAGE_TAGS[lang], eastAsia: LANGUAGE_TAGS[lang] },
        font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, ...(font ? { eastAsia: font } : {}) },
        ...style,
      }),
  );
}

export function textIn(cell: Cell, lang: Language): CellText | undefined {
  return cell.texts.find((text) => text.lang === lang);
}

/**
 * A cell's text in one language. A text not translated yet says so in that
 * language and shows its original, greyed, so a reader of only this language
 * sees that something is there and a reviewer can find it.
 */
export function cellRuns(cell: Cell, lang: Language, style: RunStyle = {}): TextRun[] {
  const text = textIn(cell, lang);
  if (!text) return [];
  if (text.status !== 'missing') return run(text.text, text.lang, style);
  const marker = run(`[${reportWords(lang).status.missing}]`, lang, { ...style, italics: true, color: MISSING_COLOUR });
  if (!text.original?.text) return marker;
  return [...marker, ...run(` ${text.original.text}`, text.original.lang, { ...style, color: GREY })];
}

/** Several cells on one line, as labels are: "김 위원 · 福岡県庁". */
export function joinedRuns(cells: readonly Cell[], lang: Language, style: RunStyle = {}): TextRun[] {
  return cells.flatMap((cell, index) => [
    ...(index > 0 ? run(' · ', lang, style) : []),
    ...cellRuns(cell, lang, style),
  ]);
}

/** The word before a text ("질문: "), bold, then the text. */
export function labelled(word: string, cell: Cell, lang: Language): Paragraph {
  const children: ParagraphChild[] = [...run(`${word}: `, lang, { bold: true }), ...cellRuns(cell, lang)];
  return new Paragraph({ children, spacing: { after: 60 } });
}

/** A cell in several languages on one line, each run in its own: "연수 보고서 / 研修報告書". */
export function allLanguages(cell: Cell, langs: readonly Language[], style: RunStyle = {}): TextRun[] {
  return langs.flatMap((lang, index) => [
    ...(index > 0 ? run(' / ', lang, style) : []),
    ...cellRuns(cell, lang, style),
  ]);
}
