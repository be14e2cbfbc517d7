/**
 * What the exported page may load: nothing but its own inline styles and
 * embedded images. No script at all, so a note that holds markup can do
 * nothing even if an escape were ever missed.
 */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The page's styles, inline so that the file stands alone offline. Korean
 * breaks lines between words (keep-all); Japanese between any two characters
 * by strict kinsoku rules, set back explicitly because word-break is inherited
 * and a Japanese text sits inside a page or cell in Korean; a table's cell
 * keeps its lines (the itinerary's hosts' people, one a line, under the address);
 * in print, the title and the contents have a page each, then the sections
 * flow on (a short trip is a short document), a table's header repeats on
 * every page and a row, an answer or a Q&A note is never split across two.
 */
export const REPORT_CSS = `
:root { color: #1a1a1a; background: #fff; line-height: 1.65; font-size: 11pt; }
body { max-width: 64rem; margin: 2rem auto; padding: 0 1.25rem; }
:lang(ko) { font-family: 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif; word-break: keep-all; overflow-wrap: break-word; }
:lang(ja) { font-family: 'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif; word-break: normal; line-break: strict; overflow-wrap: break-word; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid #1a1a1a; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.4rem; color: #333; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
.separator { color: #666; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95em; }
th, td { border: 1px solid #8a8a8a; padding: 0.4rem 0.55rem; vertical-align: top; text-align: left; }
th { background: #f0f0f0; }
td > div { white-space: pre-line; }
thead { display: table-header-group; }
tr, .entry, .fields > div, li { break-inside: avoid; page-break-inside: avoid; }
table.bilingual { table-layout: fixed; }
.text, .question, .answer { white-space: pre-line; margin: 0.25rem 0; }
.labels { color: #555; font-size: 0.9em; margin: 0; }
.entry { margin: 0.5rem 0 0.9rem; }
.entry > div + div { margin-top: 0.35rem; padding-top: 0.35rem; border-top: 1px dashed #bbb; }
.missing { color: #a40000; font-style: italic; }
.original { color: #444; }
.draft { color: #6b4e00; font-size: 0.85em; }
.placeholder { color: #555; font-style: italic; }
.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0 0 1.5rem; }
.fields > div { display: contents; }
.fields dt { font-weight: bold; }
.fields dd { margin: 0; }
nav ol { padding-left: 1.5rem; }
nav li a { display: flex; gap: 1rem; align-items: baseline; }
nav .contents-heading { flex: 1; }
nav .contents-page { min-width: 3em; text-align: right; font-variant-numeric: tabular-nums; }
@page { size: A4; margin: 18mm 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
  nav, main { break-before: page; }
}
`;
