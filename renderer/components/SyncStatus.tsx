import type { RecordId } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { waitingCount } from '../data/sync/waiting';
import { formatBytes, formatList } from '../i18n/format';
import { useSyncStatus } from '../services/sync';
import { useLanguage } from '../services/useLanguage';
import { useSyncErrorWords } from './useSyncErrorWords';

/** A clock's error in the largest unit that keeps it readable: minutes, hours or days. */
function duration(ms: number, lang: string): string {
  const minutes = Math.round(ms / 60_000);
  const [value, unit] =
    minutes < 120
      ? [minutes, 'minute']
      : minutes < 48 * 60
        ? [Math.round(minutes / 60), 'hour']
        : [Math.round(minutes / 1440), 'day'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** Where the trip's sync stands, in plain words, with "Sync now"; nothing on a device that has joined no server. */
export function SyncStatus({ tripId }: { tripId: RecordId }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { status, syncNow } = useSyncStatus(tripId);
  const errorWords = useSyncErrorWords();
  if (!status) return null;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  // Where things stand is always said: a failure comes first, with what is waiting and when it last worked.
  const failure = status.error ? errorWords(status.error) : null;
  const progress = status.progress;
  const files = progress?.files;
  const bytes = (value: number) => formatBytes(value, lang);
  // Files go after the notes: while they do, the line says how far.
  const filesLine =
    files && files.sent < files.toSend
      ? t('sync.sendingFiles', { done: bytes(files.sent), total: bytes(files.toSend) })
      : files && files.received < files.toReceive
        ? t('sync.receivingFiles', { done: bytes(files.received), total: bytes(files.toReceive) })
        : null;
  const notesLine = progress?.toReceive
    ? t('sync.syncingOf', { sent: progress.sent, received: progress.received, total: progress.toReceive })
    : t('sync.syncing', { sent: progress?.sent ?? 0, received: progress?.received ?? 0 });
  // What waits is counted as the user wrote it (two answers, not the twenty fields they changed), listed on demand.
  const waiting = waitingCount(status.waiting);
  // A try again after a failure says nothing new until it gets somewhere: the failure stays said meanwhile.
  const saysProgress = status.syncing && (!failure || progress);
  const line = saysProgress
    ? [notesLine, filesLine].filter(Boolean).join(' · ')
    : [
        failure,
        waiting > 0 ? t('sync.waiting', { count: waiting }) : failure ? null : t('sync.allSent'),
        status.lastSync ? t('sync.lastSync', { time: when(status.lastSync) }) : t('sync.never'),
        status.unverified > 0 ? t('sync.unverified', { count: status.unverified }) : null,
      ]
        .filter(Boolean)
        .join(' · ');
  const off = Math.abs(status.clockCorrection);
  return (
    <div className={`sync-status${status.error ? ' sync-status--failed' : ''}`}>
      <p role="status" className="sync-status__line" data-state={status.error ?? (status.syncing ? 'syncing' : 'idle')}>
        {line}
        {off > 0
          ? ` ${t(status.clockCorrection < 0 ? 'sync.clockFast' : 'sync.clockSlow', { amount: duration(off, lang) })}`
          : null}
      </p>
      {!saysProgress && waiting > 0 ? (
        <details className="sync-status__waiting">
          <summary>{t('sync.waitingWhat')}</summary>
          {formatList(
            status.waiting.map(({ kind, count }) => t(`sync.written.${kind}`, { count })),
            lang,
          )}
        </details>
      ) : null}
      {status.syncing && progress?.toReceive ? (
        <progress className="sync-status__progress" max={progress.toReceive} value={progress.received} />
      ) : null}
      <button type="button" className="button button--small" disabled={status.syncing} onClick={() => void syncNow()}>
        {t('sync.now')}
      </button>
    </div>
  );
}
