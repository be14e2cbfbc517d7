/**
 * The few pieces of WordprocessingML the report is made of, written as
 * strings: building the `docx` package's objects for thousands of runs and
 * having it serialise them took five times as long as the rest of the export.
 * Long texts are built up with `+=` rather than joined level by level: the
 * engine then copies them once, when the file is encoded, not at every level.
 */

/** A4 with 2 cm margins, in twentieths of a point. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// Besides markup: the control characters, non-characters and unpaired surrogates that XML 1.0 cannot hold at all.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: those control characters are what it removes
  /[&<>"]|[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A text as an element's content or an attribute's value (in double quotes): only ever text. */
export const escapeXml = (text: string) => text.replace(UNSAFE, (char) => ENTITIES[char] ?? '');

/** The bullets the `docx` package always defines in numbering.xml, as its default bullet numbering. */
const BULLETS = 1;

export interface ParagraphStyle {
  /** A paragraph style of the package's styles.xml: Title, Heading1… */
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  bullet?: boolean;
  /** In twentieths of a point. */
  spacingAfter?: number;
  /** Where its lines stand: a letter's date and signature to the right, its title in the middle. */
  align?: 'right' | 'center';
}

/** A paragraph of runs, its properties in the order the schema has them. */
export function paragraph(
  runs: string,
  { style, keepNext, pageBreakBefore, bullet, spacingAfter, align }: ParagraphStyle = {},
) {
  const properties = [
    style ? `<w:pStyle w:val="${style}"/>` : '',
    keepNext ? '<w:keepNext/>' : '',
    pageBreakBefore ? '<w:pageBreakBefore/>' : '',
    bullet ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${BULLETS}"/></w:numPr>` : '',
    spacingAfter ? `<w:spacing w:after="${spacingAfter}"/>` : '',
    align ? `<w:jc w:val="${align}"/>` : '',
  ].join('');
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs}</w:p>`;
}

const LINE = 'w:val="single" w:color="auto" w:sz="4"';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${LINE}/>`).join('');

/**
 * A table as wide as the text, its columns equal. Fixed, its columns keep
 * their widths whatever they hold (Korean | Japanese); else Word sizes them
 * to their content. Its first row is its header, repeated on every page it
 * spans, and no row is split across pages unless it is taller than a page.
 */
export function table(rows: readonly string[][], { fixed }: { fixed: boolean }): string {
  const columns = rows[0]?.length ?? 0;
  const width = Math.round(TEXT_WIDTH / columns);
  const cellWidth = fixed ? `<w:tcPr><w:tcW w:type="dxa" w:w="${width}"/></w:tcPr>` : '';
  const grid = `<w:gridCol w:w="${width}"/>`.repeat(columns);
  let body = '';
  for (const [index, cells] of rows.entries()) {
    body += `<w:tr><w:trPr><w:cantSplit/>${index === 0 ? '<w:tblHeader/>' : ''}</w:trPr>`;
    for (const cell of cells) body += `<w:tc>${cellWidth}${cell}</w:tc>`;
    body += '</w:tr>';
  }
  const layout = fixed ? 'fixed' : 'autofit';
  const properties = `<w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="${layout}"/></w:tblPr>`;
  return `<w:tbl>${properties}<w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}
