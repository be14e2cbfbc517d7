import { LANGUAGE_AUTONYMS, type Language } from '../../i18n/languages';
import type { Block, Cell, ReportDocument } from '../document';
import { reportWords } from '../words';
import { type Breaks, escapeMarkdown, oneLine, textIn } from './markdownText';

/**
 * The report as Markdown (GitHub's flavour, for tables). Side by side, the
 * texts of a run of answers and Q&A notes are rows of one table with a column
 * per language; one after the other, each text is followed by its translation.
 */
export function renderMarkdown(document: ReportDocument): string {
  const out = [`# ${oneLine(document.title)}`, ...document.about.map((block) => blockMarkdown(document, block))];
  out.push(`## ${oneLine(document.contentsHeading)}`);
  out.push(
    document.sections
      .map((section, index) => `${index + 1}. [${oneLine(section.heading)}](#${section.anchor})`)
      .join('\n'),
  );
  for (const section of document.sections) {
    out.push(`## <a id="${section.anchor}"></a>${oneLine(section.heading)}`);
    out.push(
      ...groupRuns(section.blocks).map((run) =>
        Array.isArray(run) ? sideBySide(document, run) : blockMarkdown(document, run),
      ),
    );
  }
  return `${out.filter(Boolean).join('\n\n')}\n`;
}

type TextBlock = Extract<Block, { type: 'text' | 'exchange' }>;

/** Side by side, consecutive texts become one table; otherwise every block stands alone. */
function groupRuns(blocks: readonly Block[]): (Block | TextBlock[])[] {
  const runs: (Block | TextBlock[])[] = [];
  for (const block of blocks) {
    const last = runs.at(-1);
    if (block.type !== 'text' && block.type !== 'exchange') runs.push(block);
    else if (Array.isArray(last)) last.push(block);
    else runs.push([block]);
  }
  return runs;
}

function sideBySide(document: ReportDocument, blocks: readonly TextBlock[]): string {
  if (document.arrangement !== 'sideBySide') return blocks.map((block) => blockMarkdown(document, block)).join('\n\n');
  const header = row(document.languages.map((lang) => escapeMarkdown(LANGUAGE_AUTONYMS[lang])));
  const rule = row(document.languages.map(() => '---'));
  const rows = blocks.map((block) => row(document.languages.map((lang) => textBlockIn(block, lang, 'cell'))));
  return [header, rule, ...rows].join('\n');
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** A text or Q&A note in one language: its labels in italics, then the text. */
function textBlockIn(block: TextBlock, lang: Language, breaks: Breaks): string {
  const words = reportWords(lang);
  const join = breaks === 'cell' ? '<br>' : '\\\n';
  const label = (cell: Cell | null) => (cell ? textIn(cell, lang, 'cell').replaceAll('<br>', ' ') : '');
  if (block.type === 'text') {
    const labels = block.labels.map(label).filter(Boolean).join(' · ');
    return [labels && `_${labels}_`, textIn(block.cell, lang, breaks)].filter(Boolean).join(join);
  }
  const asked = block.askedBy && `${escapeMarkdown(words.qa.askedBy)}: ${label(block.askedBy)}`;
  const answered = block.answeredBy && `${escapeMarkdown(words.qa.answeredBy)}: ${label(block.answeredBy)}`;
  const labels = [label(block.where), asked, answered].filter(Boolean).join(' · ');
  return [
    labels && `_${labels}_`,
    `**${escapeMarkdown(words.qa.question)}** ${textIn(block.question, lang, breaks)}`,
    `**${escapeMarkdown(words.qa.answer)}** ${textIn(block.answer, lang, breaks)}`,
  ]
    .filter(Boolean)
    .join(join);
}

function blockMarkdown(document: ReportDocument, block: Block): string {
  const { languages } = document;
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${oneLine(block.cell)}`;
    case 'placeholder':
      return `_${oneLine(block.cell)}_`;
    case 'text':
    case 'exchange':
      return languages.map((lang) => textBlockIn(block, lang, 'paragraph')).join('\n\n');
    case 'list':
      return block.items.map((item) => `- ${oneLine(item)}`).join('\n');
    case 'fields':
      return block.rows.map(({ label, value }) => `- **${oneLine(label)}**: ${oneLine(value)}`).join('\n');
    case 'table': {
      const header = row(block.columns.map(oneLine));
      const rule = row(block.columns.map(() => '---'));
      const rows = block.rows.map((cells) =>
        row(
          cells.map((cell) =>
            languages
              .map((lang) => textIn(cell, lang, 'cell'))
              .filter(Boolean)
              .join('<br>'),
          ),
        ),
      );
      return [header, rule, ...rows].join('\n');
    }
  }
}
