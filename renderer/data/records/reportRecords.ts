import type { RecordId } from '@shared/model';
import type { ReportRecords } from '@shared/report/records';
import type { FieldbookDB } from '../database/db';
import { listTripAnswers } from './checklistAnswers';
import { listQuestions } from './checklistQuestions';
import { storedHostPeople } from './hostPeople';
import { listItinerary } from './itineraryItems';
import { listMembers } from './members';
import { listTripMinutes } from './minutes';
import { listTripQaNotes } from './qaNotes';
import { listReportNotes } from './reportNotes';
import { getTrip } from './trips';

/**
 * Every record a trip's documents are made from (the report, the printed
 * itinerary, the texts to translate), with the stored entries of its
 * directory of host people, read in one transaction so that they never mix
 * records from before and after a sync; null when the trip does not exist.
 */
export function loadReportRecords(db: FieldbookDB, tripId: RecordId): Promise<Required<ReportRecords> | null> {
  const tables = [
    db.trips,
    db.members,
    db.itineraryItems,
    db.checklistQuestions,
    db.checklistAnswers,
    db.minutes,
    db.qaNotes,
    db.reportNotes,
    db.hostPeople,
  ];
  return db.transaction('r', tables, async () => {
    const trip = await getTrip(db, tripId);
    if (!trip) return null;
    const [members, items, questions, answers, minutes, qaNotes, reportNotes, hostPeople] = await Promise.all([
      listMembers(db, tripId),
      listItinerary(db, tripId),
      listQuestions(db, tripId),
      listTripAnswers(db, tripId),
      listTripMinutes(db, tripId),
      listTripQaNotes(db, tripId),
      listReportNotes(db, tripId),
      storedHostPeople(db, tripId),
    ]);
    return { trip, members, items, questions, answers, minutes, qaNotes, reportNotes, hostPeople };
  });
}
