/**
 * The post-trip report of a trip with 500 notes (17 members, 20 visits: 400
 * checklist answers, 80 Q&A notes, 20 minutes; bench/bigTrip.ts), compiled
 * and written as Korean | Japanese side by side, against the floor of the
 * `docx` package writing the same texts as plain paragraphs, in the same run.
 */
import { compileReport } from '@shared/report/compile';
import { cellsOf, type ReportDocument } from '@shared/report/document';
import { renderDocx } from '@shared/report/render/docx';
import { Document, Packer, Paragraph } from 'docx';
import { test } from 'vitest';
import { tripWith500Notes } from './reportTrip';

/** Every text of the document, once, as the floor writes them. */
function textsOf(document: ReportDocument): string[] {
  const blocks = [...document.about, ...document.sections.flatMap((section) => section.blocks)];
  return blocks.flatMap(cellsOf).flatMap((cell) => cell.texts.map((text) => text.text || text.original?.text || ''));
}

const ms = (value: number) => `${value.toFixed(0).padStart(7)} ms`;

test('the report of a trip with 500 notes, as a Word file', async ({ bench }) => {
  const { records } = tripWith500Notes();
  const notes = records.answers.length + records.qaNotes.length + records.minutes.length;
  if (notes !== 500) throw new Error(`${notes} notes, not 500`);
  const texts = textsOf(compileReport(records, { layout: 'sideBySide' }));
  let size = 0;
  const floorName = `floor: docx writing the same ${texts.length.toLocaleString('en')} texts as plain paragraphs (baseline)`;
  const docxName = 'compileReport + renderDocx, Korean | Japanese side by side';
  const result = await bench.compare(
    bench(floorName, async () => {
      const file = new Document({ sections: [{ children: texts.map((text) => new Paragraph(text)) }] });
      await Packer.toArrayBuffer(file);
    }),
    bench(docxName, async () => {
      size = (await renderDocx(compileReport(records, { layout: 'sideBySide' }))).byteLength;
    }),
    { iterations: 5, time: 0 },
  );
  const floor = result.get(floorName).latency.mean;
  const docx = result.get(docxName).latency.mean;
  console.log(
    [
      '',
      `Report of a trip with ${notes} notes, ${texts.length.toLocaleString('en')} texts (mean of 5)`,
      `  docx, plain paragraphs (baseline)   ${ms(floor)}`,
      `  the report as DOCX                  ${ms(docx)}   ${(docx / floor).toFixed(1)}× the floor, ${(size / 1024).toFixed(0)} KB`,
    ].join('\n'),
  );
}, 600_000);
