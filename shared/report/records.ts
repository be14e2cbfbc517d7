import { sortItems } from '../itinerary/ordering';
import {
  type ChecklistAnswer,
  type ChecklistQuestion,
  type HostPersonEntry,
  type ItineraryItem,
  type Member,
  type Minutes,
  type QaNote,
  type RecordId,
  type RecordMeta,
  type ReportNote,
  type Trip,
  takesNotes,
} from '../model';
import { inDelegationOrder } from './sections/people';

/** What a report is compiled from: one trip's records, as stored (deleted ones are left out here). */
export interface ReportRecords {
  trip: Trip;
  members: readonly Member[];
  items: readonly ItineraryItem[];
  questions: readonly ChecklistQuestion[];
  answers: readonly ChecklistAnswer[];
  minutes: readonly Minutes[];
  qaNotes: readonly QaNote[];
  /** What the organisers wrote in the report; a trip where they have written nothing yet has none. */
  reportNotes?: readonly ReportNote[];
  /**
   * The trip's directory of host people as stored (shared/people/directory.ts
   * derives the rest from the records' copies); none where nobody corrected anyone yet.
   */
  hostPeople?: readonly HostPersonEntry[];
}

/** A trip's live records in the order a report reads them, and looked up by id. */
export interface TripIndex {
  trip: Trip;
  /** The roster in the delegation's order (`inDelegationOrder`): organisers, then members, then interpreters. */
  members: Member[];
  /** Every member ever on the roster, by id. */
  memberById: Map<RecordId, Member>;
  /** The whole itinerary, day by day. */
  items: ItineraryItem[];
  /** The items where notes are taken (visits, lectures, meetings), in itinerary order. */
  notedItems: ItineraryItem[];
  itemById: Map<RecordId, ItineraryItem>;
  /** Checklist questions in their order, retired ones too: their answers belong in the report. */
  questions: ChecklistQuestion[];
  /** Answers in itinerary order, then roster order. */
  answers: ChecklistAnswer[];
  minutesByItem: Map<RecordId, Minutes>;
  /** Q&A notes in itinerary order, then in their order at the item. */
  qaNotes: QaNote[];
  /** The organisers' finding for each checklist question, by the question's id. */
  findings: Map<RecordId, ReportNote>;
  /** The organisers' summary of each item, by the item's id. */
  summaries: Map<RecordId, ReportNote>;
  evaluation: ReportNote | null;
}

const live = <T extends Pick<RecordMeta, 'deletedAt'>>(records: readonly T[]) =>
  records.filter((record) => record.deletedAt === null);

/** Fractional positions sort by code unit, as the itinerary's do. */
const byPosition = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function indexTrip(records: ReportRecords): TripIndex {
  const members = inDelegationOrder(live(records.members));
  const items = sortItems(live(records.items));
  const notedItems = items.filter(takesNotes);
  const itemOrder = new Map(notedItems.map((item, index) => [item.id, index]));
  const memberOrder = new Map(members.map((member, index) => [member.id, index]));
  // Notes at an item that no longer takes notes or no longer exists have no place in the report.
  const atNotedItem = <T extends { visitId: RecordId } & Pick<RecordMeta, 'deletedAt'>>(notes: readonly T[]) =>
    live(notes).filter((note) => itemOrder.has(note.visitId));
  const byItem = (a: { visitId: RecordId }, b: { visitId: RecordId }) =>
    (itemOrder.get(a.visitId) ?? 0) - (itemOrder.get(b.visitId) ?? 0);
  return {
    trip: records.trip,
    members,
    // A member taken off the roster is still named beside the notes they wrote.
    memberById: new Map(records.members.map((member) => [member.id, member])),
    items,
    notedItems,
    itemById: new Map(items.map((item) => [item.id, item])),
    questions: live(records.questions).sort((a, b) => a.order - b.order),
    answers: atNotedItem(records.answers).sort(
      (a, b) => byItem(a, b) || (memberOrder.get(a.memberId) ?? 0) - (memberOrder.get(b.memberId) ?? 0),
    ),
    minutesByItem: new Map(atNotedItem(records.minutes).map((minutes) => [minutes.visitId, minutes])),
    qaNotes: atNotedItem(records.qaNotes).sort((a, b) => byItem(a, b) || byPosition(a.position, b.position)),
    ...organisersNotes(live(records.reportNotes ?? [])),
  };
}

/** Report notes by what they are written for: one per question, item or trip, by their derived ids. */
function organisersNotes(notes: readonly ReportNote[]) {
  const findings = new Map<RecordId, ReportNote>();
  const summaries = new Map<RecordId, ReportNote>();
  let evaluation: ReportNote | null = null;
  for (const note of notes) {
    if (note.kind === 'finding' && note.questionId) findings.set(note.questionId, note);
    else if (note.kind === 'visitSummary' && note.itemId) summaries.set(note.itemId, note);
    else if (note.kind === 'evaluation') evaluation = note;
  }
  return { findings, summaries, evaluation };
}
