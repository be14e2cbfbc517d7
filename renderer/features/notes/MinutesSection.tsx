import {
  type FollowUp,
  type Member,
  type Minutes,
  type MinutesFields,
  minutesId,
  newId,
  type RecordId,
  type TranslatableText,
  type Trip,
} from '@shared/model';
import { memberNameFor } from '@shared/people/memberName';
import { refusalFor } from '@shared/sync/permissions';
import { memo, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledTextarea } from '../../components/autosave/LabelledTextarea';
import { ReplacedNotice } from '../../components/autosave/ReplacedNotice';
import { useAutosave } from '../../components/autosave/useAutosave';
import { HostPersonPicker } from '../../components/hostPeople/HostPersonPicker';
import { PersonShown } from '../../components/hostPeople/PersonShown';
import { HistoryButton } from '../../components/noteHistory/HistoryButton';
import { RecoveredNotices } from '../../components/noteHistory/RecoveredNotices';
import { ReadOnly } from '../../components/ReadOnly';
import { useHostPeople } from '../../data/hooks/useHostPeople';
import { useMinutes } from '../../data/hooks/useMinutes';
import { useLanguage } from '../../services/useLanguage';
import { FollowUpsFieldset } from './FollowUpsFieldset';
import type { NotesProps } from './notesProps';

const blank = (lang: TranslatableText['lang']): TranslatableText => ({ lang, text: '', translations: {} });

/** Minutes not yet written start from the visit: its host contacts and its attendees. */
function startingMinutes({ visit, members }: NotesProps, lang: TranslatableText['lang']): MinutesFields {
  return {
    hostAttendees: visit.host?.contacts ?? [],
    delegationAttendeeIds: visit.attendeeIds ?? members.map((member) => member.id),
    agenda: [],
    discussion: blank(lang),
    decisions: blank(lang),
    followUps: [],
  };
}

function minutesFields({ hostAttendees, delegationAttendeeIds, agenda, discussion, decisions, followUps }: Minutes) {
  return { hostAttendees, delegationAttendeeIds, agenda, discussion, decisions, followUps };
}

