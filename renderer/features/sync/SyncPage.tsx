import { memberNameFor } from '@shared/people/memberName';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { TripNav } from '../../components/TripNav';
import { useConnection } from '../../data/hooks/useConnection';
import { useCurrentMember } from '../../data/hooks/useCurrentMember';
import { useFirstOrganiser } from '../../data/hooks/useFirstOrganiser';
import { useMembers } from '../../data/hooks/useMembers';
import { useTrip } from '../../data/hooks/useTrip';
import { useWriter } from '../../data/hooks/useWriter';
import { link } from '../../services/paths';
import { useSyncStatus } from '../../services/sync';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { useLanguage } from '../../services/useLanguage';
import { Devices } from './Devices';
import { Invitations } from './Invitations';
import { PublishForm } from './PublishForm';
import { StopSyncing } from './StopSyncing';
import { TripFiles } from './TripFiles';
import './sync.css';

/** A trip's sync: publishing it to the delegation's server, inviting members, the trip's devices, stopping; files. */
export function SyncPage({ tripId }: { tripId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trip = useTrip(tripId);
  const members = useMembers(tripId);
  const connection = useConnection(tripId);
  const [currentMember] = useCurrentMember(tripId);
  const { status } = useSyncStatus(tripId);
  // The roster's role decides, as on the server: a co-organiser sees the invitations and the devices too.
  const organiser = useWriter(tripId)?.role === 'organiser';
  const firstOrganiser = useFirstOrganiser(tripId);
  useDocumentTitle(t('syncSetup.title'));
  if (trip === undefined || members === undefined || connection === undefined || currentMember === undefined)
    return <Loading />;
  if (trip === null) return <NotFound />;
  // Once it stopped syncing, the device is still its member's: one who is no organiser joins the trip again.
  const me = members.find((member) => member.id === (connection?.memberId ?? currentMember));
  const publishes = !me || me.role === 'organiser';
  const myName = me ? memberNameFor(me, lang, trip).name.text : '';
  // Nothing this device asks of the server is answered any more, the organiser's own calls included.
  const revoked = status?.error === 'revoked';
  return (
    <section aria-labelledby="sync-heading">
      <TripNav tripId={trip.id} current="sync" />
      <h1 id="sync-heading">{t('syncSetup.title')}</h1>
      {connection ? (
        <p>
          {revoked
            ? t('syncSetup.revokedHere', { server: connection.baseUrl })
            : t('syncSetup.joined', { server: connection.baseUrl, name: myName })}
        </p>
      ) : publishes ? (
        <PublishForm trip={trip} members={members} />
      ) : (
        <p>{t('syncSetup.memberJoins', { name: myName })}</p>
      )}
      {connection && organiser && status && !revoked ? (
        <Invitations
          connection={connection}
          members={members}
          lastSync={status.lastSync}
          // Only the member who published the trip vouches for devices: every device trusts those alone.
          publisher={connection.organiser ? connection.memberId : firstOrganiser}
        />
      ) : null}
      {connection && !revoked ? (
        <Devices connection={connection} members={members} organiser={organiser} lastSync={status?.lastSync ?? null} />
      ) : null}
      {connection ? <StopSyncing connection={connection} /> : null}
      <TripFiles
        trip={trip}
        members={members}
        me={me?.id ?? null}
        organiser={organiser || (!connection && publishes)}
      />
      {status ? null : (
        <p className="muted">
          {t('syncSetup.notJoined')} <Link href={link('join')}>{t('syncSetup.joinWithCode')}</Link>
        </p>
      )}
    </section>
  );
}
