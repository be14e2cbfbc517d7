import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface UndoOffer {
  message: string;
  undo: () => Promise<void>;
}

const UNDO_SECONDS = 8;

const UndoContext = createContext<((offer: UndoOffer) => void) | null>(null);

/** Offers to undo the action just done (a deletion) for a few seconds. */
export function useOfferUndo(): (offer: UndoOffer) => void {
  const offer = useContext(UndoContext);
  if (!offer) throw new Error('useOfferUndo outside UndoProvider');
  return offer;
}

function isTextInput(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Shows the latest undo offer as a toast with an Undo button; Ctrl+Z (Cmd+Z)
 * outside a text field does the same, since text fields keep their own undo.
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<UndoOffer | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const dismiss = useCallback(() => {
    clearTimeout(timer.current);
    setCurrent(null);
  }, []);

  const offer = useCallback((next: UndoOffer) => {
    clearTimeout(timer.current);
    setCurrent(next);
    timer.current = setTimeout(() => setCurrent(null), UNDO_SECONDS * 1000);
  }, []);

  const undo = useCallback(async () => {
    if (!current) return;
    dismiss();
    await current.undo();
  }, [current, dismiss]);

  useEffect(() => {
    if (!current) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        event.key.toLowerCase() === 'z' &&
        !isTextInput(event.target)
      ) {
        event.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [current, undo]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <UndoContext.Provider value={offer}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {current ? (
          <div className="toast">
            <span>{current.message}</span>
            <button type="button" className="button button--inverse" onClick={() => void undo()}>
              {t('actions.undo')} <kbd>{t('undo.shortcut')}</kbd>
            </button>
            <button type="button" className="toast__close" aria-label={t('actions.close')} onClick={dismiss}>
              ×
            </button>
          </div>
        ) : null}
      </div>
    </UndoContext.Provider>
  );
}
