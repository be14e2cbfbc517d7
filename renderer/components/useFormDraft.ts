import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { getDraft } from '../data/drafts';
import { useStore } from '../data/StoreContext';
import { useDraftWriter } from './useDraftWriter';

/**
 * What became of input left in this form before: none; put back in the
 * form; or typed over a version of the record that has changed since, so
 * offered rather than put back (it would go over the newer values).
 */
export type DraftRestore = { kind: 'none' } | { kind: 'restored' } | { kind: 'outdated'; typedAt: string };

/** Runs a form's save and forgets its draft in the same transaction. */
export type CommitDraft = <R>(save: () => Promise<R>) => Promise<R>;

/**
 * Keeps what is typed into a form until it is saved or cancelled: a reload,
 * a crash or closing the app finds the form as it was left. The draft lives
 * in the database under `key` (one per form and record) and names the
 * version of the record it was typed over (`basedOn`, its hlc; null for a
 * new record).
 */
export function useFormDraft<T extends FieldValues>(key: string, form: UseFormReturn<T>, basedOn: string | null) {
  const store = useStore();
  const writer = useDraftWriter(store, key, 'form');
  const [restore, setRestore] = useState<DraftRestore>({ kind: 'none' });
  const outdated = useRef<T | null>(null);
  const { reset, watch, formState } = form;
  const defaults = useRef(JSON.stringify(formState.defaultValues ?? {}));

  useEffect(() => {
    let live = true;
    void getDraft(store.db, key)
      .then((draft) => {
        if (!live || !draft || JSON.stringify(draft.value) === defaults.current) return;
        if (draft.basedOn === basedOn) {
          reset(draft.value as T, { keepDefaultValues: true });
          setRestore({ kind: 'restored' });
        } else {
          outdated.current = draft.value as T;
          setRestore({ kind: 'outdated', typedAt: draft.typedAt });
        }
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [store.db, key, basedOn, reset]);

  const { write } = writer;
  useEffect(() => {
    const subscription = watch((values) => {
      const json = JSON.stringify(values);
      write(json === defaults.current ? null : values, basedOn);
    });
    return () => subscription.unsubscribe();
  }, [watch, write, basedOn]);

  /** Runs the form's save and forgets the draft with it, in one transaction. */
  const commit: CommitDraft = useCallback(
    <R>(save: () => Promise<R>) => {
      setRestore({ kind: 'none' });
      return writer.commit(save);
    },
    [writer],
  );

  /** Forgets the draft: the form was cancelled. */
  const clear = useCallback(() => {
    write(null);
    setRestore({ kind: 'none' });
  }, [write]);

  /** Throws the restored (or offered) draft away and shows the saved values again. */
  const discard = useCallback(() => {
    clear();
    reset();
  }, [clear, reset]);

  /** Puts an outdated draft back in the form after all: the user chose it over the newer values. */
  const takeOutdated = useCallback(() => {
    if (outdated.current) reset(outdated.current, { keepDefaultValues: true });
    setRestore({ kind: 'restored' });
  }, [reset]);

  return { restore, unprotected: writer.unprotected, commit, clear, discard, takeOutdated };
}
