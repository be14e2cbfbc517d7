import type { Member } from '@shared/model';
import { type Invitation, type InvitationState, listInvitations, withdrawInvitation } from '@shared/sync/access';
import { formatJoinCode } from '@shared/sync/serverAddress';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMemberNames } from '../../components/MemberSelect';
import type { SyncConnection } from '../../data/device/syncConnections';
import { useStore } from '../../data/hooks/StoreContext';
import { inviteToTrip } from '../../data/sync/invitations';
import { formatMoment } from '../../i18n/format';
import { useLanguage } from '../../services/useLanguage';
import { CopyButton } from './CopyButton';
import { useTripAccess } from './useTripAccess';

/**
 * An invitation per member, made on the organiser's device, to read out or
 * paste. The server keeps each member's latest (never its code, which it
 * holds only hashed), so the list says, whenever it is opened, who has
 * joined and whose code is open until when; a code itself is shown once,
 * as it is made, and a new one replaces it.
 */
export function Invitations({
  connection,
  members,
  lastSync,
  publisher,
}: {
  connection: SyncConnection;
  members: readonly Member[];
  /** The trip's last sync here: the list is asked again after each. */
  lastSync: string | null;
  /** The member who published the trip, whose devices alone make codes (null while unknown: the server decides). */
  publisher: string | null | undefined;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const store = useStore();
  const namesOf = useMemberNames(connection.tripId);
  const { value: invitations, error, act } = useTripAccess(connection, listInvitations, lastSync);
  const [codes, setCodes] = useState<ReadonlyMap<string, Invitation>>(new Map());
  const invite = (member: Member) =>
    act(async (reach) => {
      const invitation = await inviteToTrip(store, reach, connection.tripId, member.id);
      setCodes((previous) => new Map(previous).set(member.id, invitation));
    });
  const withdraw = (member: Member) =>
    act(async (reach) => {
      await withdrawInvitation(reach, connection.tripId, member.id);
      setCodes((previous) => {
        const next = new Map(previous);
        next.delete(member.id);
        return next;
      });
    });
  const stateOf = (state: InvitationState | undefined) => {
    if (!state) return null;
    if (state.state === 'used') return t('syncSetup.joinedOn', { when: formatMoment(state.usedAt ?? '', lang) });
    if (state.state === 'expired')
      return t('syncSetup.invitationExpired', { when: formatMoment(state.expiresAt, lang) });
    return t('syncSetup.invitedUntil', {
      when: formatMoment(state.createdAt, lang),
      until: formatMoment(state.expiresAt, lang),
    });
  };
  const others =
    publisher && publisher !== connection.memberId ? members.find((member) => member.id === publisher) : null;
  return (
    <section className="section" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('syncSetup.invitations')}</h2>
      <p className="field__hint">
        {others
          ? t('syncSetup.invitesByPublisher', { name: namesOf(others).name.text })
          : t('syncSetup.invitationsHint')}
      </p>
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
      <ul className="sync-list">
        {members
          // Neither this device's member nor, on another's device, the member who makes the codes.
          .filter((member) => member.id !== connection.memberId && member.id !== others?.id)
          .map((member) => {
            const { name, other } = namesOf(member);
            const made = codes.get(member.id);
            const state = invitations?.find((invitation) => invitation.memberId === member.id);
            // A code used or expired meanwhile (the member joined) is of no use to read out any more.
            const code =
              made && state?.state !== 'used' && state?.state !== 'expired'
                ? formatJoinCode({
                    baseUrl: connection.baseUrl,
                    fingerprint: connection.fingerprint,
                    invitation: made.code,
                  })
                : null;
            return (
              <li key={member.id} className="sync-list__row">
                <span className="sync-list__name" lang={name.lang} title={other?.text}>
                  {name.text}
                </span>
                {state?.state === 'used' ? <span className="badge">{t('syncSetup.memberJoined')}</span> : null}
                <span className="muted">{stateOf(state)}</span>
                {code ? (
                  <>
                    <output className="sync-list__code" aria-label={t('syncSetup.joinCodeFor', { name: name.text })}>
                      {code}
                    </output>
                    <CopyButton text={code} label={t('syncSetup.copyCodeOf', { name: name.text })} />
                  </>
                ) : null}
                {others ? null : (
                  <button type="button" className="button button--small" onClick={() => void invite(member)}>
                    {state ? t('syncSetup.newCode') : t('syncSetup.invite', { name: name.text })}
                  </button>
                )}
                {state?.state === 'open' ? (
                  <button
                    type="button"
                    className="button button--small button--danger-quiet"
                    onClick={() => void withdraw(member)}
                  >
                    {t('syncSetup.withdraw')}
                  </button>
                ) : null}
              </li>
            );
          })}
      </ul>
    </section>
  );
}
