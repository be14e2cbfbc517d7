import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { LANGUAGE_AUTONYMS } from '../../i18n/languages';
import type { ReportDocument, Section } from '../document';
import { blockIn, type Part, sideBySide } from './docxBlocks';
import { allLanguages, cellRuns, run } from './docxText';

export interface DocxOptions {
  /** Called after each section is laid out and once the file is written, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** Word's bookmark names are letters, digits and underscores, at most 40, starting with a letter. */
const bookmarkOf = (anchor: string) => `s_${anchor.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40);

function sectionParts(section: Section, document: ReportDocument): Part[] {
  const { languages, arrangement } = document;
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: true,
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

/** Lets the page paint the progress bar between sections of a long report. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The report as a Word document: the title and the trip's facts, a table of
 * contents linking to each section, the sections in the document's
 * languages as it arranges them, and page numbers. Written with the `docx`
 * package; answers the file's bytes.
 */
export async function renderDocx(
  document: ReportDocument,
  options: DocxOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const { languages } = document;
  const first = languages[0] ?? 'ko';
  const total = document.sections.length + 1;
  const body: Part[] = [
    ...languages.map(
      (lang) => new Paragraph({ heading: HeadingLevel.TITLE, children: cellRuns(document.title, lang) }),
    ),
    ...document.about.flatMap((block) => languages.flatMap((lang) => blockIn(block, [lang]))),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: allLanguages(document.contentsHeading, languages) }),
    ...document.sections.map(
      (section) =>
        new Paragraph({
          children: [
            new InternalHyperlink({
              anchor: bookmarkOf(section.anchor),
              children: allLanguages(section.heading, languages, { color: '1D4ED8', underline: {} }),
            }),
          ],
        }),
    ),
  ];
  for (const [index, section] of document.sections.entries()) {
    body.push(...sectionParts(section, document));
    options.onProgress?.(index + 1, total);
    await breathe();
  }
  const file = new Document({
    creator: 'Fieldbook',
    title: document.title.texts.map((text) => text.text).join(' / '),
    features: { updateFields: false },
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
