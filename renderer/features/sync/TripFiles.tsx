import type { Member, Trip } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { TripFileStatus } from '../../components/tripFiles/TripFileStatus';
import { useTripFileWork } from '../../components/tripFiles/useTripFileWork';
import { BACKUP_EVERY_MS } from '../../data/exchange/backups';
import { useLastBackup } from '../../data/hooks/useLastBackup';
import { formatMoment } from '../../i18n/format';
import { useLanguage } from '../../services/useLanguage';
import { UnknownDevices } from './UnknownDevices';

/**
 * Sync with no network, and a backup of the whole trip: the .fieldbook
 * file (docs/sync-protocol.md, section 11). The organiser is reminded when
 * this device's last backup is more than a day old.
 */
export function TripFiles({
  trip,
  members,
  organiser,
}: {
  trip: Trip;
  members: readonly Member[];
  organiser: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { state, write, read, stop } = useTripFileWork();
  const lastBackup = useLastBackup(trip.id);
  const busy = state.kind === 'writing' || state.kind === 'reading';
  const title = trip.title[trip.languages.home] ?? '';
  const stale =
    lastBackup === null || (lastBackup !== undefined && Date.now() - Date.parse(lastBackup) > BACKUP_EVERY_MS);
  return (
    <section aria-labelledby="trip-files-heading" className="section trip-files">
      <h2 id="trip-files-heading">{t('tripFiles.title')}</h2>
      <p className="muted">{t('tripFiles.hint')}</p>
      {organiser && stale ? (
        <p className="trip-files__reminder">{t(lastBackup ? 'tripFiles.backupReminder' : 'tripFiles.backupNever')}</p>
      ) : null}
      <div className="trip-files__actions">
        <button type="button" className="button" disabled={busy} onClick={() => void write(trip.id, title, 'changes')}>
          {t('tripFiles.export')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void write(trip.id, title, 'backup')}>
          {t('tripFiles.backup')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void read(trip.id)}>
          {t('tripFiles.import')}
        </button>
      </div>
      <p className="muted">
        {lastBackup
          ? t('tripFiles.lastBackup', { time: formatMoment(lastBackup, lang) })
          : t('tripFiles.neverBackedUp')}
      </p>
      <TripFileStatus state={state} onCancel={stop} />
      {organiser ? <UnknownDevices tripId={trip.id} members={members} /> : null}
    </section>
  );
}
