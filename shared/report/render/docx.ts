import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
} from 'docx';
import { LANGUAGE_AUTONYMS } from '../../i18n/languages';
import type { ReportDocument, Section } from '../document';
import { blockIn, type Part, sideBySide } from './docxBlocks';
import { allLanguages, cellRuns, EAST_ASIAN_FONTS, LATIN_FONT, run } from './docxText';

export interface DocxOptions {
  /** Called after each section is laid out and once the file is written, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** Word's bookmark names are letters, digits and underscores, at most 40, starting with a letter. */
const bookmarkOf = (anchor: string) => `s_${anchor.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40);

/** A section, its heading bookmarked for the contents; the first starts a page, the others follow on. */
function sectionParts(section: Section, document: ReportDocument, first: boolean): Part[] {
  const { languages, arrangement } = document;
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: first,
    keepNext: true,
    children: [new Bookmark({ id: bookmarkOf(section.anchor), children: allLanguages(section.heading, languages) })],
  });
  if (arrangement === 'sideBySide' && languages.length > 1) {
    const header = languages.map((lang) => run(LANGUAGE_AUTONYMS[lang], lang, { bold: true }));
    return [heading, ...sideBySide(section.blocks, languages, header)];
  }
  // One language, or each block followed by its translation.
  return [heading, ...section.blocks.flatMap((block) => languages.flatMap((lang) => blockIn(block, [lang])))];
}

/** A cell's texts in the document's languages, once each, for the file's properties. */
const textOf = (cell: ReportDocument['title']) =>
  [...new Set(cell.texts.map((text) => text.text || text.original?.text || ''))].filter(Boolean).join(' / ');

/** Lets the page paint the progress bar between sections of a long report. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The report as a Word document: the title and the trip's facts on a page
 * of their own, the contents on the next (Word's contents field, its
 * entries written in, linked to each section, and its page numbers filled
 * in by Word when it opens the file), then the sections in the document's
 * languages as it arranges them, flowing on, and page numbers. Written with
 * the `docx` package; answers the file's bytes.
 */
export async function renderDocx(
  document: ReportDocument,
  options: DocxOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const { languages } = document;
  const first = languages[0] ?? 'ko';
  const total = document.sections.length + 1;
  const body: (Part | TableOfContents)[] = [
    ...languages.map(
      (lang) => new Paragraph({ heading: HeadingLevel.TITLE, children: cellRuns(document.title, lang) }),
    ),
    ...document.about.flatMap((block) => languages.flatMap((lang) => blockIn(block, [lang]))),
    new Paragraph({
      pageBreakBefore: true,
      children: allLanguages(document.contentsHeading, languages, { bold: true, size: 32 }),
    }),
    new TableOfContents(textOf(document.contentsHeading), { hyperlink: true, headingStyleRange: '1-1' }),
  ];
  for (const [index, section] of document.sections.entries()) {
    body.push(...sectionParts(section, document, index === 0));
    options.onProgress?.(index + 1, total);
    await breathe();
  }
  const file = new Document({
    creator: 'Fieldbook',
    title: textOf(document.title),
    // Word fills in the contents' page numbers as it opens the file (after asking).
    features: { updateFields: true },
    // What the document's own runs set, for those Word makes itself: the contents' entries, the page numbers.
    styles: {
      default: {
        document: {
          run: { font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: EAST_ASIAN_FONTS[first] ?? LATIN_FONT } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: [PageNumber.CURRENT] }),
                  ...run(' / ', first),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(file));
  options.onProgress?.(total, total);
  return bytes;
}
