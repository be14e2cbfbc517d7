import { SyncError } from '@shared/sync/client';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncErrorWords } from '../../components/useSyncErrorWords';

const JOINING = new Set(['code_invalid', 'code_used', 'code_expired', 'trip_exists']);

/** What to tell the user of a failed publish, join, invitation or device call, in the interface language. */
export function useSyncErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const errorWords = useSyncErrorWords();
  return useCallback(
    (error) => {
      const code = error instanceof SyncError ? error.code : 'server_error';
      if (JOINING.has(code)) return t(`syncSetup.errors.${code}` as 'syncSetup.errors.code_invalid');
      return errorWords(code);
    },
    [t, errorWords],
  );
}
