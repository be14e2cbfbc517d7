import type { RecordId } from '@shared/model';
import { filesHere } from '../records/attachments';
import { useStore } from './StoreContext';
import { useStableLiveQuery } from './useStableLiveQuery';

/**
 * Which of these attachments have their file on this device, again whenever
 * a file arrives; undefined while loading, a new list of ids included (the
 * answer for the list before would take a file attached now for one elsewhere).
 */
export function useFilesHere(ids: readonly RecordId[]): Set<RecordId> | undefined {
  const { db } = useStore();
  // The ids by their content, not the array's identity: a new array each render asks again only when they change.
  const key = ids.join(' ');
  const answer = useStableLiveQuery(
    async () => ({ key, here: await filesHere(db, key ? key.split(' ') : []) }),
    [db, key],
  );
  return answer?.key === key ? answer.here : undefined;
}
