import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { type SaveState, useSaveTracker } from './SaveTracker';

/** Saves follow typing after this pause: well within half a second of the last keystroke. */
export const AUTOSAVE_DELAY_MS = 300;

const JOURNAL_PREFIX = 'fieldbook.unsaved.';

interface Journal<T> {
  value: T;
}

function readJournal<T>(key: string): Journal<T> | null {
  try {
    const raw = localStorage.getItem(JOURNAL_PREFIX + key);
    return raw ? (JSON.parse(raw) as Journal<T>) : null;
  } catch {
    return null;
  }
}

interface AutosaveOptions<T> {
  /** Names the value on this device, for the journal that outlives a crash before the save. */
  journalKey: string;
  /** What is stored now (from the database). */
  stored: T;
  save: (value: T) => Promise<void>;
}

/**
 * Local editing with saving behind it: the value shown is the user's, saved
 * AUTOSAVE_DELAY_MS after the last change, at once when the page is hidden
 * or closed, and one save at a time in order. Each change is also written at
 * once to a journal in localStorage, so that a crash or a reload before the
 * save loses nothing: the journal is saved on the next start. Changes stored
 * from elsewhere replace the value only while the user has nothing unsaved.
 */
export function useAutosave<T>({ journalKey, stored, save }: AutosaveOptions<T>) {
  const tracker = useSaveTracker();
  const trackerKey = useId();
  const [value, setValue] = useState<T>(() => readJournal<T>(journalKey)?.value ?? stored);
  const [state, setState] = useState<SaveState>(() => (readJournal(journalKey) ? 'pending' : 'saved'));
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(value);
  const dirty = useRef(state === 'pending');
  /** Saves asked for and not yet finished; counted from the ask, so that none goes unseen. */
  const saving = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  saveRef.current = save;

  const report = useCallback(
    (next: SaveState, message: string | null = null) => {
      setState(next);
      setError(message);
      tracker?.report(trackerKey, next, message ?? undefined);
    },
    [tracker, trackerKey],
  );

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (!dirty.current) return queue.current;
    dirty.current = false;
    const snapshot = latest.current;
    report('saving');
    saving.current += 1;
    queue.current = queue.current.then(async () => {
      try {
        await saveRef.current(snapshot);
        if (latest.current === snapshot) localStorage.removeItem(JOURNAL_PREFIX + journalKey);
        if (!dirty.current) report('saved');
      } catch (cause) {
        dirty.current = true;
        report('failed', cause instanceof Error ? cause.message : String(cause));
      } finally {
        saving.current -= 1;
      }
    });
    return queue.current;
  }, [journalKey, report]);

  const change = useCallback(
    (next: T) => {
      latest.current = next;
      dirty.current = true;
      setValue(next);
      try {
        localStorage.setItem(JOURNAL_PREFIX + journalKey, JSON.stringify({ value: next } satisfies Journal<T>));
      } catch {
        // A full localStorage only loses the crash journal; the save below still runs.
      }
      report('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush, journalKey, report],
  );

  // What another device (or window) stored shows up unless the user has edits of their own here.
  // Only a change of what is stored counts, compared by content: callers build `stored` afresh on
  // every render, and the end of a save must not bring back what was stored before it, which the
  // database query still reports until it learns of the save.
  const storedContent = JSON.stringify(stored);
  const storedRef = useRef(stored);
  storedRef.current = stored;
  useEffect(() => {
    if (!dirty.current && saving.current === 0 && JSON.stringify(latest.current) !== storedContent) {
      latest.current = storedRef.current;
      setValue(storedRef.current);
    }
  }, [storedContent]);

  // A journal left by a crash is saved as soon as the field is back.
  useEffect(() => {
    if (dirty.current) void flush();
  }, [flush]);

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
      tracker?.forget(trackerKey);
    };
  }, [flush, tracker, trackerKey]);

  return { value, change, flush, state, error };
}
