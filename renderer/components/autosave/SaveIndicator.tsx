import { useTranslation } from 'react-i18next';
import { useSaveSummary } from './SaveTracker';

/** The screen's save state in words: saving, saved, or why not; and whether typing is protected against a crash. */
export function SaveIndicator() {
  const { t } = useTranslation('notes');
  const { state, error, unprotected } = useSaveSummary();
  const text =
    state === 'failed'
      ? (error ?? t('save.failed', { reason: '' }))
      : state === 'saving'
        ? t('save.saving')
        : state === 'pending'
          ? t('save.unsaved')
          : t('save.saved');
  return (
    <p className={`save-indicator save-indicator--${state}`} role="status" data-state={state}>
      {text}
      {unprotected ? <span className="save-indicator__warning"> {t('save.unprotected')}</span> : null}
    </p>
  );
}
