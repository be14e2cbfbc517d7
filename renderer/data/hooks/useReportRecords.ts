import type { RecordId } from '@shared/model';
import type { ReportRecords } from '@shared/report/records';
import { loadReportRecords } from '../records/reportRecords';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** Everything a trip's documents are compiled from (loadReportRecords), live; undefined while loading, null when the trip does not exist. */
export function useReportRecords(tripId: RecordId): ReportRecords | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => loadReportRecords(db, tripId), [db, tripId]);
}
