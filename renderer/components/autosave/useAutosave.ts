import { type ChangedBy, newId } from '@shared/model';
import type { NoteTarget, NoteValue } from '@shared/notes/noteTarget';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Store } from '../../data/database/store';
import { discardDraft } from '../../data/drafts/drafts';
import { draftKeyOf, keepNoteDraft, reopenNoteDraft, saveNote } from '../../data/recovery/noteDrafts';
import { useDescribeSaveError } from '../saveError';
import { afterPaint } from './afterPaint';
import { type SaveState, useSaveTracker } from './SaveTracker';

/** Saves follow typing after this pause: well within half a second of the last keystroke. */
export const AUTOSAVE_DELAY_MS = 300;

interface AutosaveOptions<T extends NoteTarget> {
  /** The store as the member writing (see asMember). */
  store: Store;
  /** The note being edited. */
  target: T;
  /** What is stored now (from the database), or the note's starting value before it exists. */
  stored: NoteValue<T>;
  /** The stored version shown (the record's hlc); null before the note exists. */
  storedVersion: string | null;
  /** Who stored it last (the record's updatedBy): said when their text replaces what is shown; absent before the note exists. */
  storedBy?: ChangedBy | undefined;
}

/**
 * Local editing with saving behind it: the value shown is the user's, kept
 * as a draft in the database at each keystroke (see data/drafts.ts), saved
 * AUTOSAVE_DELAY_MS after the last change, at once when the field is left
 * or the page hidden or closed. Draft writes and saves run one at a time in
 * order, so a draft always names the stored version it was typed over, and
 * a save removes its draft in the same transaction. Changes stored from
 * elsewhere replace the value only while the user has nothing unsaved;
 * `replacedBy` names who wrote them when that was another device, until the
 * user types again.
 *
 * Each time the user comes back to the field is a new stretch of editing,
 * and so a new version in the note's history (shared/notes/versions.ts).
 */
