import type { NoteVersion, RecordId } from '@shared/model';
import { listVersions } from '../history/noteVersions';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** A note's history, oldest first; undefined while loading. */
export function useVersions(recordId: RecordId): NoteVersion[] | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => listVersions(db, recordId), [db, recordId]);
}
