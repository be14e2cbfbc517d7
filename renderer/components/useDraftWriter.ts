import { useCallback, useRef, useState } from 'react';
import type { Draft } from '../data/database/rows';
import type { Store } from '../data/database/store';
import { commitDraft, discardDraft, keepDraft } from '../data/drafts/drafts';

type Pending = { value: unknown; basedOn: string | null } | { value: null };

/**
 * Writes a draft to the database as its value changes, one write at a time
 * and the latest value only, and never throws into the UI: a write storage
 * refuses removes the draft (an older one must not come back after a crash)
 * and sets `unprotected`. `commit` runs a save and forgets the draft in one
 * transaction, after the writes before it.
 */
export function useDraftWriter(store: Store, key: string, kind: Draft['kind']) {
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef<Pending | null>(null);
  /** Moves on at each commit: a write asked for before it must not write, after it, what came later. */
  const generation = useRef(0);
  const [unprotected, setUnprotected] = useState(false);
  const context = useRef({ store, key, kind });
  context.current = { store, key, kind };

  /** Keeps `value` as the draft, or forgets the draft when `value` is null (nothing worth keeping). */
  const write = useCallback((value: unknown, basedOn: string | null = null) => {
    const idle = pending.current === null;
    pending.current = value === null ? { value: null } : { value, basedOn };
    if (!idle) return;
    const asked = generation.current;
    queue.current = queue.current.then(async () => {
      if (asked !== generation.current) return;
      const next = pending.current;
      pending.current = null;
      if (!next) return;
      const { store, key, kind } = context.current;
      try {
        if (next.value === null) await discardDraft(store, key);
        else if ('basedOn' in next) await keepDraft(store, { key, kind, value: next.value, basedOn: next.basedOn });
        setUnprotected(false);
      } catch {
        setUnprotected(true);
        await discardDraft(store, key).catch(() => {});
      }
    });
  }, []);

  const commit = useCallback(<T>(save: () => Promise<T>): Promise<T> => {
    pending.current = null;
    generation.current += 1;
    const { store, key } = context.current;
    const saved = queue.current.then(() => commitDraft(store, key, save));
    queue.current = saved.catch(() => {});
    return saved;
  }, []);

  return { write, commit, unprotected };
}
