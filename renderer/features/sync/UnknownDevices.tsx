import type { Member, RecordId } from '@shared/model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMemberNames } from '../../components/MemberSelect';
import { acceptDevice, NotAnOrganiserError, refuseDevice } from '../../data/exchange/unknownDevices';
import { useStore } from '../../data/hooks/StoreContext';
import { useUnknownDevices } from '../../data/hooks/useUnknownDevices';

/**
 * Devices the trip does not know yet, met in a file (a member who joined
 * from a backup, with no server): an organiser accepts each, and its
 * changes are taken in, or refuses it, and nothing of it is kept.
 */
export function UnknownDevices({ tripId, members }: { tripId: RecordId; members: readonly Member[] }) {
  const { t } = useTranslation();
  const store = useStore();
  const devices = useUnknownDevices(tripId);
  const namesOf = useMemberNames(tripId);
  const [said, setSaid] = useState<{ text: string; failed: boolean } | null>(null);
  if (!devices || devices.length === 0) return said ? <p role="status">{said.text}</p> : null;
  const nameOf = (memberId: RecordId | null) => {
    const member = members.find((one) => one.id === memberId);
    return member ? namesOf(member).name.text : null;
  };
  const accept = async (deviceId: string) => {
    try {
      const count = await acceptDevice(store, tripId, deviceId);
      setSaid({ text: t('tripFiles.unknownDevices.accepted', { count }), failed: false });
    } catch (error) {
      const text =
        error instanceof NotAnOrganiserError
          ? t('tripFiles.unknownDevices.notOrganiser')
          : t('tripFiles.problems.failed', { reason: String(error) });
      setSaid({ text, failed: true });
    }
  };
  return (
    <div className="trip-files__unknown">
      <h3>{t('tripFiles.unknownDevices.title')}</h3>
      <p className="muted">{t('tripFiles.unknownDevices.hint')}</p>
      <ul className="sync-list">
        {devices.map(({ deviceId, memberId, changes }) => {
          const name = nameOf(memberId);
          const label = name
            ? t('tripFiles.unknownDevices.device', { name, count: changes })
            : t('tripFiles.unknownDevices.nobody', { count: changes });
          return (
            <li key={deviceId} className="sync-list__row">
              <span className="sync-list__name">{label}</span>
              <button type="button" className="button" onClick={() => void accept(deviceId)}>
                {t('tripFiles.unknownDevices.accept')}
              </button>
              <button type="button" className="button" onClick={() => void refuseDevice(store, tripId, deviceId)}>
                {t('tripFiles.unknownDevices.refuse')}
              </button>
            </li>
          );
        })}
      </ul>
      {said ? (
        <p role={said.failed ? 'alert' : 'status'} className={said.failed ? 'field__error' : undefined}>
          {said.text}
        </p>
      ) : null}
    </div>
  );
}
