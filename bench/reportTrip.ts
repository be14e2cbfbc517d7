import type { ChecklistAnswer, ItineraryItem, QaNote } from '@shared/model';
import type { ReportRecords } from '@shared/report/records';
import { bigTrip, type Records } from './bigTrip';

const ANSWERS_PER_VISIT = 20;
const QA_PER_VISIT = 4;

/**
 * The big trip cut down to 500 notes spread over all its visits (400
 * checklist answers, 80 Q&A notes, 20 minutes): the report benchmarks' trip,
 * as the report compiles it and as the app's database holds it.
 */
export function tripWith500Notes(): { records: ReportRecords; tables: Records } {
  const { trip, records } = bigTrip(true);
  const perVisit = <T extends { visitId: string }>(rows: T[], count: number) => {
    const seen = new Map<string, number>();
    return rows.filter((row) => {
      const n = seen.get(row.visitId) ?? 0;
      seen.set(row.visitId, n + 1);
      return n < count;
    });
  };
  const answers = perVisit(records.checklistAnswers as ChecklistAnswer[], ANSWERS_PER_VISIT);
  const qaNotes = perVisit(records.qaNotes as QaNote[], QA_PER_VISIT);
  return {
    records: {
      trip,
      members: records.members as ReportRecords['members'],
      items: records.itineraryItems as ItineraryItem[],
      questions: records.checklistQuestions as ReportRecords['questions'],
      answers,
      qaNotes,
      minutes: records.minutes as ReportRecords['minutes'],
    },
    tables: { ...records, checklistAnswers: answers, qaNotes },
  };
}
