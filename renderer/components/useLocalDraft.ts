import { useCallback, useState } from 'react';

const PREFIX = 'fieldbook.draft.';

/**
 * State that outlives a reload or a crash: every change is written to
 * localStorage at once, until the draft is cleared (saved or abandoned).
 */
export function useLocalDraft<T>(key: string, initial: () => T): [T, (next: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = localStorage.getItem(PREFIX + key);
      return raw ? (JSON.parse(raw) as T) : initial();
    } catch {
      return initial();
    }
  });
  const change = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(PREFIX + key, JSON.stringify(next));
      } catch {
        // Without room in localStorage the draft lives only in memory until it is saved.
      }
    },
    [key],
  );
  const clear = useCallback(() => {
    localStorage.removeItem(PREFIX + key);
    setValue(initial());
  }, [key, initial]);
  return [value, change, clear];
}
