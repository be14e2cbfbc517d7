import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Language } from '../../i18n/languages';
import { fontsOf, LANGUAGE_TAGS } from './docxText';
import { PAGE } from './docxXml';

const BODY = '<w:body>';

/**
 * The Word file around a body already written as WordprocessingML: the
 * `docx` package writes all the rest (styles, bullets, settings, properties,
 * the page and its footer) around an empty body, and the body is put in.
 * `title` is the file's, `lang` the first language of the document.
 */
export async function packageDocx(body: string, title: string, lang: Language): Promise<Uint8Array<ArrayBuffer>> {
  const tag = LANGUAGE_TAGS[lang];
  const file = new Document({
    creator: 'Fieldbook',
    title,
    // Word fills in the contents' page numbers as it opens the file (after asking).
    features: { updateFields: true },
    // What the document's own runs set, for those Word makes itself: the contents' entries, the page numbers.
    styles: { default: { document: { run: { font: fontsOf(lang) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: [PageNumber.CURRENT] }),
                  new TextRun({ text: ' / ', language: { value: tag, eastAsia: tag }, font: fontsOf(lang) }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [],
      },
    ],
  });
  const parts = unzipSync(new Uint8Array(await Packer.toArrayBuffer(file)));
  const shell = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
  const at = shell.indexOf(BODY);
  if (at < 0) throw new Error('The docx package wrote no body to put the report in');
  parts['word/document.xml'] = strToU8(shell.slice(0, at + BODY.length) + body + shell.slice(at + BODY.length));
  return zipSync(parts);
}
