import { escapeXml, paragraph, TEXT_WIDTH } from './docxXml';

/** Word's bookmark names are letters, digits and underscores, at most 40, starting with a letter. */
const bookmarkOf = (anchor: string) => `s_${anchor.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40);

/**
 * A section's heading, a Heading 1 as Word's contents field gathers them,
 * bookmarked for the contents to link to; `id` tells its bookmark from the
 * others in the document.
 */
export function sectionHeading(runs: string, anchor: string, id: number, pageBreakBefore: boolean): string {
  const name = bookmarkOf(anchor);
  const marked = `<w:bookmarkStart w:id="${id}" w:name="${name}"/>${runs}<w:bookmarkEnd w:id="${id}"/>`;
  return paragraph(marked, { style: 'Heading1', keepNext: true, pageBreakBefore });
}

// A field Word works out again on opening (the document asks it to update its fields): its result is only a stand-in.
const BEGIN = '<w:fldChar w:fldCharType="begin" w:dirty="true"/>';
const SEPARATE = '<w:fldChar w:fldCharType="separate"/>';
const END = '<w:fldChar w:fldCharType="end"/>';
const instruction = (text: string) => `<w:instrText xml:space="preserve">${escapeXml(text)}</w:instrText>`;
const ENTRY = `<w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:pos="${TEXT_WIDTH}" w:leader="dot"/></w:tabs></w:pPr>`;

/**
 * Word's contents field over the Heading 1s, in a content control of its
 * Table of Contents gallery as Word writes its own (so it offers Update
 * Table). Its entries are written in, each linked to its section's heading,
 * so that it is not empty before Word fills in the page numbers, nor in an
 * application that never does.
 */
export function contents(alias: string, entries: readonly { anchor: string; runs: string }[]): string {
  const begin = `<w:r>${BEGIN}${instruction('TOC \\h \\o "1-1"')}${SEPARATE}</w:r>`;
  const links = entries.map(({ anchor, runs }) => {
    const name = bookmarkOf(anchor);
    const page = `<w:r>${BEGIN}${instruction(`PAGEREF ${name} \\h`)}${SEPARATE}${END}</w:r>`;
    return `<w:hyperlink w:history="1" w:anchor="${name}">${runs}<w:r><w:tab/></w:r>${page}</w:hyperlink>`;
  });
  const lines = (links.length > 0 ? links : ['']).map(
    (link, index) => `<w:p>${ENTRY}${index === 0 ? begin : ''}${link}</w:p>`,
  );
  const properties = `<w:sdtPr><w:alias w:val="${escapeXml(alias)}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>`;
  return `<w:sdt>${properties}<w:sdtContent>${lines.join('')}<w:p><w:r>${END}</w:r></w:p></w:sdtContent></w:sdt>`;
}
