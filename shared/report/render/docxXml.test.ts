// @vitest-environment jsdom
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bodyOf, textOf, W } from '../../../test/fixtures/docxXml';
import { report } from '../../../test/fixtures/reportDocument';
import type { ReportDocument } from '../document';
import { renderDocx } from './docx';
import { escapeXml } from './docxXml';

/** Markup, an entity, a CDATA end, quotes, characters XML cannot hold, a kanji beyond 16 bits, and a Windows line end. */
const NASTY =
  'A</w:t></w:r></w:p><w:p><w:r><w:t>B & &amp; "C" \'D\' ]]> <![CDATA[E]]>' +
  '\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800-\uDC00 𠮷野家\r\nF';
/** What a reader sees of it: the same, less what XML cannot hold, on two lines. */
const LINES = ['A</w:t></w:r></w:p><w:p><w:r><w:t>B & &amp; "C" \'D\' ]]> <![CDATA[E]]>- 𠮷野家', 'F'];

/** The fixture's report with a text in its Korean finding, its first section's heading and its contents heading. */
function reportWith(text: string): ReportDocument {
  const document = report('oneAfterOther');
  const [findings] = document.sections;
  const finding = findings?.blocks.find((block) => block.type === 'text');
  for (const cell of [finding?.cell, findings?.heading, document.contentsHeading]) {
    const korean = cell?.texts.find((candidate) => candidate.lang === 'ko');
    if (korean) korean.text = text;
  }
  return document;
}

const partOf = (bytes: Uint8Array, name: string) => new TextDecoder().decode(unzipSync(bytes)[name]);

describe('the Word document’s body, written as XML', () => {
  it('escapes markup and drops what XML cannot hold, keeping characters beyond 16 bits', () => {
    expect(escapeXml('<w:p>&amp; "x" ]]>')).toBe('&lt;w:p&gt;&amp;amp; &quot;x&quot; ]]&gt;');
    expect(escapeXml('a\u0000\t\n\r\u001Fb\uFFFE\uDC00\uD800c')).toBe('a\t\n\rbc');
    expect(escapeXml('𠮷野家 😀 \u2060～\u2060')).toBe('𠮷野家 😀 \u2060～\u2060');
  });

  it('is well-formed, and a hostile text in it stays text, its lines Word line breaks', async () => {
    const bytes = await renderDocx(reportWith(NASTY));
    // bodyOf parses the part as XML and fails on any parser error.
    const xml = bodyOf(bytes);
    const plain = bodyOf(await renderDocx(reportWith('A')));
    for (const name of ['p', 'r', 'tbl', 'hyperlink', 'bookmarkStart'])
      expect(xml.getElementsByTagNameNS(W, name).length, name).toBe(plain.getElementsByTagNameNS(W, name).length);
    // Over the contents, in them, as the section's heading, and as the finding.
    const runs = [...xml.getElementsByTagNameNS(W, 'r')].filter((run) => textOf(run).startsWith('A</w:t>'));
    expect(runs).toHaveLength(4);
    for (const run of runs) {
      expect([...run.getElementsByTagNameNS(W, 't')].map((text) => text.textContent)).toEqual(LINES);
      expect(run.getElementsByTagNameNS(W, 'br')).toHaveLength(1);
      expect(run.getElementsByTagNameNS(W, 'lang')[0]?.getAttributeNS(W, 'eastAsia')).toBe('ko-KR');
    }
    // The contents heading names the contents, in an attribute, where a line break is a space.
    const alias = xml.getElementsByTagNameNS(W, 'alias')[0]?.getAttributeNS(W, 'val');
    expect(alias).toBe(`${LINES.join(' ')} / 目次`);
  });

  it('links each entry of the contents to the one bookmark on its section’s heading', async () => {
    const xml = bodyOf(await renderDocx(report('sideBySide')));
    const starts = [...xml.getElementsByTagNameNS(W, 'bookmarkStart')];
    const ends = [...xml.getElementsByTagNameNS(W, 'bookmarkEnd')].map((end) => end.getAttributeNS(W, 'id'));
    const ids = starts.map((start) => start.getAttributeNS(W, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ends.sort()).toEqual([...ids].sort());
    for (const link of xml.getElementsByTagNameNS(W, 'hyperlink')) {
      const [mark] = starts.filter((start) => start.getAttributeNS(W, 'name') === link.getAttributeNS(W, 'anchor'));
      const heading = mark?.parentElement;
      expect(heading?.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val')).toBe('Heading1');
      expect(textOf(link)).toBe(textOf(heading as Element));
    }
  });

  it('sets a list’s items as bullets the package’s numbering defines', async () => {
    const document = report('single');
    document.sections[0]?.blocks.push({ type: 'list', items: [document.title] });
    const bytes = await renderDocx(document);
    const item = [...bodyOf(bytes).getElementsByTagNameNS(W, 'numId')][0]?.getAttributeNS(W, 'val');
    const numbering = new DOMParser().parseFromString(partOf(bytes, 'word/numbering.xml'), 'application/xml');
    const num = [...numbering.getElementsByTagNameNS(W, 'num')].find((n) => n.getAttributeNS(W, 'numId') === item);
    const abstract = num?.getElementsByTagNameNS(W, 'abstractNumId')[0]?.getAttributeNS(W, 'val');
    const level = [...numbering.getElementsByTagNameNS(W, 'abstractNum')]
      .find((candidate) => candidate.getAttributeNS(W, 'abstractNumId') === abstract)
      ?.getElementsByTagNameNS(W, 'lvl')[0];
    expect(level?.getElementsByTagNameNS(W, 'numFmt')[0]?.getAttributeNS(W, 'val')).toBe('bullet');
  });
});
