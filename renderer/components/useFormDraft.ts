import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

const PREFIX = 'fieldbook.draft.';
const SAVE_DELAY_MS = 300;

function readDraft<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

/**
 * Keeps what is typed into a form until it is saved or cancelled: a reload,
 * a crash or closing the app finds the form as it was left. Drafts live in
 * localStorage under `key` (one per form and record).
 */
export function useFormDraft<T extends FieldValues>(key: string, form: UseFormReturn<T>) {
  const [restored, setRestored] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { reset, watch, formState } = form;
  const defaults = useRef(JSON.stringify(formState.defaultValues ?? {}));

  useEffect(() => {
    const draft = readDraft<T>(key);
    if (draft && JSON.stringify(draft) !== defaults.current) {
      reset(draft, { keepDefaultValues: true });
      setRestored(true);
    }
  }, [key, reset]);

  useEffect(() => {
    const subscription = watch((values) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const json = JSON.stringify(values);
        if (json === defaults.current) localStorage.removeItem(PREFIX + key);
        else localStorage.setItem(PREFIX + key, json);
      }, SAVE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer.current);
      subscription.unsubscribe();
    };
  }, [key, watch]);

  /** Forgets the draft: the form was saved or cancelled. */
  const clear = useCallback(() => {
    clearTimeout(timer.current);
    localStorage.removeItem(PREFIX + key);
    setRestored(false);
  }, [key]);

  /** Throws the restored draft away and shows the saved values again. */
  const discard = useCallback(() => {
    clear();
    reset();
  }, [clear, reset]);

  return { restored, clear, discard };
}
