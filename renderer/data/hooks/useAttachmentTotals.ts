import { attachmentTotals } from '../records/attachments';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/**
 * How many files are attached in all trips, here or on other devices, and
 * their size (attachmentTotals); undefined while loading.
 */
export function useAttachmentTotals(): { count: number; bytes: number } | undefined {
  const { db } = useStore();
  return useStableLiveQuery(() => attachmentTotals(db), [db]);
}
