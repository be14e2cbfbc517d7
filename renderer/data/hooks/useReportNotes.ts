import type { RecordId, ReportNote } from '@shared/model';
import { listReportNotes } from '../records/reportNotes';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** What the organisers wrote for a trip's report; undefined while loading. */
export function useReportNotes(tripId: RecordId): ReportNote[] | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => listReportNotes(db, tripId), [db, tripId]);
}
