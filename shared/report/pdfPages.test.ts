import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { destinationPages } from './pdfPages';

/**
 * A PDF Chromium 156 printed (test/fixtures/pdf/contents.pdf): links to four
 * headings, the headings on pages 2, 3, 5 and 9 as pdftotext reads them, one
 * of them with a Korean id.
 */
const printed = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../test/fixtures/pdf/contents.pdf')));

describe('the page each link target of a printed PDF lands on', () => {
  it('is read from Chromium’s PDF, in the order of its pages', () => {
    expect(Object.fromEntries(destinationPages(printed))).toEqual({
      'section-overview': 2,
      'section-q1': 3,
      '답변-2': 5,
      'section-roster': 9,
    });
  });

  it('is not guessed from a PDF cut short or that is no PDF: the contents then goes without numbers', () => {
    expect(destinationPages(printed.subarray(0, printed.length - 40)).size).toBe(0);
    expect(destinationPages(printed.subarray(0, printed.length / 2)).size).toBe(0);
    expect(destinationPages(new TextEncoder().encode('%PDF-1.4\ntrailer <</Root 1 0 R>>\n%%EOF')).size).toBe(0);
    expect(destinationPages(new Uint8Array(0)).size).toBe(0);
  });

  it('points no target at a page that is not one of the document’s', () => {
    // The cross-reference table moved by a byte: objects no longer where it says, so nothing is read.
    const shifted = new Uint8Array(printed.length + 1);
    shifted.set(printed.subarray(0, 20), 0);
    shifted[20] = 0x20;
    shifted.set(printed.subarray(20), 21);
    expect(destinationPages(shifted).size).toBe(0);
  });
});
