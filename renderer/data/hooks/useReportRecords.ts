import type { RecordId } from '@shared/model';
import type { ReportRecords } from '@shared/report/records';
import { useLiveQuery } from 'dexie-react-hooks';
import { listTripAnswers } from '../checklistAnswers';
import { listQuestions } from '../checklistQuestions';
import { listItinerary } from '../itineraryItems';
import { listMembers } from '../members';
import { listTripMinutes } from '../minutes';
import { listTripQaNotes } from '../qaNotes';
import { listReportNotes } from '../reportNotes';
import { useStore } from '../StoreContext';
import { getTrip } from '../trips';

/**
 * Everything a trip's report is compiled from, read in one transaction so
 * that the report never mixes records from before and after a sync;
 * undefined while loading, null when the trip does not exist.
 */
export function useReportRecords(tripId: RecordId): ReportRecords | null | undefined {
  const { db } = useStore();
  return useLiveQuery(
    () =>
      db.transaction(
        'r',
        [
          db.trips,
          db.members,
          db.itineraryItems,
          db.checklistQuestions,
          db.checklistAnswers,
          db.minutes,
          db.qaNotes,
          db.reportNotes,
        ],
        async () => {
          const trip = await getTrip(db, tripId);
          if (!trip) return null;
          const [members, items, questions, answers, minutes, qaNotes, reportNotes] = await Promise.all([
            listMembers(db, tripId),
            listItinerary(db, tripId),
            listQuestions(db, tripId),
            listTripAnswers(db, tripId),
            listTripMinutes(db, tripId),
            listTripQaNotes(db, tripId),
            listReportNotes(db, tripId),
          ]);
          return { trip, members, items, questions, answers, minutes, qaNotes, reportNotes };
        },
      ),
    [db, tripId],
  );
}
