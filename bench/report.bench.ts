/**
 * The post-trip report of a trip with 500 notes (17 members, 20 visits: 400
 * checklist answers, 80 Q&A notes, 20 minutes; bench/bigTrip.ts), compiled
 * and written as Korean | Japanese side by side, against the floor of the
 * `docx` package writing the same texts as plain paragraphs, in the same run.
 */
import type { ChecklistAnswer, ItineraryItem, QaNote } from '@shared/model';
import { compileReport } from '@shared/report/compile';
import { cellsOf, type ReportDocument } from '@shared/report/document';
import type { ReportRecords } from '@shared/report/records';
import { renderDocx } from '@shared/report/render/docx';
import { Document, Packer, Paragraph } from 'docx';
import { test } from 'vitest';
import { bigTrip } from './bigTrip';

const ANSWERS_PER_VISIT = 20;
const QA_PER_VISIT = 4;

/** The big trip cut down to 500 notes, spread over all its visits. */
function tripWith500Notes(): ReportRecords {
  const { trip, records } = bigTrip(true);
  const perVisit = <T extends { visitId: string }>(rows: T[], count: number) => {
    const seen = new Map<string, number>();
    return rows.filter((row) => {
      const n = seen.get(row.visitId) ?? 0;
      seen.set(row.visitId, n + 1);
      return n < count;
    });
  };
  return {
    trip,
    members: records.members as ReportRecords['members'],
    items: records.itineraryItems as ItineraryItem[],
    questions: records.checklistQuestions as ReportRecords['questions'],
    answers: perVisit(records.checklistAnswers as ChecklistAnswer[], ANSWERS_PER_VISIT),
    qaNotes: perVisit(records.qaNotes as QaNote[], QA_PER_VISIT),
    minutes: records.minutes as ReportRecords['minutes'],
  };
}

/** Every text of the document, once, as the floor writes them. */
function textsOf(document: ReportDocument): string[] {
  const blocks = [...document.about, ...document.sections.flatMap((section) => section.blocks)];
  return blocks.flatMap(cellsOf).flatMap((cell) => cell.texts.map((text) => text.text || text.original?.text || ''));
}

const ms = (value: number) => `${value.toFixed(0).padStart(7)} ms`;

test('the report of a trip with 500 notes, as a Word file', async ({ bench }) => {
  const records = tripWith500Notes();
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
