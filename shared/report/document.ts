import type { Language } from '../i18n/languages';
import { REPORT_SECTIONS, type RecordId, type ReportSection, type TranslationStatus } from '../model';

/**
 * The report as a document, apart from any file format: sections of blocks
 * whose texts are cells, one text per language of the document. Each export
 * format (Markdown, HTML, DOCX, PDF through the HTML) is a small renderer of
 * this model, so what goes into a report is decided once, here and in compile.
 */

/** Whether a text in a language is the one its author wrote, a translation of it, or not there yet. */
export type TextStatus = TranslationStatus;

/**
 * The record a text comes from, so that the translation screen (and a reader
 * of the exported file) can go back to it. `field` names the text within the
 * record ('answer', 'followUps.<id>.text'); texts the report itself writes
 * (headings, column names, dates) have no source.
 */
export interface TextSource {
  table: string;
  id: RecordId;
  field: string;
}

/**
 * A cell's text in one language. A missing one has no text; it carries the
 * original when the document does not show the original's language, so that a
 * reader of a one-language document still has it, marked as what it is.
 */
export interface CellText {
  lang: Language;
  text: string;
  status: TextStatus;
  original?: { lang: Language; text: string };
  /**
   * The text in stretches where one has a reading to print over it (麻生渡,
   * read あそう わたる: furigana); joined, they are `text`. Only a Japanese
   * name in kanji with a reading has one (`hostPersonCell`), so a reader of
   * the Korean or English column never sees kana.
   */
  parts?: TextPart[];
}

/** A stretch of a text, and the reading printed over it where it has one. */
export interface TextPart {
  text: string;
  reading?: string;
}

/** One text in each of the document's languages, in the document's order of languages. */
export interface Cell {
  source: TextSource | null;
  texts: CellText[];
}

export type Block =
  /** A heading inside a section (level 3, the section's own being 2), or under one (4). */
  | { type: 'heading'; level: 3 | 4; cell: Cell }
  /** A member's or the organiser's text; its labels say who wrote it and where (a member, a visit). */
  | { type: 'text'; cell: Cell; labels: Cell[] }
  /** A question put to the hosts and its answer: where (the item), who asked, who answered. */
  | {
      type: 'exchange';
      question: Cell;
      answer: Cell;
      where: Cell | null;
      askedBy: Cell | null;
      answeredBy: Cell | null;
    }
  /** Something the report says in its own words because a text is not there ('No finding written yet'). */
  | { type: 'placeholder'; cell: Cell }
  /** Facts with their names (Dates: …, Organised by: …). */
  | { type: 'fields'; rows: { label: Cell; value: Cell }[] }
  /** A table whose header row is repeated on every page it spans. */
  | { type: 'table'; columns: Cell[]; rows: Cell[][] }
  | { type: 'list'; items: Cell[] };

/** The report's sections are the ones a trip's report layout arranges (shared/model/report.ts). */
export const SECTION_KINDS = REPORT_SECTIONS;
export type SectionKind = ReportSection;

export interface Section {
  kind: SectionKind;
  /** Unique within the document: the table of contents links to it. */
  anchor: string;
  heading: Cell;
  blocks: Block[];
}

/**
 * How the languages are laid out: one language, the two side by side in two
 * columns, or each text followed by its translation.
 */
export type Arrangement = 'single' | 'sideBySide' | 'oneAfterOther';

export interface ReportDocument {
  languages: Language[];
  arrangement: Arrangement;
  title: Cell;
  /** The trip's name, dates and organiser, under the title. */
  about: Block[];
  contentsHeading: Cell;
  sections: Section[];
}

/** Every cell of a block, in reading order. */
export function cellsOf(block: Block): Cell[] {
  switch (block.type) {
    case 'heading':
    case 'placeholder':
      return [block.cell];
    case 'text':
      return [block.cell, ...block.labels];
    case 'exchange':
      return [block.question, block.answer, block.where, block.askedBy, block.answeredBy].filter(
        (cell): cell is Cell => cell !== null,
      );
    case 'table':
      return [...block.columns, ...block.rows.flat()];
    case 'list':
      return block.items;
    case 'fields':
      return block.rows.flatMap((row) => [row.label, row.value]);
  }
}

export interface MissingText {
  lang: Language;
  source: TextSource | null;
}

/**
 * The texts the document lacks in one of its languages, to count and to go to
 * before exporting: each once, however often the report quotes it (a Q&A note
 * linked to three checklist questions is one text to translate, not four).
 */
export function missingTexts(document: ReportDocument): MissingText[] {
  const blocks = [...document.about, ...document.sections.flatMap((section) => section.blocks)];
  const cells = [document.title, ...document.sections.map((section) => section.heading), ...blocks.flatMap(cellsOf)];
  const seen = new Set<string>();
  return cells.flatMap((cell) =>
    cell.texts
      .filter((text) => text.status === 'missing')
      .filter((text) => {
        if (!cell.source) return true;
        const key = `${cell.source.table}:${cell.source.id}:${cell.source.field}:${text.lang}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((text) => ({ lang: text.lang, source: cell.source })),
  );
}

/** How many texts lack a translation, by language. */
export function countMissing(document: ReportDocument): Partial<Record<Language, number>> {
  const counts: Partial<Record<Language, number>> = {};
  for (const { lang } of missingTexts(document)) counts[lang] = (counts[lang] ?? 0) + 1;
  return counts;
}
