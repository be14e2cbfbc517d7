import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

/** Where one field stands: its save, the message if it failed, and whether its crash draft could not be written. */
export interface FieldStatus {
  state: SaveState;
  error: string | null;
  unprotected: boolean;
}

interface Tracker {
  report(key: string, status: FieldStatus): void;
  forget(key: string): void;
}

interface Summary {
  state: SaveState;
  error: string | null;
  /** When the last save completed (ms since epoch). */
  lastSaved: number | null;
  /** Some field's text is not protected against a crash: its draft could not be written. */
  unprotected: boolean;
}

const TrackerContext = createContext<Tracker | null>(null);
const SummaryContext = createContext<Summary>({ state: 'saved', error: null, lastSaved: null, unprotected: false });

const sameStatus = (a: FieldStatus | undefined, b: FieldStatus) =>
  a !== undefined && a.state === b.state && a.error === b.error && a.unprotected === b.unprotected;

const RANK: Record<SaveState, number> = { saved: 0, pending: 1, saving: 2, failed: 3 };

/**
 * Collects the save state of every autosaving field on a screen into one:
 * the worst of them (a failure over a save in progress over pending edits
 * over all saved), for the screen's "saved" indicator.
 */
export function SaveTrackerProvider({ children }: { children: ReactNode }) {
  const [states, setStates] = useState<ReadonlyMap<string, FieldStatus>>(new Map());
  const [lastSaved, setLastSaved] = useState<number | null>(null);

  const report = useCallback((key: string, status: FieldStatus) => {
    // A field reports at each keystroke: the same status again changes nothing, and draws no indicator.
    setStates((previous) => (sameStatus(previous.get(key), status) ? previous : new Map(previous).set(key, status)));
    if (status.state === 'saved') setLastSaved(Date.now());
  }, []);
  const forget = useCallback((key: string) => {
    setStates((previous) => {
      const next = new Map(previous);
      next.delete(key);
      return next;
    });
  }, []);

  const tracker = useMemo(() => ({ report, forget }), [report, forget]);
  const summary = useMemo<Summary>(() => {
    let worst: Pick<FieldStatus, 'state' | 'error'> = { state: 'saved', error: null };
    let unprotected = false;
    for (const entry of states.values()) {
      if (RANK[entry.state] > RANK[worst.state]) worst = entry;
      unprotected ||= entry.unprotected;
    }
    return { state: worst.state, error: worst.error, lastSaved, unprotected };
  }, [states, lastSaved]);

  return (
    <TrackerContext.Provider value={tracker}>
      <SummaryContext.Provider value={summary}>{children}</SummaryContext.Provider>
    </TrackerContext.Provider>
  );
}

export function useSaveTracker(): Tracker | null {
  return useContext(TrackerContext);
}

export function useSaveSummary(): Summary {
  return useContext(SummaryContext);
}
