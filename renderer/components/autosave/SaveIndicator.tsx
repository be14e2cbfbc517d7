import { useTranslation } from 'react-i18next';
import { useSaveSummary } from './SaveTracker';

/** The screen's save state in words: saving, saved, or why not. */
export function SaveIndicator() {
  const { t } = useTranslation('notes');
  const { state, error } = useSaveSummary();
  const text =
    state === 'failed'
      ? t('save.failed', { reason: error ?? '' })
      : state === 'saving'
        ? t('save.saving')
        : state === 'pending'
          ? t('save.unsaved')
          : t('save.saved');
  return (
    <p className={`save-indicator save-indicator--${state}`} role="status" data-state={state}>
      {text}
    </p>
  );
}
