import { LANGUAGE_AUTONYMS, type Language } from '../../i18n/languages';
import type { Block, Cell, ReportDocument } from '../document';
import { reportWords } from '../words';
import { REPORT_CSP, REPORT_CSS } from './htmlStyle';
import { cellIn, escapeHtml, inLang, oneLine, stacked } from './htmlText';

/**
 * The report as one self-contained HTML file: styles inline, a CSP that
 * allows no script, every user text escaped and marked with its language.
 * Printed (Chromium's printToPDF, or a browser), it is also the PDF: its
 * contents gives the page each section begins on when `pages` says, as a
 * first print tells (shared/report/pdfPages.ts), and keeps the room for
 * them when it does not, so that the numbers written in move no page.
 */
export function renderHtml(document: ReportDocument, { pages }: { pages?: ReadonlyMap<string, number> } = {}): string {
  const title = [...new Set(document.title.texts.map((text) => text.text || text.original?.text || ''))]
    .filter(Boolean)
    .join(' / ');
  const contents = document.sections
    .map(
      (section) =>
        `<li><a href="#${section.anchor}"><span class="contents-heading">${oneLine(section.heading)}</span>` +
        `<span class="contents-page">${pages?.get(section.anchor) ?? ''}</span></a></li>`,
    )
    .join('');
  const sections = document.sections.map(
    (section) =>
      `<section id="${section.anchor}" aria-labelledby="${section.anchor}-heading">` +
      `<h2 id="${section.anchor}-heading">${oneLine(section.heading)}</h2>` +
      `${blocksHtml(document, section.blocks)}</section>`,
  );
  return [
    '<!doctype html>',
    `<html lang="${document.languages[0] ?? 'ko'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${oneLine(document.title)}</h1>${blocksHtml(document, document.about)}</header>`,
    `<nav aria-labelledby="contents"><h2 id="contents">${oneLine(document.contentsHeading)}</h2><ol>${contents}</ol></nav>`,
    `<main>${sections.join('\n')}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

type TextBlock = Extract<Block, { type: 'text' | 'exchange' }>;

/** Side by side, a run of answers and Q&A notes is one table with a column per language. */
function blocksHtml(document: ReportDocument, blocks: readonly Block[]): string {
  const out: string[] = [];
  let run: TextBlock[] = [];
  const flush = () => {
    if (run.length > 0) out.push(sideBySide(document.languages, run));
    run = [];
  };
  for (const block of blocks) {
    if (document.arrangement === 'sideBySide' && (block.type === 'text' || block.type === 'exchange')) run.push(block);
    else {
      flush();
      out.push(blockHtml(document.languages, block));
    }
  }
  flush();
  return out.join('\n');
}

function sideBySide(languages: readonly Language[], blocks: readonly TextBlock[]): string {
  const header = languages
    .map((lang) => `<th scope="col" lang="${lang}">${escapeHtml(LANGUAGE_AUTONYMS[lang])}</th>`)
    .join('');
  const rows = blocks.map(
    (block) => `<tr>${languages.map((lang) => `<td>${textBlockIn(block, lang)}</td>`).join('')}</tr>`,
  );
  return `<table class="bilingual"><thead><tr>${header}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** A text or a Q&A note in one language: who and where, then the text. */
function textBlockIn(block: TextBlock, lang: Language): string {
  const words = reportWords(lang);
  const labelled = (word: string, cell: Cell | null) =>
    cell ? `${inLang(lang, `${escapeHtml(word)}: `)}${cellIn(cell, lang)}` : '';
  const labels = (parts: string[]) => {
    const shown = parts.filter(Boolean);
    return shown.length > 0 ? `<p class="labels">${shown.join(' · ')}</p>` : '';
  };
  if (block.type === 'text') {
    return `${labels(block.labels.map((label) => cellIn(label, lang)))}<p class="text">${cellIn(block.cell, lang)}</p>`;
  }
  return [
    labels([
      block.where ? cellIn(block.where, lang) : '',
      labelled(words.qa.askedBy, block.askedBy),
      labelled(words.qa.answeredBy, block.answeredBy),
    ]),
    `<p class="question"><strong lang="${lang}">${escapeHtml(words.qa.question)}</strong> ${cellIn(block.question, lang)}</p>`,
    `<p class="answer"><strong lang="${lang}">${escapeHtml(words.qa.answer)}</strong> ${cellIn(block.answer, lang)}</p>`,
  ].join('');
}

function blockHtml(languages: readonly Language[], block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${oneLine(block.cell)}</h${block.level}>`;
    case 'placeholder':
      return `<p class="placeholder">${oneLine(block.cell)}</p>`;
    case 'text':
    case 'exchange':
      return `<div class="entry">${languages.map((lang) => `<div>${textBlockIn(block, lang)}</div>`).join('')}</div>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${oneLine(item)}</li>`).join('')}</ul>`;
    case 'fields':
      return `<dl class="fields">${block.rows
        .map(({ label, value }) => `<div><dt>${oneLine(label)}</dt><dd>${oneLine(value)}</dd></div>`)
        .join('')}</dl>`;
    case 'table': {
      const header = block.columns.map((column) => `<th scope="col">${oneLine(column)}</th>`).join('');
      const rows = block.rows.map((cells) => `<tr>${cells.map((cell) => `<td>${stacked(cell)}</td>`).join('')}</tr>`);
      return `<table><thead><tr>${header}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
    }
  }
}
