import type { RecordId, ReportNote } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { listReportNotes } from '../records/reportNotes';
import { useStore } from './StoreContext';

/** What the organisers wrote for a trip's report; undefined while loading. */
export function useReportNotes(tripId: RecordId): ReportNote[] | undefined {
  const { db } = useStore();
  return useLiveQuery(() => listReportNotes(db, tripId), [db, tripId]);
}
