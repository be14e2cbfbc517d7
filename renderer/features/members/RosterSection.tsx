import { namesToShow } from '@shared/itinerary/names';
import type { Member, Trip } from '@shared/model';
import { memberNameFor } from '@shared/people/memberName';
import { mayChange, type Writer } from '@shared/sync/permissions';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ChangeHistoryButton } from '../../components/history/ChangeHistoryButton';
import { useStore } from '../../data/hooks/StoreContext';
import { useMembers } from '../../data/hooks/useMembers';
import { useWriter } from '../../data/hooks/useWriter';
import { removeMember, restoreMember } from '../../data/records/members';
import { link } from '../../services/paths';
import { useUndo } from '../../services/undo';
import { useLanguage } from '../../services/useLanguage';
import './roster.css';

function MemberRow({ member, trip, writer }: { member: Member; trip: Trip; writer: Writer | null | undefined }) {
  const { t } = useTranslation(['members', 'common']);
  const store = useStore();
  const history = useUndo();
  const lang = useLanguage();
  const [affiliation] = namesToShow(member.affiliation, lang, trip);
  const { name, other } = memberNameFor(member, lang, trip);
  const remove = async () => {
    await removeMember(store, member.id);
    history.record(
      { label: t('roster.removed', { name: name.text }), undo: () => restoreMember(store, member.id) },
      { announce: true },
    );
  };
  // A member edits their own contact details; an organiser, every entry, and takes members off the roster.
  const editable = mayChange(writer, 'members', { recordId: member.id, path: 'phone' });
  const removable = mayChange(writer, 'members', { recordId: member.id });
  return (
    <tr>
      <th scope="row" lang={name.lang}>
        {name.text}
      </th>
      <td lang={other?.lang}>{other?.text}</td>
      <td>{affiliation ? <span lang={affiliation.lang}>{affiliation.text}</span> : null}</td>
      <td>
        <span className={`role role--${member.role}`}>{t(`roles.${member.role}`)}</span>
      </td>
      <td>
        <div className="roster__contact">
          {member.email ? <span>{member.email}</span> : null}
          {member.phone ? <span>{member.phone}</span> : null}
        </div>
      </td>
      <td className="roster__actions">
        {editable ? (
          <Link
            href={link('editMember', { tripId: trip.id, memberId: member.id })}
            className="button button--small"
            aria-label={t('roster.editMember', { name: name.text })}
          >
            {t('common:actions.edit')}
          </Link>
        ) : null}
        <ChangeHistoryButton
          table="members"
          recordId={member.id}
          tripId={trip.id}
          label={name.text}
          className="button button--small"
        />
        {removable ? (
          <button
            type="button"
            className="button button--small button--danger-quiet"
            aria-label={t('roster.removeMember', { name: name.text })}
            onClick={() => void remove()}
          >
            {t('common:actions.remove')}
          </button>
        ) : null}
      </td>
    </tr>
  );
}

/** The delegation's roster on the trip page. */
export function RosterSection({ trip }: { trip: Trip }) {
  const { t } = useTranslation('members');
  const lang = useLanguage();
  const members = useMembers(trip.id);
  const writer = useWriter(trip.id);
  if (!members) return null;
  // Each row names its member first as the reader reads them (memberNameFor), the other name beside it.
  const readsHosts = lang === trip.languages.host && lang !== trip.languages.home;
  return (
    <section className="section" aria-labelledby="roster-heading">
      <header className="section__header">
        <h2 id="roster-heading">
          {t('roster.title')} <span className="count">{members.length}</span>
        </h2>
        {mayChange(writer, 'members') ? (
          <Link href={link('newMember', { tripId: trip.id })} className="button button--primary">
            {t('roster.add')}
          </Link>
        ) : null}
      </header>
      {members.length === 0 ? (
        <div className="empty-inline">
          <p className="strong">{t('roster.emptyTitle')}</p>
          <p className="muted">{t('roster.emptyBody')}</p>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="roster">
            <thead>
              <tr>
                <th scope="col">{t('roster.columns.name')}</th>
                <th scope="col">{t(readsHosts ? 'roster.columns.nameInDelegation' : 'roster.columns.nameForHosts')}</th>
                <th scope="col">{t('roster.columns.affiliation')}</th>
                <th scope="col">{t('roster.columns.role')}</th>
                <th scope="col">{t('roster.columns.contact')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('roster.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <MemberRow key={member.id} member={member} trip={trip} writer={writer} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
