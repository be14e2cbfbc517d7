import type { Attachment, RecordId } from '@shared/model';
import { getAttachment } from '../records/attachments';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/** One attachment's description, removed or not: null when this device has none (yet), undefined while loading. */
export function useAttachment(id: RecordId): Attachment | null | undefined {
  const { db } = useStore();
  return useStableLiveQuery(async () => (await getAttachment(db, id)) ?? null, [db, id]);
}
