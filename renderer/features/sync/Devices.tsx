import type { Member } from '@shared/model';
import { listDevices, renameDevice, revokeDevice, type TripDevice } from '@shared/sync/access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useMemberNames } from '../../components/MemberSelect';
import { Loading } from '../../components/ScreenStatus';
import type { SyncConnection } from '../../data/device/syncConnections';
import { formatMoment } from '../../i18n/format';
import { useLanguage } from '../../services/useLanguage';
import { DeviceRow } from './DeviceRow';
import { useTripAccess } from './useTripAccess';

/**
 * The trip's devices as the server knows them: every one for an organiser,
 * who may revoke them, a member's own for a member. Each is named by its
 * member and its own name, which its owner or an organiser may change, with
 * its last sync and which is this one; a member's revoked devices fold under
 * the device they use now.
 */
export function Devices({
  connection,
  members,
  organiser,
  lastSync,
}: {
  connection: SyncConnection;
  members: readonly Member[];
  organiser: boolean;
  /** The trip's last sync here: the list is asked again after each, so its times stay current. */
  lastSync: string | null;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { value: devices, error, act } = useTripAccess(connection, listDevices, lastSync);
  const [revoking, setRevoking] = useState<TripDevice | null>(null);
  const namesOf = useMemberNames(connection.tripId);
  const nameOf = (memberId: string) => {
    const member = members.find((one) => one.id === memberId);
    return member ? namesOf(member).name.text : '';
  };
  const labelOf = (device: TripDevice) =>
    t('syncSetup.deviceOf', { name: nameOf(device.memberId), device: device.name });
  const lastSyncOf = (device: TripDevice) =>
    t('syncSetup.lastSync', { time: device.lastSync ? formatMoment(device.lastSync, lang) : t('syncSetup.never') });
  const row = (device: TripDevice) => (
    <DeviceRow
      key={device.deviceId}
      label={labelOf(device)}
      name={device.name}
      current={device.current}
      revoked={device.revokedAt !== null}
      lastSync={lastSyncOf(device)}
      canRevoke={organiser && !device.organiser && !device.current && device.revokedAt === null}
      onRevoke={() => setRevoking(device)}
      onRename={(name) => act((reach) => renameDevice(reach, connection.tripId, device.deviceId, name))}
    />
  );
  const inUse = devices?.filter((device) => device.revokedAt === null) ?? [];
  const revoked = devices?.filter((device) => device.revokedAt !== null) ?? [];
  // A member who joined again has a device in use: their revoked ones fold under it, not as devices of their own.
  const foldedUnder = (device: TripDevice) =>
    inUse.filter((other) => other.memberId === device.memberId).at(-1)?.deviceId === device.deviceId
      ? revoked.filter((other) => other.memberId === device.memberId)
      : [];
  const unfolded = revoked.filter((device) => !inUse.some((other) => other.memberId === device.memberId));
  return (
    <section className="section" aria-labelledby="devices-heading">
      <h2 id="devices-heading">{t(organiser ? 'syncSetup.devices' : 'syncSetup.myDevices')}</h2>
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
      {devices === null ? <Loading /> : null}
      <ul className="sync-list">
        {inUse.map((device) => {
          const folded = foldedUnder(device);
          return [
            row(device),
            folded.length > 0 ? (
              <li key={`${device.deviceId}-revoked`} className="sync-list__folded">
                <details>
                  <summary>{t('syncSetup.revokedDevices', { count: folded.length })}</summary>
                  <ul className="sync-list">{folded.map(row)}</ul>
                </details>
              </li>
            ) : null,
          ];
        })}
        {unfolded.map(row)}
      </ul>
      <ConfirmDialog
        open={revoking !== null}
        title={t('syncSetup.revokeTitle', { device: revoking ? labelOf(revoking) : '' })}
        body={t('syncSetup.revokeBody', { name: nameOf(revoking?.memberId ?? ''), device: revoking?.name ?? '' })}
        confirmLabel={t('syncSetup.revoke')}
        cancelLabel={t('actions.cancel')}
        onConfirm={() => {
          const device = revoking;
          setRevoking(null);
          if (device) void act((reach) => revokeDevice(reach, connection.tripId, device.deviceId));
        }}
        onCancel={() => setRevoking(null)}
      />
    </section>
  );
}
