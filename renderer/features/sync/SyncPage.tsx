import type { Member, Trip } from '@shared/model';
import {
  formatJoinCode,
  type Invitation,
  inviteMember,
  listDevices,
  revokeDevice,
  type TripDevice,
} from '@shared/sync/client';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { syncFetch } from '../../bridge/syncFetch';
import { MemberSelect } from '../../components/MemberSelect';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { TripNav } from '../../components/TripNav';
import { useConnection } from '../../data/hooks/useConnection';
import { useMembers } from '../../data/hooks/useMembers';
import { useTrip } from '../../data/hooks/useTrip';
import { useStore } from '../../data/StoreContext';
import type { SyncConnection } from '../../data/syncConnections';
import { useSyncStatus } from '../../services/sync';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { useLanguage } from '../../services/useLanguage';
import { publish } from './connect';
import { useSyncErrorText } from './useSyncErrorText';
import './sync.css';

function PublishForm({ trip, members }: { trip: Trip; members: readonly Member[] }) {
  const { t } = useTranslation();
  const store = useStore();
  const errorText = useSyncErrorText();
  const organisers = members.filter((member) => member.role === 'organiser');
  const [baseUrl, setBaseUrl] = useState('');
  const [setupCode, setSetupCode] = useState('');
  const [memberId, setMemberId] = useState(organisers[0]?.id ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!memberId || !baseUrl.trim() || !setupCode.trim()) {
      setError(t('syncSetup.fillIn'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await publish(store, {
        baseUrl,
        setupCode,
        tripId: trip.id,
        memberId,
        deviceName: navigator.userAgent.slice(0, 60),
      });
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="form sync-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>{t('syncSetup.publishTitle')}</h2>
      <p className="field__hint">{t('syncSetup.publishHint')}</p>
      <label className="field">
        <span className="field__label">{t('syncSetup.server')}</span>
        <input
          value={baseUrl}
          onChange={(event) => setBaseUrl(event.target.value)}
          placeholder="https://192.168.0.10:8787"
          className="input--wide"
        />
      </label>
      <label className="field">
        <span className="field__label">{t('syncSetup.setupCode')}</span>
        <input value={setupCode} onChange={(event) => setSetupCode(event.target.value)} autoComplete="off" />
      </label>
      <label className="field">
        <span className="field__label">{t('syncSetup.youAre')}</span>
        <MemberSelect
          members={organisers}
          value={memberId}
          noneLabel={t('syncSetup.chooseOrganiser')}
          onChange={setMemberId}
        />
      </label>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('syncSetup.publish')}
      </button>
    </form>
  );
}

function Invitations({ connection, members }: { connection: SyncConnection; members: readonly Member[] }) {
  const { t } = useTranslation();
  const errorText = useSyncErrorText();
  const [codes, setCodes] = useState<ReadonlyMap<string, Invitation>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const invite = async (member: Member) => {
    try {
      const invitation = await inviteMember({ ...connection, fetch: syncFetch }, connection.tripId, member.id);
      setCodes((previous) => new Map(previous).set(member.id, invitation));
    } catch (cause) {
      setError(errorText(cause));
    }
  };
  return (
    <section className="section" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('syncSetup.invitations')}</h2>
      <p className="field__hint">{t('syncSetup.invitationsHint')}</p>
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
      <ul className="sync-list">
        {members
          .filter((member) => member.id !== connection.memberId)
          .map((member) => {
            const invitation = codes.get(member.id);
            return (
              <li key={member.id} className="sync-list__row">
                <span className="sync-list__name">{member.name}</span>
                {invitation ? (
                  <output className="sync-list__code" aria-label={t('syncSetup.joinCodeFor', { name: member.name })}>
                    {formatJoinCode({
                      baseUrl: connection.baseUrl,
                      fingerprint: connection.fingerprint,
                      invitation: invitation.code,
                    })}
                  </output>
                ) : null}
                <button type="button" className="button button--small" onClick={() => void invite(member)}>
                  {invitation ? t('syncSetup.inviteAgain') : t('syncSetup.invite', { name: member.name })}
                </button>
              </li>
            );
          })}
      </ul>
    </section>
  );
}

function Devices({ connection, members }: { connection: SyncConnection; members: readonly Member[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const errorText = useSyncErrorText();
  const [devices, setDevices] = useState<TripDevice[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setDevices(await listDevices({ ...connection, fetch: syncFetch }, connection.tripId));
    } catch (cause) {
      setError(errorText(cause));
    }
  }, [connection, errorText]);
  useEffect(() => {
    void load();
  }, [load]);
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
                onClick={() =>
                  void revokeDevice({ ...connection, fetch: syncFetch }, connection.tripId, device.deviceId).then(
                    load,
                    (cause: unknown) => setError(errorText(cause)),
                  )
                }
              >
                {t('syncSetup.revoke')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A trip's sync: publishing it to the delegation's server, inviting members, the trip's devices. */
export function SyncPage({ tripId }: { tripId: string }) {
  const { t } = useTranslation();
  const trip = useTrip(tripId);
  const members = useMembers(tripId);
  const connection = useConnection(tripId);
  const { status } = useSyncStatus(tripId);
  useDocumentTitle(t('syncSetup.title'));
  if (trip === undefined || members === undefined || connection === undefined) return <Loading />;
  if (trip === null) return <NotFound />;
  const me = members.find((member) => member.id === connection?.memberId);
  return (
    <section aria-labelledby="sync-heading">
      <TripNav tripId={trip.id} current="sync" />
      <h1 id="sync-heading">{t('syncSetup.title')}</h1>
      {connection ? (
        <p>{t('syncSetup.joined', { server: connection.baseUrl, name: me?.name ?? '' })}</p>
      ) : (
        <PublishForm trip={trip} members={members} />
      )}
      {connection?.organiser && status ? <Invitations connection={connection} members={members} /> : null}
      {connection?.organiser ? <Devices connection={connection} members={members} /> : null}
      {status ? null : <p className="muted">{t('syncSetup.notJoined')}</p>}
    </section>
  );
}
