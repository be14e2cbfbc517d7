import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** What to tell the user when a save failed; their input stays in the form either way. */
export function useDescribeSaveError(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error) => {
      const name = error instanceof Error ? error.name : '';
      const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
      if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return t('status.storageFull');
      return t('status.saveFailed', { reason: error instanceof Error ? error.message : String(error) });
    },
    [t],
  );
}
