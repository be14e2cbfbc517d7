import { LANGUAGE_AUTONYMS } from '../../i18n/languages';
import type { ReportDocument, Section } from '../document';
import { blockIn, sideBySide } from './docxBlocks';
import { contents, sectionHeading } from './docxContents';
import { packageDocx } from './docxPackage';
import { allLanguages, cellRuns, run, runsXml } from './docxText';
import { paragraph } from './docxXml';

export interface DocxOptions {
  /** Called after each section is laid out and once the file is written, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** A section, its heading bookmarked for the contents; the first starts a page, the others follow on. */
function sectionXml(section: Section, index: number, document: ReportDocument): string {
  const { languages, arrangement } = document;
  const heading = sectionHeading(
    runsXml(allLanguages(section.heading, languages)),
    section.anchor,
    index + 1,
    index === 0,
  );
  if (arrangement === 'sideBySide' && languages.length > 1) {
    const header = languages.map((lang) => run(LANGUAGE_AUTONYMS[lang], lang, { bold: true }));
    return heading + sideBySide(section.blocks, languages, header);
  }
  // One language, or each block followed by its translation.
  let xml = heading;
  for (const block of section.blocks) for (const lang of languages) xml += blockIn(block, [lang]);
  return xml;
}

/** A cell's texts in the document's languages, once each, for the file's properties. */
const textOf = (cell: ReportDocument['title']) =>
  [...new Set(cell.texts.map((text) => text.text || text.original?.text || ''))].filter(Boolean).join(' / ');

/**
 * Lets the page paint the progress bar between sections of a long report,
 * once a frame's time has gone by: each wait takes a few milliseconds of its
 * own, longer than a short section takes to write.
 */
function breather(): () => Promise<void> {
  let since = Date.now();
  return async () => {
    if (Date.now() - since < 16) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    since = Date.now();
  };
}

/**
 * The report as a Word document: the title and the trip's facts on a page
 * of their own, the contents on the next (Word's contents field, its
 * entries written in, linked to each section, and its page numbers filled
 * in by Word when it opens the file), then the sections in the document's
 * languages as it arranges them, flowing on, and page numbers. Its body is
 * written as WordprocessingML, the rest of the file by the `docx` package;
 * answers the file's bytes.
 */
export async function renderDocx(
  document: ReportDocument,
  options: DocxOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const { languages } = document;
  const total = document.sections.length + 1;
  const breathe = breather();
  let body = '';
  for (const lang of languages) body += paragraph(runsXml(cellRuns(document.title, lang)), { style: 'Title' });
  for (const block of document.about) for (const lang of languages) body += blockIn(block, [lang]);
  body += paragraph(runsXml(allLanguages(document.contentsHeading, languages, { bold: true, size: 32 })), {
    pageBreakBefore: true,
  });
  body += contents(
    textOf(document.contentsHeading),
    document.sections.map((section) => ({
      anchor: section.anchor,
      runs: runsXml(allLanguages(section.heading, languages)),
    })),
  );
  for (const [index, section] of document.sections.entries()) {
    body += sectionXml(section, index, document);
    options.onProgress?.(index + 1, total);
    await breathe();
  }
  const bytes = await packageDocx(body, textOf(document.title), languages[0] ?? 'ko');
  options.onProgress?.(total, total);
  return bytes;
}
