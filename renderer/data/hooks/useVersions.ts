import type { NoteVersion, RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { listVersions } from '../history/noteVersions';
import { useStore } from './StoreContext';

/** A note's history, oldest first; undefined while loading. */
export function useVersions(recordId: RecordId): NoteVersion[] | undefined {
  const { db } = useStore();
  return useLiveQuery(() => listVersions(db, recordId), [db, recordId]);
}