export function useAutosave<T extends NoteTarget>({
  store,
  target,
  stored,
  storedVersion,
  storedBy,
}: AutosaveOptions<T>) {
  type Value = NoteValue<T>;
  const { t } = useTranslation('notes');
  const failed = useCallback((reason: string) => t('save.failed', { reason }), [t]);
  const describeError = useDescribeSaveError(failed);
  const tracker = useSaveTracker();
  const trackerKey = useId();
  const [value, setValue] = useState<Value>(stored);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  /** Who wrote, on another device, the text that replaced what was shown; null once the user types again. */
  const [replacedBy, setReplacedBy] = useState<ChangedBy | null>(null);
  /**
   * What was typed last, with the note and the writer it was typed for: a
   * draft or a save always goes where the text was typed, by whom it was
   * typed, even when the editor is shown another note or member since.
   */
  const typed = useRef<{ value: Value; store: Store; target: T }>({ value, store, target });
  /** Typed and not yet taken by a save. */
  const dirty = useRef(false);
  /** Saves asked for and not yet finished; counted from the ask, so that none goes unseen. */
  const saving = useRef(0);
  const basedOn = useRef(storedVersion);
  /** What the editor showed when the typing not yet saved began: a save applies only what was typed since. */
  const typedOver = useRef<Value>(stored);
  const stretch = useRef(newId());
  const draftQueued = useRef(false);
  const unprotected = useRef(false);
  const mounted = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const describe = useRef(describeError);
  describe.current = describeError;

  const status = useRef<{ state: SaveState; error: string | null }>({ state: 'saved', error: null });
  const publish = useCallback(() => {
    if (!mounted.current) return;
    setState(status.current.state);
    setError(status.current.error);
    tracker?.report(trackerKey, { ...status.current, unprotected: unprotected.current });
  }, [tracker, trackerKey]);
  const report = useCallback(
    (next: SaveState, message: string | null = null) => {
      status.current = { state: next, error: message };
      publish();
    },
    [publish],
  );
  const protect = useCallback(
    (on: boolean) => {
      if (unprotected.current === !on) return;
      unprotected.current = !on;
      publish();
    },
    [publish],
  );

  const enqueue = useCallback((task: () => Promise<void>) => {
    queue.current = queue.current.then(task);
    return queue.current;
  }, []);

  /**
   * A draft of what is typed now, after any save before it; several keystrokes share one write, which
   * waits until the keystroke is painted (afterPaint).
   */
  const keepTyping = useCallback(() => {
    if (draftQueued.current) return;
    draftQueued.current = true;
    void afterPaint().then(() =>
      enqueue(async () => {
        draftQueued.current = false;
        if (!dirty.current) return;
        const { value, store, target } = typed.current;
        try {
          await keepNoteDraft(store, target, value, basedOn.current, typedOver.current);
          protect(true);
        } catch {
          // Without a draft a crash before the next save would bring back an older one: remove it.
          protect(false);
          await discardDraft(store, draftKeyOf(target)).catch(() => {});
        }
      }),
    );
  }, [enqueue, protect]);

  const save = useCallback(
    (stretchId: string) => {
      clearTimeout(timer.current);
      if (!dirty.current) return queue.current;
      report('saving');
      saving.current += 1;
      return enqueue(async () => {
        const { value, store, target } = typed.current;
        dirty.current = false;
        try {
          const writer = { db: store.db, ctx: { ...store.ctx, stretchId } };
          basedOn.current = await saveNote(writer, target, value, typedOver.current);
          // Typing goes on over what was just saved; what others wrote shows once nothing waits here.
          typedOver.current = value;
          if (!dirty.current) report('saved');
        } catch (cause) {
          dirty.current = true;
          report('failed', describe.current(cause));
        } finally {
          saving.current -= 1;
        }
      });
    },
    [enqueue, report],
  );

  /** Saves now; what is typed after is a new stretch of editing (the field or the page was left). */
  const flush = useCallback(() => {
    const done = save(stretch.current);
    stretch.current = newId();
    return done;
  }, [save]);

  const change = useCallback(
    (next: Value) => {
      typed.current = { value: next, store, target };
      dirty.current = true;
      setValue(next);
      setReplacedBy(null);
      keepTyping();
      report('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(stretch.current), AUTOSAVE_DELAY_MS);
    },
    [keepTyping, report, save, store, target],
  );

  // Text typed here earlier in this run that could not be saved (its save failed, and the editor
  // was closed) comes back when the note is opened again, and is saved; or, if the note changed
  // since, goes to its history as recovered text (see reopenNoteDraft).
  const opened = useRef({ store, target, storedVersion });
  useEffect(() => {
    const { store, target, storedVersion } = opened.current;
    void reopenNoteDraft(store, target, storedVersion)
      .then((draft) => {
        if (draft === null || !mounted.current || dirty.current) return;
        typed.current = { value: draft.value as Value, store, target };
        if (draft.typedOver !== undefined) typedOver.current = draft.typedOver as Value;
        dirty.current = true;
        setValue(draft.value as Value);
        report('pending');
        void save(stretch.current);
      })
      .catch(() => {});
  }, [report, save]);

  // What another device (or window) stored shows up unless the user has edits of their own here.
  // Only a change of what is stored counts, compared by content: callers build `stored` afresh on
  // every render, and the end of a save must not bring back what was stored before it, which the
  // database query still reports until it learns of the save.
  // Another device's text is said (by the caller, in a live region); another window's here is the user's own.
  const storedContent = JSON.stringify(stored);
  const elsewhere = storedBy && storedBy.deviceId !== store.ctx.deviceId ? storedBy : null;
  const storedRef = useRef({ stored, elsewhere });
  storedRef.current = { stored, elsewhere };
  useEffect(() => {
    if (dirty.current || saving.current > 0) return;
    const { stored, elsewhere } = storedRef.current;
    basedOn.current = storedVersion;
    typedOver.current = stored;
    if (JSON.stringify(typed.current.value) !== storedContent) {
      typed.current = { ...typed.current, value: stored };
      setValue(stored);
      setReplacedBy(elsewhere);
    }
  }, [storedContent, storedVersion]);

  useEffect(() => {
    mounted.current = true;
    const onHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      mounted.current = false;
      // A last save; if it fails, its draft stays and comes back when the note is opened again.
      void flush().finally(() => {
        if (!mounted.current) tracker?.forget(trackerKey);
      });
    };
  }, [flush, tracker, trackerKey]);

  return { value, change, flush, state, error, replacedBy };
}
