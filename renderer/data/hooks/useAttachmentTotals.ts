import { useLiveQuery } from 'dexie-react-hooks';
import { attachmentTotals } from '../records/attachments';
import { useStore } from './StoreContext';

/** How many files this device holds and their size; undefined while loading. */
export function useAttachmentTotals(): { count: number; bytes: number } | undefined {
  const { db } = useStore();
  return useLiveQuery(() => attachmentTotals(db), [db]);
}
