import { ListTooLongError, TextTooLongError } from '@shared/model';
import { ForbiddenWriteError } from '@shared/sync/permissions';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../services/useLanguage';

/**
 * What to tell the user when a save failed; their input stays where it was
 * either way. `otherwise` words a failure of no known kind (by default,
 * "nothing was saved" and the reason).
 */
export function useDescribeSaveError(otherwise?: (reason: string) => string): (error: unknown) => string {
  const { t } = useTranslation();
  const lang = useLanguage();
  return useCallback(
    (error) => {
      if (error instanceof TextTooLongError || error instanceof ListTooLongError) {
        const number = new Intl.NumberFormat(lang);
        return t(error instanceof TextTooLongError ? 'status.tooLong' : 'status.tooMany', {
          over: number.format(error.length - error.max),
          max: number.format(error.max),
        });
      }
      if (error instanceof ForbiddenWriteError) return t('status.forbidden', { why: t(`roles.${error.refusal}`) });
      const name = error instanceof Error ? error.name : '';
      const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
      if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return t('status.storageFull');
      const reason = error instanceof Error ? error.message : String(error);
      return otherwise ? otherwise(reason) : t('status.saveFailed', { reason });
    },
    [t, lang, otherwise],
  );
}
