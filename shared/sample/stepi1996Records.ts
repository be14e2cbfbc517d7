import { positionInDay } from '../itinerary/ordering';
import { positionBetween } from '../itinerary/positions';
import {
  answerId,
  type ChecklistAnswer,
  type ChecklistQuestion,
  checklistFromTemplate,
  type ItineraryItem,
  type Member,
  type Minutes,
  memberInput,
  minutesId,
  type QaNote,
  type RecordId,
  type RecordMeta,
  type ReportNote,
  reportNoteId,
  type Trip,
  templateQuestionId,
  tripInput,
} from '../model';
import type { TranslatableText } from '../model/text';
import { FUKUOKA_GOVERNOR, sampleId, sampleItinerary, sampleMembers, sampleTrip } from './stepi1996';
import { sampleFukuokaAnswers, sampleFukuokaFollowUp, sampleFukuokaMinutes, sampleFukuokaQa } from './stepi1996Notes';
import { sampleEvaluation, sampleFindings, sampleFukuokaSummary } from './stepi1996Report';

/**
 * Metadata for a sample record: its fixed id, and the member who wrote it
 * when that is not the writer of the whole sample (a member's own note).
 */
export type SampleMeta = (id: RecordId, author?: RecordId | null) => RecordMeta;

export interface SampleRecords {
  trip: Trip;
  members: Member[];
  questions: ChecklistQuestion[];
  items: ItineraryItem[];
  qaNotes: QaNote[];
  answers: ChecklistAnswer[];
  minutes: Minutes[];
  reportNotes: ReportNote[];
}

/**
 * The sample trip's records, as the app stores them and a report is compiled
 * from them. Pure, so that the app writes them (renderer/data/sampleTrip.ts)
 * and tests in Node compile them without a database.
 */
export function sampleTripRecords(meta: SampleMeta): SampleRecords {
  const { id: tripId, ...tripFields } = sampleTrip;
  const trip = { ...meta(tripId), ...tripInput.parse(tripFields) };
  // Each joined the roster a moment after the one before, in the delegation's order: the roster and the report list them so.
  const members = sampleMembers.map(({ id, ...fields }, index) => {
    const made = meta(id);
    const createdAt = new Date(Date.parse(made.createdAt) + index).toISOString();
    return { ...made, createdAt, tripId, ...memberInput.parse(fields) };
  });
  const questions = checklistFromTemplate(tripId).map((question) => ({ ...meta(question.id), ...question }));
  const items: ItineraryItem[] = [];
  for (const entry of sampleItinerary) {
    const day = items.filter((other) => other.date === entry.date);
    items.push({
      ...meta(entry.id),
      ...entry,
      tripId,
      attendeeIds: null,
      preparationNotes: { lang: 'ko', text: '', translations: {} },
      position: positionInDay(day, entry),
    });
  }
  return {
    trip,
    members,
    questions,
    items,
    ...fukuokaNotes(meta, tripId, members),
    reportNotes: reportNotes(meta, tripId, members),
  };
}

/** A text of its own for each record: a test or a device that edits one edits no other. */
function copy(text: TranslatableText): TranslatableText {
  return {
    ...text,
    translations: { ...text.translations },
    ...(text.reviewed ? { reviewed: { ...text.reviewed } } : {}),
  };
}

/** What the delegation's leader wrote in the report: the seed's findings, the Fukuoka summary, its section IV. */
function reportNotes(meta: SampleMeta, tripId: RecordId, members: readonly { id: RecordId; role: string }[]) {
  const leader = members.find((member) => member.role === 'organiser')?.id ?? null;
  const note = (key: Pick<ReportNote, 'kind' | 'questionId' | 'itemId'>, body: TranslatableText): ReportNote => ({
    ...meta(reportNoteId(tripId, key), leader),
    tripId,
    ...key,
    body: copy(body),
  });
  return [
    ...sampleFindings.map((finding) =>
      note({ kind: 'finding', questionId: templateQuestionId(tripId, finding.question), itemId: null }, finding.text),
    ),
    note({ kind: 'visitSummary', questionId: null, itemId: sampleId('item:fukuoka') }, sampleFukuokaSummary),
    note({ kind: 'evaluation', questionId: null, itemId: null }, sampleEvaluation),
  ];
}

/** The notes of the Fukuoka meeting from the seed: the governor's Q&A, a few answers, the minutes. */
function fukuokaNotes(meta: SampleMeta, tripId: RecordId, members: readonly { id: RecordId; role: string }[]) {
  const visitId = sampleId('item:fukuoka');
  const officers = members.filter((member) => member.role === 'member');
  const officer = (index: number) => officers[index % officers.length]?.id ?? null;
  const question = (key: string) => templateQuestionId(tripId, key);

  let position: string | null = null;
  const qaNotes: QaNote[] = sampleFukuokaQa.map((entry) => {
    position = positionBetween(position, null);
    const askedBy = officer(entry.asker);
    return {
      ...meta(sampleId(`qa:${entry.key}`), askedBy),
      tripId,
      visitId,
      question: copy(entry.question),
      askedBy,
      writtenBy: askedBy,
      answeredBy: FUKUOKA_GOVERNOR,
      answer: copy(entry.answer),
      time: entry.time,
      checklistQuestionIds: entry.checklist.map(question),
      position,
    };
  });
  const answers: ChecklistAnswer[] = sampleFukuokaAnswers.flatMap((entry) => {
    const memberId = officer(entry.member);
    if (!memberId) return [];
    const questionId = question(entry.question);
    return [
      {
        ...meta(answerId(visitId, questionId, memberId), memberId),
        tripId,
        visitId,
        questionId,
        memberId,
        body: copy(entry.text),
      },
    ];
  });
  const organiser = members.find((member) => member.role === 'organiser')?.id ?? null;
  const minutes: Minutes = {
    ...meta(minutesId(visitId), organiser),
    tripId,
    visitId,
    hostAttendees: [FUKUOKA_GOVERNOR],
    delegationAttendeeIds: members.map((member) => member.id),
    agenda: [],
    discussion: copy(sampleFukuokaMinutes.discussion),
    decisions: copy(sampleFukuokaMinutes.decisions),
    followUps: [
      {
        id: sampleId('follow-up:science-month'),
        text: copy(sampleFukuokaFollowUp),
        ownerId: organiser,
        done: false,
      },
    ],
  };
  return { qaNotes, answers, minutes: [minutes] };
}
