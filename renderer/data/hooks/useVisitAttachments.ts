import type { Attachment, RecordId } from '@shared/model';
import { useLiveQuery } from 'dexie-react-hooks';
import { listVisitAttachments } from '../records/attachments';
import { useStore } from './StoreContext';

/** A visit's photos and files; undefined while loading. */
export function useVisitAttachments(visitId: RecordId): Attachment[] | undefined {
  const { db } = useStore();
  return useLiveQuery(() => listVisitAttachments(db, visitId), [db, visitId]);
}
