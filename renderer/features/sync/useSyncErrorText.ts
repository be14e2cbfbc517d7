import { SyncError, type SyncErrorCode } from '@shared/sync/client';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isWorded, useSyncErrorWords } from '../../components/useSyncErrorWords';

/**
 * Said here in words of their own: the codes of publishing and joining, and
 * those whose words in the sync status promise that syncing resumes by
 * itself, where a publish, a join, an invitation or a device call is tried
 * again only when the user does it.
 */
const OWN_WORDS = new Set<SyncErrorCode>([
  'code_invalid',
  'code_used',
  'code_expired',
  'trip_exists',
  'offline',
  'rate_limited',
]);

/** What to tell the user of a failed publish, join, invitation or device call, in the interface language. */
export function useSyncErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const errorWords = useSyncErrorWords();
  return useCallback(
    (error) => {
      const code = error instanceof SyncError ? error.code : 'server_error';
      if (OWN_WORDS.has(code)) return t(`syncSetup.errors.${code}` as 'syncSetup.errors.code_invalid');
      return isWorded(code) ? errorWords(code) : t('syncSetup.errors.other', { code });
    },
    [t, errorWords],
  );
}
