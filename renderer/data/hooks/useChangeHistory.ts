import type { RecordId } from '@shared/model';
import type { SyncedTable } from '@shared/sync/leaves';
import { listChangeHistory, type RecordHistory } from '../history/recordHistory';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** A record's history of changes, newest first, lost ones marked; undefined while loading. */
export function useChangeHistory(table: SyncedTable, recordId: RecordId): RecordHistory | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => listChangeHistory(db, table, recordId), [db, table, recordId]);
}
