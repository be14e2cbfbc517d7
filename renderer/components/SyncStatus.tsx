import type { RecordId } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../services/sync';
import { useLanguage } from '../services/useLanguage';

const WORDED = new Set([
  'offline',
  'revoked',
  'unauthorized',
  'forbidden',
  'protocol_too_old',
  'protocol_too_new',
  'clock_ahead',
  'rate_limited',
]);

/** Where the trip's sync stands, in plain words, with "Sync now"; nothing on a device that has joined no server. */
export function SyncStatus({ tripId }: { tripId: RecordId }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { status, syncNow } = useSyncStatus(tripId);
  if (!status) return null;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const line = status.error
    ? WORDED.has(status.error)
      ? t(`sync.errors.${status.error}` as 'sync.errors.offline')
      : t('sync.errors.other', { code: status.error })
    : status.syncing
      ? t('sync.syncing', { sent: status.progress?.sent ?? 0, received: status.progress?.received ?? 0 })
      : [
          status.waiting > 0 ? t('sync.waiting', { count: status.waiting }) : t('sync.allSent'),
          status.lastSync ? t('sync.lastSync', { time: when(status.lastSync) }) : t('sync.never'),
        ].join(' · ');
  const behind = Math.round(status.clockAhead / 60_000);
  return (
    <div className={`sync-status${status.error ? ' sync-status--failed' : ''}`}>
      <p role="status" className="sync-status__line" data-state={status.error ?? (status.syncing ? 'syncing' : 'idle')}>
        {line}
        {behind >= 5 ? ` ${t('sync.clockBehind', { minutes: behind })}` : null}
      </p>
      <button type="button" className="button button--small" disabled={status.syncing} onClick={() => void syncNow()}>
        {t('sync.now')}
      </button>
    </div>
  );
}
