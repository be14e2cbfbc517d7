import { SyncError } from '@shared/sync/client';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const JOINING = new Set(['code_invalid', 'code_used', 'code_expired', 'trip_exists']);
const SYNCING = new Set([
  'offline',
  'revoked',
  'unauthorized',
  'forbidden',
  'protocol_too_old',
  'protocol_too_new',
  'clock_ahead',
  'rate_limited',
  'certificate_changed',
  'unknown_server',
]);

/** What to tell the user of a failed publish, join, invitation or device call, in the interface language. */
export function useSyncErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error) => {
      const code = error instanceof SyncError ? error.code : 'server_error';
      if (JOINING.has(code)) return t(`syncSetup.errors.${code}` as 'syncSetup.errors.code_invalid');
      if (SYNCING.has(code)) return t(`sync.errors.${code}` as 'sync.errors.offline');
      return t('sync.errors.other', { code });
    },
    [t],
  );
}
