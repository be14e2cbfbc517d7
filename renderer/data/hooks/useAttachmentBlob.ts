import type { RecordId } from '@shared/model';
import { getAttachmentFile, getThumbnail } from '../records/attachments';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/**
 * An attachment's file or thumbnail as stored, again once it arrives (a
 * download); null when it is not here, undefined while loading.
 */
export function useAttachmentBlob(id: RecordId, which: 'file' | 'thumbnail'): Blob | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(
    () => (which === 'file' ? getAttachmentFile(db, id) : getThumbnail(db, id)),
    [db, id, which],
  );
}
