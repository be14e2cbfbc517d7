import { HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableRow, type TextRun, WidthType } from 'docx';
import type { Language } from '../../i18n/languages';
import type { Block, Cell } from '../document';
import { reportWords } from '../words';
import { cellRuns, GREY, joinedRuns, labelled, run } from './docxText';

/** What a block becomes in Word: paragraphs, or a table of its own. */
export type Part = Paragraph | Table;

const SMALL = 18;

/** A block written in one language. */
export function blockIn(block: Block, lang: Language): Part[] {
  const words = reportWords(lang);
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          children: cellRuns(block.cell, lang),
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
      const about = [block.where, block.askedBy, block.answeredBy].filter((cell): cell is Cell => cell !== null);
      return [
        labelled(words.qa.question, block.question, lang),
        labelled(words.qa.answer, block.answer, lang),
        ...(about.length > 0
          ? [
              new Paragraph({
                children: joinedRuns(about, lang, { color: GREY, size: SMALL }),
                spacing: { after: 160 },
              }),
            ]
          : []),
      ];
    }
    case 'placeholder':
      return [new Paragraph({ children: cellRuns(block.cell, lang, { italics: true, color: GREY }) })];
    case 'fields':
      return block.rows.map(
        (row) =>
          new Paragraph({
            children: [...cellRuns(row.label, lang, { bold: true }), ...run(': ', lang), ...cellRuns(row.value, lang)],
          }),
      );
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: cellRuns(item, lang) }));
    case 'table':
      return [dataTable(block.columns, block.rows, [lang])];
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
 * Blocks side by side: one row per block, the first language on the left,
 * the second on the right, under a header row naming them that repeats on
 * every page. A table block spans both columns' worth of width on its own.
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
    if (block.type === 'table') {
      flush();
      parts.push(dataTable(block.columns, block.rows, languages));
      continue;
    }
    rows.push(
      new TableRow({
        cantSplit: true,
        children: languages.map((lang) => new TableCell({ children: asCellContent(blockIn(block, lang)) })),
      }),
    );
  }
  flush();
  return parts;
}

/** A table cell must hold paragraphs (and end with one). */
function asCellContent(parts: Part[]): (Paragraph | Table)[] {
  return parts.length > 0 && parts.at(-1) instanceof Paragraph ? parts : [...parts, new Paragraph({})];
}
