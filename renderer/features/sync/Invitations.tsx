import type { Member } from '@shared/model';
import type { Invitation } from '@shared/sync/client';
import { formatJoinCode } from '@shared/sync/serverAddress';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { syncFetch } from '../../bridge/syncFetch';
import type { SyncConnection } from '../../data/device/syncConnections';
import { useStore } from '../../data/hooks/StoreContext';
import { inviteToTrip } from '../../data/sync/invitations';
import { useSyncErrorText } from './useSyncErrorText';

/** An invitation code per member, made on the organiser's device, to read out or paste. */
export function Invitations({ connection, members }: { connection: SyncConnection; members: readonly Member[] }) {
  const { t } = useTranslation();
  const store = useStore();
  const errorText = useSyncErrorText();
  const [codes, setCodes] = useState<ReadonlyMap<string, Invitation>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const invite = async (member: Member) => {
    try {
      const invitation = await inviteToTrip(
        store,
        { ...connection, fetch: syncFetch({ tripId: connection.tripId }) },
        connection.tripId,
        member.id,
      );
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
