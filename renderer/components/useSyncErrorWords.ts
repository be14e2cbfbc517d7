import type { SyncErrorCode } from '@shared/sync/client';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The sync errors the app says in its own words, with what to do (sync.errors.*); any other is said with its code. */
const WORDED = new Set<SyncErrorCode>([
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
  'cleartext',
  'invalid_signature',
  'not_certified',
]);

/** Whether the app says `code` in its own words (sync.errors.*). */
export const isWorded = (code: SyncErrorCode) => WORDED.has(code);

/** A sync error in the interface language: the one rule for the sync status and the sync screens. */
export function useSyncErrorWords(): (code: SyncErrorCode) => string {
  const { t } = useTranslation();
  return useCallback(
    (code) => (isWorded(code) ? t(`sync.errors.${code}` as 'sync.errors.offline') : t('sync.errors.other', { code })),
    [t],
  );
}
