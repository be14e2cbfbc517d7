import type { Language } from '@shared/i18n/languages';
import type { Member, MemberInput, Trip } from '@shared/model';
import { mayChange, refusalFor } from '@shared/sync/permissions';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { ReadOnly } from '../../components/ReadOnly';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { formDraftKey } from '../../data/drafts/drafts';
import { useStore } from '../../data/hooks/StoreContext';
import { useMember } from '../../data/hooks/useMember';
import { useMembers } from '../../data/hooks/useMembers';
import { useTrip } from '../../data/hooks/useTrip';
import { useWriter } from '../../data/hooks/useWriter';
import { addMember, updateMember } from '../../data/records/members';
import { link } from '../../services/paths';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { EMPTY_MEMBER, MemberForm } from './MemberForm';

function editableFields(member: Member): MemberInput {
  const { name, nameForHosts, affiliation, role, email, phone } = member;
  return { name, nameForHosts, affiliation, role, email, phone };
}

function useKnownAffiliations(trip: Trip): (lang: Language) => string[] {
  const members = useMembers(trip.id) ?? [];
  return (lang) => [...new Set(members.flatMap((member) => member.affiliation[lang] || []))];
}

function MemberFormSection({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <section aria-labelledby="member-form-heading">
      <h1 id="member-form-heading">{title}</h1>
      {children}
    </section>
  );
}

function NewMember({ trip }: { trip: Trip }) {
  const { t } = useTranslation('members');
  const store = useStore();
  const [, navigate] = useLocation();
  const add = (input: MemberInput) => addMember(store, trip.id, input);
  const knownAffiliations = useKnownAffiliations(trip);
  const notOrganiser = refusalFor(useWriter(trip.id), 'members');
  if (notOrganiser)
    return (
      <MemberFormSection title={t('form.newTitle')}>
        <ReadOnlyNote why={notOrganiser} />
      </MemberFormSection>
    );
  return (
    <MemberFormSection title={t('form.newTitle')}>
      <MemberForm
        draftKey={`member:new:${trip.id}`}
        basedOn={null}
        defaultValues={EMPTY_MEMBER}
        submitLabel={t('form.add')}
        knownAffiliations={knownAffiliations}
        hostLanguage={trip.languages.host}
        onSubmit={async (input, commit) => {
          await commit(() => add(input));
          navigate(link('trip', { tripId: trip.id }));
        }}
        onSubmitAndAddAnother={async (input, commit) => {
          await commit(() => add(input));
        }}
        onCancel={() => navigate(link('trip', { tripId: trip.id }))}
      />
    </MemberFormSection>
  );
}

function EditMember({ trip, memberId }: { trip: Trip; memberId: string }) {
  const { t } = useTranslation('members');
  const store = useStore();
  const member = useMember(memberId);
  const [, navigate] = useLocation();
  const knownAffiliations = useKnownAffiliations(trip);
  const writer = useWriter(trip.id);
  if (member === undefined) return <Loading />;
  if (member === null || member.tripId !== trip.id) return <NotFound />;
  // An organiser edits every entry; a member, the contact details of their own; nobody else, anything.
  const whole = mayChange(writer, 'members', { recordId: member.id, path: 'name' });
  const contact = mayChange(writer, 'members', { recordId: member.id, path: 'phone' });
  return (
    <MemberFormSection title={t('form.editTitle')}>
      <ReadOnly why={whole || contact ? null : refusalFor(writer, 'members', { recordId: member.id, path: 'phone' })}>
        <MemberForm
          contactOnly={!whole && contact}
          draftKey={formDraftKey('members', member.id)}
          basedOn={member.hlc}
          defaultValues={editableFields(member)}
          submitLabel={t('form.save')}
          knownAffiliations={knownAffiliations}
          hostLanguage={trip.languages.host}
          onSubmit={async (input, commit) => {
            await commit(() => updateMember(store, member.id, input));
            navigate(link('trip', { tripId: trip.id }));
          }}
          onCancel={() => navigate(link('trip', { tripId: trip.id }))}
        />
      </ReadOnly>
    </MemberFormSection>
  );
}

function WithTrip({ tripId, children }: { tripId: string; children: (trip: Trip) => ReactNode }) {
  const trip = useTrip(tripId);
  if (trip === undefined) return <Loading />;
  if (trip === null) return <NotFound />;
  return <>{children(trip)}</>;
}

export function NewMemberPage({ tripId }: { tripId: string }) {
  return <WithTrip tripId={tripId}>{(trip) => <NewMember trip={trip} />}</WithTrip>;
}

export function EditMemberPage({ tripId, memberId }: { tripId: string; memberId: string }) {
  return <WithTrip tripId={tripId}>{(trip) => <EditMember trip={trip} memberId={memberId} />}</WithTrip>;
}
