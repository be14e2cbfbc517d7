import type { RecordId, ReportLayout } from '@shared/model';
import { getReportLayout } from '../records/reportLayouts';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** The trip's arrangement of its report; undefined while loading, null while nobody has arranged it. */
export function useReportLayout(tripId: RecordId): ReportLayout | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(async () => (await getReportLayout(db, tripId)) ?? null, [db, tripId]);
}
