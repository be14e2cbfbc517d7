import { HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableRow, type TextRun, WidthType } from 'docx';
import type { Language } from '../../i18n/languages';
import type { Block, Cell } from '../document';
import { reportWords } from '../words';
import { allLanguages, cellRuns, GREY, joinedRuns, labelled, type RunStyle, run } from './docxText';

/** What a block becomes in Word: paragraphs, or a table of its own. */
export type Part = Paragraph | Table;

const SMALL = 18;

/**
 * A block in its languages: one (a column of a side-by-side table, or one
 * after the other), or all at once for what stands between the columns (a
 * heading, the facts of a visit), each cell then "A / B".
 */
export function blockIn(block: Block, langs: readonly Language[]): Part[] {
  const lang = langs[0] ?? 'ko';
  const words = reportWords(lang);
  const runs = (cell: Cell, style: RunStyle = {}) => allLanguages(cell, langs, style);
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          children: runs(block.cell),
          keepNext: true,
        }),
      ];
    case 'text':
      return [
        ...(block.labels.length > 0
          ? [new Paragraph({ children: joinedRuns(block.labels, lang, { color: GREY, size: SMALL }), keepNext: true })]
          : []),
        new Paragraph({ children: cellRuns(block.cell, lang), spacing: { after: 160 } }),
      ];
    case 'exchange': {
      // Where, and who asked and who answered, each named: as the web page and Markdown say it.
      const small = { color: GREY, size: SMALL };
      const who = (word: string, cell: Cell | null) =>
        cell ? [[...run(`${word}: `, lang, small), ...cellRuns(cell, lang, small)]] : [];
      const about = [
        ...(block.where ? [cellRuns(block.where, lang, small)] : []),
        ...who(words.qa.askedBy, block.askedBy),
        ...who(words.qa.answeredBy, block.answeredBy),
      ];
      return [
        labelled(words.qa.question, block.question, lang),
        labelled(words.qa.answer, block.answer, lang),
        ...(about.length > 0
          ? [
              new Paragraph({
                children: about.flatMap((part, index) => [...(index > 0 ? run(' · ', lang, small) : []), ...part]),
                spacing: { after: 160 },
              }),
            ]
          : []),
      ];
    }
    case 'placeholder':
      return [new Paragraph({ children: runs(block.cell, { italics: true, color: GREY }) })];
    case 'fields':
      return block.rows.map(
        (row) =>
          new Paragraph({
            children: [...runs(row.label, { bold: true }), ...run(': ', lang), ...runs(row.value)],
          }),
      );
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'table':
      return [dataTable(block.columns, block.rows, langs)];
  }
}

/**
 * A table of facts (the itinerary, the roster), each cell in every language
 * of the document, one under the other. Its header row repeats on every
 * page it spans, and no row is split across pages unless it is taller than
 * a page.
 */
export function dataTable(columns: readonly Cell[], rows: readonly Cell[][], languages: readonly Language[]): Table {
  const cell = (content: Cell, bold = false) =>
    new TableCell({
      children: languages.map((lang) => new Paragraph({ children: cellRuns(content, lang, { bold, size: SMALL }) })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.AUTOFIT,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column) => cell(column, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((content) => cell(content)) })),
    ],
  });
}

/**
 * Blocks side by side: each run of members' texts and Q&A notes is a table,
 * a row per block, the first language on the left, the second on the right,
 * under a header row naming them that repeats on every page; headings, facts
 * and tables stand between such tables, in both languages at once (as the
 * HTML export and the printed view have them).
 */
export function sideBySide(blocks: readonly Block[], languages: readonly Language[], header: TextRun[][]): Part[] {
  const parts: Part[] = [];
  let rows: TableRow[] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const head = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: header.map((runs) => new TableCell({ children: [new Paragraph({ children: runs })] })),
    });
    parts.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        columnWidths: languages.map(() => Math.floor(9000 / languages.length)),
        layout: TableLayoutType.FIXED,
        rows: [head, ...rows],
      }),
    );
    rows = [];
  };
  for (const block of blocks) {
    if (block.type === 'text' || block.type === 'exchange') {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: languages.map((lang) => new TableCell({ children: asCellContent(blockIn(block, [lang])) })),
        }),
      );
      continue;
    }
    flush();
    parts.push(...blockIn(block, languages));
  }
  flush();
  return parts;
}

/** A table cell must hold paragraphs (and end with one). */
function asCellContent(parts: Part[]): (Paragraph | Table)[] {
  return parts.length > 0 && parts.at(-1) instanceof Paragraph ? parts : [...parts, new Paragraph({})];
}
