import type { Language } from '../../i18n/languages';
import type { Block, Cell } from '../document';
import { reportWords } from '../words';
import { allLanguages, cellRuns, GREY, joinedRuns, type Run, type RunStyle, run, runsXml } from './docxText';
import { type ParagraphStyle, paragraph, table } from './docxXml';

const SMALL = 18;

const line = (runs: readonly Run[], style?: ParagraphStyle) => paragraph(runsXml(runs), style);

/** The word before a text ("질문: "), bold, then the text. */
const labelled = (word: string, cell: Cell, lang: Language) =>
  line([...run(`${word}: `, lang, { bold: true }), ...cellRuns(cell, lang)], { spacingAfter: 60 });

/**
 * A block in its languages, as WordprocessingML: one (a column of a
 * side-by-side table, or one after the other), or all at once for what
 * stands between the columns (a heading, the facts of a visit), each cell
 * then "A / B".
 */
export function blockIn(block: Block, langs: readonly Language[]): string {
  const lang = langs[0] ?? 'ko';
  const words = reportWords(lang);
  const runs = (cell: Cell, style: RunStyle = {}) => allLanguages(cell, langs, style);
  switch (block.type) {
    case 'heading':
      return line(runs(block.cell), { style: block.level === 3 ? 'Heading2' : 'Heading3', keepNext: true });
    case 'text':
      return (
        (block.labels.length > 0
          ? line(joinedRuns(block.labels, lang, { color: GREY, size: SMALL }), { keepNext: true })
          : '') + line(cellRuns(block.cell, lang), { spacingAfter: 160 })
      );
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
      return (
        labelled(words.qa.question, block.question, lang) +
        labelled(words.qa.answer, block.answer, lang) +
        (about.length > 0
          ? line(
              about.flatMap((part, index) => [...(index > 0 ? run(' · ', lang, small) : []), ...part]),
              { spacingAfter: 160 },
            )
          : '')
      );
    }
    case 'placeholder':
      return line(runs(block.cell, { italics: true, color: GREY }));
    case 'fields':
      return block.rows
        .map((row) => line([...runs(row.label, { bold: true }), ...run(': ', lang), ...runs(row.value)]))
        .join('');
    case 'list':
      return block.items.map((item) => line(runs(item), { style: 'ListParagraph', bullet: true })).join('');
    case 'table':
      return dataTable(block.columns, block.rows, langs);
  }
}

/**
 * A table of facts (the itinerary, the roster), each cell in every language
 * of the document, one under the other, its columns sized to what they hold.
 */
function dataTable(columns: readonly Cell[], rows: readonly Cell[][], languages: readonly Language[]): string {
  const cell = (content: Cell, bold: boolean) =>
    languages.map((lang) => line(cellRuns(content, lang, { bold, size: SMALL }))).join('');
  const head = columns.map((column) => cell(column, true));
  return table([head, ...rows.map((row) => row.map((content) => cell(content, false)))], { fixed: false });
}

/**
 * Blocks side by side: each run of members' texts and Q&A notes is a table,
 * a row per block, the first language on the left, the second on the right,
 * under a header row naming them; headings, facts and tables stand between
 * such tables, in both languages at once (as the HTML export and the printed
 * view have them).
 */
export function sideBySide(blocks: readonly Block[], languages: readonly Language[], header: Run[][]): string {
  let parts = '';
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    parts += table([header.map((runs) => line(runs)), ...rows], { fixed: true });
    rows = [];
  };
  for (const block of blocks) {
    if (block.type === 'text' || block.type === 'exchange') {
      rows.push(languages.map((lang) => blockIn(block, [lang])));
      continue;
    }
    flush();
    parts += blockIn(block, languages);
  }
  flush();
  return parts;
}
