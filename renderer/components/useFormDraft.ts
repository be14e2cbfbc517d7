import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { discardDraft, getDraft, keepDraft } from '../data/drafts/drafts';
import { useStore } from '../data/hooks/StoreContext';
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
 * version of the record its values were typed over: `basedOn` (the record's
 * hlc; null for a new record) as the form opened, whatever changes after.
 * A draft typed over an older version is offered under a key of its own,
 * so that typing in the form meanwhile never replaces it.
 */
export function useFormDraft<T extends FieldValues, Output extends FieldValues>(
  key: string,
  form: UseFormReturn<T, unknown, Output>,
  basedOn: string | null,
) {
  const store = useStore();
  const writer = useDraftWriter(store, key, 'form');
  const [restore, setRestore] = useState<DraftRestore>({ kind: 'none' });
  const version = useRef(basedOn);
  const offered = useRef<T | null>(null);
  const offerKey = `${key}:offered`;
  const { reset, watch, formState } = form;
  const defaults = useRef(JSON.stringify(formState.defaultValues ?? {}));

  useEffect(() => {
    let live = true;
    const load = async () => {
      const [draft, offer] = await Promise.all([getDraft(store.db, key), getDraft(store.db, offerKey)]);
      if (!live) return;
      const fresh = draft && JSON.stringify(draft.value) !== defaults.current ? draft : undefined;
      if (fresh && fresh.basedOn === version.current) {
        reset(fresh.value as T, { keepDefaultValues: true });
        setRestore({ kind: 'restored' });
      }
      const outdated = fresh && fresh.basedOn !== version.current ? fresh : offer;
      if (!outdated) return;
      if (outdated === fresh) {
        await keepDraft(store, { key: offerKey, kind: 'form', value: fresh.value, basedOn: fresh.basedOn });
        await discardDraft(store, key);
      }
      offered.current = outdated.value as T;
      if (live) setRestore({ kind: 'outdated', typedAt: outdated.typedAt });
    };
    load().catch(() => {});
    return () => {
      live = false;
    };
  }, [store, key, offerKey, reset]);

  const { write } = writer;
  useEffect(() => {
    const subscription = watch((values) => {
      const json = JSON.stringify(values);
      write(json === defaults.current ? null : values, version.current);
    });
    return () => subscription.unsubscribe();
  }, [watch, write]);

  /** Runs the form's save and forgets the draft with it, in one transaction. */
  const commit: CommitDraft = useCallback(
    <R>(save: () => Promise<R>) => {
      setRestore((current) => (current.kind === 'restored' ? { kind: 'none' } : current));
      return writer.commit(save);
    },
    [writer],
  );

  /** Forgets the draft: the form was cancelled. An offered draft stays on offer. */
  const clear = useCallback(() => {
    write(null);
    setRestore((current) => (current.kind === 'restored' ? { kind: 'none' } : current));
  }, [write]);

  /** Throws the restored or offered draft away and shows the saved values again. */
  const discard = useCallback(() => {
    write(null);
    offered.current = null;
    void discardDraft(store, offerKey).catch(() => {});
    setRestore({ kind: 'none' });
    reset();
  }, [write, store, offerKey, reset]);

  /** Puts an offered draft back in the form after all: the user chose it over the newer values. */
  const takeOutdated = useCallback(() => {
    const value = offered.current;
    offered.current = null;
    if (value) {
      reset(value, { keepDefaultValues: true });
      write(value, version.current);
    }
    void discardDraft(store, offerKey).catch(() => {});
    setRestore({ kind: 'restored' });
  }, [reset, write, store, offerKey]);

  return { restore, unprotected: writer.unprotected, commit, clear, discard, takeOutdated };
}
