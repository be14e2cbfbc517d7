import { positionBetween, positionInDay } from '@shared/itinerary/ordering';
import {
  answerId,
  type ChecklistAnswer,
  checklistFromTemplate,
  type ItineraryItem,
  type Minutes,
  memberInput,
  minutesId,
  type QaNote,
  type RecordId,
  templateQuestionId,
  tripInput,
} from '@shared/model';
import {
  FUKUOKA_GOVERNOR,
  SAMPLE_TRIP_ID,
  sampleId,
  sampleItinerary,
  sampleMembers,
  sampleTrip,
} from '@shared/sample/stepi1996';
import { sampleFukuokaAnswers, sampleFukuokaMinutes, sampleFukuokaQa } from '@shared/sample/stepi1996Notes';
import { recordVersion } from './noteVersions';
import { isLive } from './records';
import { asMember, type Store } from './store';
import { createMeta } from './writeContext';
import { writeRecords, writeTransaction } from './writes';

/**
 * Writes the sample trip of the seed (1996 visit to Japan) and returns its id.
 * If it is already there, nothing changes; if it was deleted, it comes back
 * as new. The ids are fixed, so the sample is one trip on every device.
 */
export async function loadSampleTrip(store: Store): Promise<RecordId> {
  const { db, ctx } = store;
  const { id: tripId, ...tripFields } = sampleTrip;
  const trip = { ...createMeta(ctx, tripId), ...tripInput.parse(tripFields) };
  const members = sampleMembers.map(({ id, ...fields }) => ({
    ...createMeta(ctx, id),
    tripId,
    ...memberInput.parse(fields),
  }));
  const questions = checklistFromTemplate(tripId).map((question) => ({ ...createMeta(ctx, question.id), ...question }));
  const items: ItineraryItem[] = [];
  for (const entry of sampleItinerary) {
    const day = items.filter((other) => other.date === entry.date);
    items.push({
      ...createMeta(ctx, entry.id),
      ...entry,
      tripId,
      attendeeIds: null,
      preparationNotes: { lang: 'ko', text: '', translations: {} },
      position: positionInDay(day, entry),
    });
  }

  const notes = fukuokaNotes(store, tripId, members);

  // All of the sample or none of it: half a sample would look like lost data.
  const tables = [
    db.trips,
    db.members,
    db.checklistQuestions,
    db.itineraryItems,
    db.qaNotes,
    db.checklistAnswers,
    db.minutes,
    db.noteVersions,
  ];
  await writeTransaction(db, tables, async () => {
    if (isLive(await db.trips.get(SAMPLE_TRIP_ID))) return;
    await writeRecords(store, 'trips', [trip]);
    await writeRecords(store, 'members', members);
    await writeRecords(store, 'checklistQuestions', questions);
    await writeRecords(store, 'itineraryItems', items);
    await writeRecords(store, 'qaNotes', notes.qa);
    await writeRecords(store, 'checklistAnswers', notes.answers);
    await writeRecords(store, 'minutes', [notes.minutes]);
    // Each note starts its history as its author wrote it, so that a later correction can be undone.
    for (const note of notes.qa) await recordVersion(asMember(store, note.askedBy), 'qaNotes', note);
    for (const answer of notes.answers)
      await recordVersion(asMember(store, answer.memberId), 'checklistAnswers', answer);
    await recordVersion(asMember(store, notes.minutes.updatedBy.memberId), 'minutes', notes.minutes);
  });
  return SAMPLE_TRIP_ID;
}

/** The notes of the Fukuoka meeting from the seed: the governor's Q&A, a few answers, the minutes. */
function fukuokaNotes(store: Store, tripId: RecordId, members: readonly { id: RecordId; role: string }[]) {
  const { ctx } = store;
  const visitId = sampleId('item:fukuoka');
  const officers = members.filter((member) => member.role === 'member');
  const officer = (index: number) => officers[index % officers.length]?.id ?? null;
  const question = (key: string) => templateQuestionId(tripId, key);

  let position: string | null = null;
  const qa: QaNote[] = sampleFukuokaQa.map((entry) => {
    position = positionBetween(position, null);
    const askedBy = officer(entry.asker);
    return {
      ...createMeta({ ...ctx, memberId: askedBy }, sampleId(`qa:${entry.key}`)),
      tripId,
      visitId,
      question: entry.question,
      askedBy,
      answeredBy: FUKUOKA_GOVERNOR,
      answer: entry.answer,
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
        ...createMeta({ ...ctx, memberId }, answerId(visitId, questionId, memberId)),
        tripId,
        visitId,
        questionId,
        memberId,
        body: { lang: 'ko', text: entry.text, translations: {} },
      },
    ];
  });
  const organiser = members.find((member) => member.role === 'organiser')?.id ?? null;
  const minutes: Minutes = {
    ...createMeta({ ...ctx, memberId: organiser }, minutesId(visitId)),
    tripId,
    visitId,
    hostAttendees: [FUKUOKA_GOVERNOR],
    delegationAttendeeIds: members.map((member) => member.id),
    agenda: [],
    ...sampleFukuokaMinutes,
    followUps: [
      {
        id: sampleId('follow-up:science-month'),
        text: { lang: 'ko', text: '후쿠오카현 과학의 달 행사 자료 요청', translations: {} },
        ownerId: organiser,
        done: false,
      },
    ],
  };
  return { qa, answers, minutes };
}
