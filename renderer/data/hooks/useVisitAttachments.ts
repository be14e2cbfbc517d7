import type { Attachment, RecordId } from '@shared/model';
import { listVisitAttachments } from '../records/attachments';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** A visit's photos and files; undefined while loading. */
export function useVisitAttachments(visitId: RecordId): Attachment[] | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => listVisitAttachments(db, visitId), [db, visitId]);
}
