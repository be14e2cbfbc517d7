import type { RecordId, VersionedTable } from '@shared/model';
import { listNoteAuthors } from '../history/noteAuthors';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** Who wrote each of the notes' texts (see listNoteAuthors); empty while loading. */
export function useNoteAuthors(
  table: VersionedTable,
  tripId: RecordId,
  recordIds: readonly RecordId[],
): ReadonlyMap<RecordId, RecordId> {
  const store = useStore();
  const key = recordIds.join(',');
  // The ids are compared by their content (key), not by the array, new at every render.
  const authors = useStableLiveQuery(
    () => listNoteAuthors(store, table, tripId, recordIds),
    [store, table, tripId, key],
  );
  return authors ?? EMPTY;
}

const EMPTY: ReadonlyMap<RecordId, RecordId> = new Map();
