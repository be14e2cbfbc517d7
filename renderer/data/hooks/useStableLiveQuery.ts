import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';
import { type DependencyList, useRef } from 'react';
import { keepUnchanged } from './keepUnchanged';

/**
 * useLiveQuery (dexie-react-hooks), whose answer keeps the identity of what
 * did not change (keepUnchanged): an answer equal to the one shown renders
 * nothing again, and in a changed list the rows that did not change are the
 * objects shown before, so that what shows them (under React.memo) is not
 * drawn again. A save of one answer, which runs again every query over its
 * table, so redraws that answer's card only, and a save that changes nothing
 * shown (its sync state, say) nothing at all. Undefined while loading; as
 * useLiveQuery, the last answer stays while the deps' new one loads.
 */
export function useStableLiveQuery<T>(querier: () => Promise<T> | T, deps: DependencyList): T | undefined {
  const shown = useRef<T | undefined>(undefined);
  return useObservable(() => {
    const live = liveQuery(querier);
    return {
      subscribe: (onNext: (value: T) => unknown, onError?: (error: unknown) => unknown) =>
        live.subscribe({
          next: (value) => {
            shown.current = keepUnchanged(shown.current, value);
            // The same object again is not news: useObservable renders only a different one.
            onNext(shown.current);
          },
          error: (error) => onError?.(error),
        }),
    };
  }, [...deps]);
}
