import type { RecordId, ReportLayout } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { getReportLayout } from '../records/reportLayouts';
import { useStore } from './StoreContext';

/** The trip's arrangement of its report; undefined while loading, null while nobody has arranged it. */
export function useReportLayout(tripId: RecordId): ReportLayout | null | undefined {
  const { db } = useStore();
  return useLiveQuery(async () => (await getReportLayout(db, tripId)) ?? null, [db, tripId]);
}