/** Who of the delegation attended: drawn again when that changes, not at each keystroke in the minutes' texts. */
const DelegationAttendees = memo(function DelegationAttendees({
  members,
  trip,
  present,
  onToggle,
}: {
  members: readonly Member[];
  trip: Trip;
  present: readonly RecordId[];
  onToggle: (memberId: RecordId, present: boolean) => void;
}) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  return (
    <fieldset className="fieldset">
      <legend>{t('minutes.delegationAttendees')}</legend>
      <div className="attendee-grid">
        {members.map((member) => {
          const { name, other } = memberNameFor(member, lang, trip);
          return (
            <label key={member.id} className="choice" title={other?.text}>
              <input
                type="checkbox"
                checked={present.includes(member.id)}
                onChange={(event) => onToggle(member.id, event.target.checked)}
              />
              <span lang={name.lang}>{name.text}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
});

/** The visit's minutes, written by the delegation together and saved as typed; not drawn again with the page. */
export const MinutesSection = memo(function MinutesSection(props: NotesProps) {
  const stored = useMinutes(props.visit.id);
  if (stored === undefined) return null;
  // One editor per visit: what was typed for one visit never shows under another.
  return <MinutesEditor key={props.visit.id} {...props} stored={stored} />;
});

function MinutesEditor(props: NotesProps & { stored: ReturnType<typeof useMinutes> }) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const { trip, visit, members, store, stored } = props;
  // The same target while the note is the same: `change` stays the same, and so the parts' handlers below.
  const target = useMemo(
    () => ({ kind: 'minutes' as const, tripId: trip.id, visitId: visit.id, lang }),
    [trip.id, visit.id, lang],
  );
  const { value, change, flush, replacedBy } = useAutosave({
    store,
    target,
    stored: stored ? minutesFields(stored) : startingMinutes(props, lang),
    storedVersion: stored?.hlc ?? null,
    storedBy: stored?.updatedBy,
  });
  /** The minutes as shown, for handlers made once: typing into one part does not draw the others again (memo). */
  const shown = useRef(value);
  shown.current = value;
  const edit = useCallback((changes: Partial<MinutesFields>) => change({ ...shown.current, ...changes }), [change]);
  const leave = useCallback(() => void flush(), [flush]);
  const setFollowUps = useCallback((followUps: FollowUp[]) => edit({ followUps }), [edit]);
  // Any member writes the minutes; an interpreter translates them (on the translation screen).
  const locked = refusalFor(props.writer, 'minutes');
  const directory = useHostPeople(trip.id);
  const toggleMember = useCallback(
    (memberId: RecordId, present: boolean) => {
      const { delegationAttendeeIds } = shown.current;
      edit({
        delegationAttendeeIds: present
          ? [...delegationAttendeeIds, memberId]
          : delegationAttendeeIds.filter((id) => id !== memberId),
      });
    },
    [edit],
  );

  return (
    <section className="notes-page__section minutes" aria-label={t('page.sections.minutes')}>
      {/* At the head of the minutes, not after the follow-ups: where the start's notice leads and the eye lands. */}
      <RecoveredNotices recordId={minutesId(visit.id)} table="minutes" members={members} store={store} />
      <ReplacedNotice by={replacedBy} members={members} />
      <ReadOnly why={locked}>
        <fieldset className="fieldset">
          <legend>{t('minutes.hostAttendees')}</legend>
          <ul className="contacts__list">
            {value.hostAttendees.map((person, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the hosts present are a list kept by position.
              <li key={index} className="contact-row">
                <PersonShown copy={person} trip={trip} directory={directory} />
                <button
                  type="button"
                  className="button button--small button--danger-quiet"
                  onClick={() => edit({ hostAttendees: value.hostAttendees.filter((_, i) => i !== index) })}
                >
                  {t('minutes.removeHost', { n: index + 1 })}
                </button>
              </li>
            ))}
          </ul>
          <HostPersonPicker
            directory={directory}
            trip={trip}
            label={t('minutes.pickHost')}
            onPick={(person) => edit({ hostAttendees: [...shown.current.hostAttendees, person] })}
          />
        </fieldset>

        <DelegationAttendees
          members={members}
          trip={trip}
          present={value.delegationAttendeeIds}
          onToggle={toggleMember}
        />

        <fieldset className="fieldset">
          <legend>{t('minutes.agenda')}</legend>
          {value.agenda.map((item, index) => (
            <div key={item.id} className="agenda-item">
              <label className="field">
                <span className="field__label">{t('minutes.agendaTitle', { n: index + 1 })}</span>
                <input
                  value={item.title.text}
                  lang={item.title.lang}
                  className="input--wide"
                  onChange={(event) =>
                    edit({
                      agenda: value.agenda.map((other) =>
                        other.id === item.id
                          ? { ...other, title: { ...other.title, text: event.target.value } }
                          : other,
                      ),
                    })
                  }
                  onBlur={() => void flush()}
                />
              </label>
              <LabelledTextarea
                label={t('minutes.agendaNotes', { n: index + 1 })}
                value={item.notes.text}
                lang={item.notes.lang}
                rows={3}
                onChange={(text) =>
                  edit({
                    agenda: value.agenda.map((other) =>
                      other.id === item.id ? { ...other, notes: { ...other.notes, text } } : other,
                    ),
                  })
                }
                onBlur={() => void flush()}
              />
              <button
                type="button"
                className="button button--small button--danger-quiet"
                onClick={() => edit({ agenda: value.agenda.filter((other) => other.id !== item.id) })}
              >
                {t('minutes.removeAgenda', { n: index + 1 })}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() => edit({ agenda: [...value.agenda, { id: newId(), title: blank(lang), notes: blank(lang) }] })}
          >
            + {t('minutes.addAgenda')}
          </button>
        </fieldset>

        <LabelledTextarea
          label={t('minutes.discussion')}
          value={value.discussion.text}
          lang={value.discussion.lang}
          rows={10}
          onChange={(text) => edit({ discussion: { ...value.discussion, text } })}
          onBlur={() => void flush()}
        />
        <p className="field__hint">{t('minutes.listHint')}</p>
        <LabelledTextarea
          label={t('minutes.decisions')}
          value={value.decisions.text}
          lang={value.decisions.lang}
          rows={6}
          onChange={(text) => edit({ decisions: { ...value.decisions, text } })}
          onBlur={() => void flush()}
        />

        <FollowUpsFieldset
          followUps={value.followUps}
          members={members}
          lang={lang}
          onChange={setFollowUps}
          onBlur={leave}
        />
      </ReadOnly>
      {stored ? (
        <HistoryButton
          recordId={minutesId(visit.id)}
          members={members}
          store={store}
          table="minutes"
          label={t('page.sections.minutes')}
          withRecovered={false}
        />
      ) : null}
    </section>
  );
}
