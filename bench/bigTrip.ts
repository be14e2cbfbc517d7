import {
  answerId,
  type ChecklistAnswer,
  checklistFromTemplate,
  type ItineraryItem,
  type Member,
  type Minutes,
  minutesId,
  newId,
  type QaNote,
  type RecordMeta,
  recordSchemas,
  type Trip,
} from '@shared/model';
import { sampleMembers, sampleTrip } from '@shared/sample/stepi1996';

const VISITS = 20;
const QA_PER_VISIT = 15;
const NOW = '2026-11-24T00:00:00.000Z';

function meta(id = newId()): RecordMeta {
  return {
    id,
    createdAt: NOW,
    updatedAt: NOW,
    hlc: '0000000000a-00000-bench',
    updatedBy: { deviceId: 'bench', memberId: null },
    deletedAt: null,
  };
}

const text = (t: string) => ({ lang: 'ko' as const, text: t, translations: {} });

/** Records by table, ready to be put into the app's IndexedDB. */
export type Records = Record<string, unknown[]>;

/**
 * A delegation's trip at full size: 17 members, 20 visits, the six
 * questions answered by every member at every visit, 300 Q&A notes and
 * minutes for every visit. `withNotes: false` gives the same trip with no
 * notes at all, the baseline.
 */
export function bigTrip(withNotes: boolean): { trip: Trip; visits: ItineraryItem[]; records: Records } {
  const { id: _sample, ...fields } = sampleTrip;
  const trip: Trip = {
    ...meta(),
    ...fields,
    purpose: { ...fields.purpose, translations: fields.purpose.translations ?? {} },
    title: { ko: withNotes ? '대형 연수 (기록 있음)' : '대형 연수 (기록 없음)' },
  };
  const members: Member[] = sampleMembers.map(({ id: _id, ...member }) => ({ ...meta(), tripId: trip.id, ...member }));
  const questions = checklistFromTemplate(trip.id).map((question) => ({ ...meta(question.id), ...question }));
  const visits: ItineraryItem[] = Array.from({ length: VISITS }, (_, i) => ({
    ...meta(),
    tripId: trip.id,
    kind: 'visit',
    title: {},
    date: `1996-10-${String(20 + (i % 10)).padStart(2, '0')}`,
    startTime: i < 10 ? '10:00' : '15:00',
    endDate: null,
    endTime: i < 10 ? '12:00' : '16:30',
    timeZone: 'Asia/Tokyo',
    endTimeZone: null,
    location: {},
    host: { name: { ko: `방문 기관 ${i + 1}`, ja: `訪問先 ${i + 1}` }, address: { ja: '東京都' }, contacts: [] },
    attendeeIds: null,
    expectedAttendees: 30,
    preparationNotes: text(''),
    position: i < 10 ? 'a0' : 'a1',
  }));
  const records: Records = { trips: [trip], members, checklistQuestions: questions, itineraryItems: visits };
  if (!withNotes) return { trip, visits, records };

  const paragraph =
    '현의 과학기술 예산은 일반회계의 1/4~1/5 정도이며, 산학 공동연구와 공업기술센터 운영에 쓰인다. '.repeat(3);
  const answers: ChecklistAnswer[] = visits.flatMap((visit) =>
    members.flatMap((member) =>
      questions.map((question) => ({
        ...meta(answerId(visit.id, question.id, member.id)),
        tripId: trip.id,
        visitId: visit.id,
        questionId: question.id,
        memberId: member.id,
        body: text(`${member.name}: ${paragraph}`),
      })),
    ),
  );
  const qaNotes: QaNote[] = visits.flatMap((visit) =>
    Array.from({ length: QA_PER_VISIT }, (_, i) => ({
      ...meta(),
      tripId: trip.id,
      visitId: visit.id,
      question: text(`질문 ${i + 1}: 과학기술 행정은 어떻게 운영되는가?`),
      askedBy: members[i % members.length]?.id ?? null,
      writtenBy: members[i % members.length]?.id ?? null,
      answeredBy: { name: { ja: '知事' }, title: { ja: '知事' }, contact: '' },
      answer: text(paragraph),
      time: `15:${String(20 + i).padStart(2, '0')}`,
      checklistQuestionIds: [questions[i % questions.length]?.id ?? ''],
      position: `a${String(i).padStart(2, '0')}`,
    })),
  );
  const minutes: Minutes[] = visits.map((visit) => ({
    ...meta(minutesId(visit.id)),
    tripId: trip.id,
    visitId: visit.id,
    hostAttendees: [],
    delegationAttendeeIds: members.map((member) => member.id),
    agenda: [],
    discussion: text(`- ${paragraph}\n`.repeat(10)),
    decisions: text('- 자료 요청'),
    followUps: [],
  }));
  return { trip, visits, records: { ...records, checklistAnswers: answers, qaNotes, minutes } };
}

/** Every record passes the schema the app itself validates against. */
export function assertValid(records: Records): void {
  for (const [table, rows] of Object.entries(records)) {
    const schema = recordSchemas[table as keyof typeof recordSchemas];
    for (const row of rows) schema.parse(row);
  }
}
