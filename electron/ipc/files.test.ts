import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import type { ChooseSavePath } from './context';
import { fileHandlers } from './files';
import { printHandlers } from './print';

const PDF = new TextEncoder().encode('%PDF-1.7 fake');

function setUp(answer: 'choose' | 'cancel') {
  const asked: string[] = [];
  const printed: unknown[] = [];
  const folder = mkdtemp(path.join(tmpdir(), 'fieldbook-save-'));
  const choosePath: ChooseSavePath = async (_sender, suggestedName) => {
    asked.push(suggestedName);
    return answer === 'choose' ? path.join(await folder, suggestedName) : null;
  };
  const deps = { choosePath, writeFile: (file: string, data: string | Uint8Array) => writeFile(file, data) };
  const sender = {
    printToPDF: async (options: unknown) => {
      printed.push(options);
      return PDF;
    },
  } as unknown as WebContents;
  return { files: fileHandlers(deps), print: printHandlers(deps), sender, asked, printed };
}

describe('saving files from the renderer', () => {
  it('writes text where the user chose, under the name offered', async () => {
    const { files, sender, asked } = setUp('choose');
    const outcome = await files['files:save'](
      { suggestedName: '후쿠오카 일정.ics', content: { kind: 'text', text: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR' } },
      { sender },
    );
    expect(asked).toEqual(['후쿠오카 일정.ics']);
    if (outcome.outcome !== 'saved') throw new Error('not saved');
    expect(await readFile(outcome.fileName, 'utf8')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR');
  });

  it('writes nothing when the user cancels', async () => {
    const { files, print, sender, printed } = setUp('cancel');
    const content = { kind: 'bytes' as const, bytes: new Uint8Array([1, 2, 3]) };
    expect(await files['files:save']({ suggestedName: 'x.docx', content }, { sender })).toEqual({
      outcome: 'cancelled',
    });
    expect(await print['print:savePdf']({ suggestedName: 'x.pdf', landscape: false }, { sender })).toEqual({
      outcome: 'cancelled',
    });
    expect(printed).toEqual([]);
  });

  it('prints the asking page to an A4 PDF and writes it', async () => {
    const { print, sender, printed } = setUp('choose');
    const outcome = await print['print:savePdf']({ suggestedName: 'itinerary.pdf', landscape: true }, { sender });
    expect(printed).toEqual([{ landscape: true, pageSize: 'A4', printBackground: true, preferCSSPageSize: true }]);
    if (outcome.outcome !== 'saved') throw new Error('not saved');
    expect(await readFile(outcome.fileName)).toEqual(Buffer.from(PDF));
  });
  it('prints the asking page once without saving it, to tell the page where its contents’ targets land', async () => {
    const { print, asked } = setUp('choose');
    // What Chromium printed for a page with four linked headings (shared/report/pdfPages.test.ts).
    const chromiumPdf = await readFile(path.resolve(import.meta.dirname, '../../test/fixtures/pdf/contents.pdf'));
    const printed: unknown[] = [];
    const sender = {
      printToPDF: async (options: unknown) => {
        printed.push(options);
        return chromiumPdf;
      },
    } as unknown as WebContents;
    expect(await print['print:pageNumbers']({ landscape: false }, { sender })).toEqual([
      ['section-overview', 2],
      ['section-q1', 3],
      ['답변-2', 5],
      ['section-roster', 9],
    ]);
    expect(printed).toEqual([{ landscape: false, pageSize: 'A4', printBackground: true, preferCSSPageSize: true }]);
    expect(asked).toEqual([]);
  });
});
