import type { Member, RecordId, Trip } from '@shared/model';
import { memberNameFor } from '@shared/people/memberName';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TripFileStatus } from '../../components/tripFiles/TripFileStatus';
import { useTripFileWork } from '../../components/tripFiles/useTripFileWork';
import { BACKUP_EVERY_MS } from '../../data/exchange/backups';
import { useLastBackup } from '../../data/hooks/useLastBackup';
import { useLastExport } from '../../data/hooks/useLastExport';
import { useLastRecipient } from '../../data/hooks/useLastRecipient';
import { formatMoment } from '../../i18n/format';
import { useLanguage } from '../../services/useLanguage';
import { UnknownDevices } from './UnknownDevices';

/**
 * Sync with no network, and a backup of the whole trip: the .fieldbook
 * file (docs/sync-protocol.md, section 11). Changes are exported for a
 * member, chosen here: what changed since this device's last export to
 * them. The organiser is reminded when this device's last backup is more
 * than a day old.
 */
export function TripFiles({
  trip,
  members,
  me,
  organiser,
}: {
  trip: Trip;
  members: readonly Member[];
  /** The member using this device, who exports to the others. */
  me: RecordId | null;
  organiser: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { state, write, read, stop } = useTripFileWork();
  const lastBackup = useLastBackup(trip.id);
  const others = members.filter((member) => member.id !== me);
  const nameOf = (member: Member) => memberNameFor(member, lang, trip);
  const recipient = useRecipient(trip.id, others);
  const lastExport = useLastExport(trip.id, recipient?.id ?? null);
  const recipientId = useId();
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
        {recipient ? (
          <>
            <label htmlFor={recipientId}>{t('tripFiles.recipient')}</label>
            <select
              id={recipientId}
              value={recipient.id}
              disabled={busy}
              onChange={(event) => recipient.choose(event.target.value)}
            >
              {others.map((member) => {
                const { name, other } = nameOf(member);
                return (
                  <option key={member.id} value={member.id} lang={name.lang} title={other?.text}>
                    {name.text}
                  </option>
                );
              })}
            </select>
          </>
        ) : null}
        <button
          type="button"
          className="button"
          disabled={busy || !recipient}
          onClick={() => recipient && void write(trip.id, title, 'changes', recipient)}
        >
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
        {!recipient
          ? t('tripFiles.noRecipient')
          : lastExport
            ? t('tripFiles.sinceLastExport', {
                name: nameOf(recipient.member).name.text,
                time: formatMoment(lastExport.at, lang),
              })
            : t('tripFiles.firstExport', { name: nameOf(recipient.member).name.text })}
      </p>
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

/**
 * The member the next changes go to: the one chosen on this screen, else
 * the one this device last exported to, else an organiser, who gathers the
 * delegation's notes, else the roster's first.
 */
function useRecipient(tripId: RecordId, others: readonly Member[]) {
  const last = useLastRecipient(tripId);
  const [chosen, choose] = useState<string | null>(null);
  const member =
    others.find(({ id }) => id === chosen) ??
    others.find(({ id }) => id === last) ??
    others.find(({ role }) => role === 'organiser') ??
    others[0] ??
    null;
  // The file is named as the trip is, in the delegation's language: by the name the member writes.
  return member ? { id: member.id, name: member.name, member, choose } : null;
}
