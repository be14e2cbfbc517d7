import type { Member } from '@shared/model';
import { listDevices, revokeDevice, type TripDevice } from '@shared/sync/client';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { syncFetch } from '../../bridge/syncFetch';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Loading } from '../../components/ScreenStatus';
import type { SyncConnection } from '../../data/device/syncConnections';
import { useLanguage } from '../../services/useLanguage';
import { useSyncErrorText } from './useSyncErrorText';

/** The trip's devices as the server knows them, for the organiser: whose, which, when last synced; revoking one. */
export function Devices({
  connection,
  members,
  lastSync,
}: {
  connection: SyncConnection;
  members: readonly Member[];
  /** The trip's last sync here: the list is asked again after each, so its times stay current. */
  lastSync: string | null;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const errorText = useSyncErrorText();
  const [devices, setDevices] = useState<TripDevice[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<TripDevice | null>(null);
  const load = useCallback(async () => {
    try {
      setDevices(
        await listDevices({ ...connection, fetch: syncFetch({ tripId: connection.tripId }) }, connection.tripId),
      );
      setError(null);
    } catch (cause) {
      setError(errorText(cause));
    }
  }, [connection, errorText]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: lastSync is when to ask again, not what is asked
  useEffect(() => {
    void load();
  }, [load, lastSync]);
  const revoke = async (device: TripDevice) => {
    setRevoking(null);
    try {
      await revokeDevice(
        { ...connection, fetch: syncFetch({ tripId: connection.tripId }) },
        connection.tripId,
        device.deviceId,
      );
      await load();
    } catch (cause) {
      setError(errorText(cause));
    }
  };
  const nameOf = (memberId: string) => members.find((member) => member.id === memberId)?.name ?? '';
  const when = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
      : t('syncSetup.never');
  return (
    <section className="section" aria-labelledby="devices-heading">
      <h2 id="devices-heading">{t('syncSetup.devices')}</h2>
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
      {devices === null ? <Loading /> : null}
      <ul className="sync-list">
        {devices?.map((device) => (
          <li key={device.deviceId} className="sync-list__row">
            <span className="sync-list__name">{nameOf(device.memberId)}</span>
            <span className="muted">{device.name}</span>
            <span className="muted">{t('syncSetup.lastSync', { time: when(device.lastSync) })}</span>
            {device.revokedAt ? (
              <span className="badge">{t('syncSetup.revoked')}</span>
            ) : device.organiser ? null : (
              <button
                type="button"
                className="button button--small button--danger-quiet"
                onClick={() => setRevoking(device)}
              >
                {t('syncSetup.revoke')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={revoking !== null}
        title={t('syncSetup.revokeTitle', { device: revoking?.name ?? '' })}
        body={t('syncSetup.revokeBody', { name: nameOf(revoking?.memberId ?? ''), device: revoking?.name ?? '' })}
        confirmLabel={t('syncSetup.revoke')}
        cancelLabel={t('actions.cancel')}
        onConfirm={() => revoking && void revoke(revoking)}
        onCancel={() => setRevoking(null)}
      />
    </section>
  );
}
