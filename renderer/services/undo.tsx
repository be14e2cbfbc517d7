import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTextInput, shortcutLabel } from './shortcuts';

/** A change the user made, described for them, and how to take it back. */
export interface UndoStep {
  label: string;
  undo: () => Promise<void>;
}

interface UndoHistory {
  /** Remembers a change; `announce` also shows it in a toast with an Undo button (for deletions). */
  record(step: UndoStep, options?: { announce?: boolean }): void;
  /** Takes back the latest change still remembered. */
  undoLast(): Promise<void>;
  /** The change Undo would take back. */
  last: UndoStep | null;
}

const TOAST_SECONDS = 8;
const MAX_STEPS = 50;

const UndoContext = createContext<UndoHistory | null>(null);

export function useUndo(): UndoHistory {
  const history = useContext(UndoContext);
  if (!history) throw new Error('useUndo outside UndoProvider');
  return history;
}

/**
 * The session's undo history, newest last. Ctrl+Z (Cmd+Z) outside text fields
 * undoes the latest change; text fields keep their own undo of typing.
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [steps, setSteps] = useState<UndoStep[]>([]);
  const [toast, setToast] = useState<{ message: string; canUndo: boolean } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const show = useCallback((message: string, canUndo: boolean) => {
    clearTimeout(timer.current);
    setToast({ message, canUndo });
    timer.current = setTimeout(() => setToast(null), TOAST_SECONDS * 1000);
  }, []);

  const record = useCallback(
    (step: UndoStep, options: { announce?: boolean } = {}) => {
      setSteps((previous) => [...previous.slice(-(MAX_STEPS - 1)), step]);
      if (options.announce) show(step.label, true);
      else setToast(null);
    },
    [show],
  );

  const last = steps.at(-1) ?? null;
  const undoLast = useCallback(async () => {
    if (!last) return;
    setSteps((previous) => previous.slice(0, -1));
    await last.undo();
    show(t('undo.done', { label: last.label }), false);
  }, [last, show, t]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const undoKey = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z';
      if (undoKey && !isTextInput(event.target) && last) {
        event.preventDefault();
        void undoLast();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [last, undoLast]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const history = useMemo(() => ({ record, undoLast, last }), [record, undoLast, last]);
  return (
    <UndoContext.Provider value={history}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast ? (
          <div className="toast">
            <span>{toast.message}</span>
            {toast.canUndo ? (
              <button type="button" className="button button--inverse" onClick={() => void undoLast()}>
                {t('actions.undo')} <kbd>{shortcutLabel('Mod+Z')}</kbd>
              </button>
            ) : null}
            <button
              type="button"
              className="toast__close"
              aria-label={t('actions.close')}
              onClick={() => setToast(null)}
            >
              ×
            </button>
          </div>
        ) : null}
      </div>
    </UndoContext.Provider>
  );
}
