import { type ChecklistQuestion, type HostPerson, pickName, type QaNoteFields } from '@shared/model';
import { personOf } from '@shared/people/directory';
import { type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTextarea } from '../../components/autosave/ListTextarea';
import { HostPersonPicker } from '../../components/hostPeople/HostPersonPicker';
import { PersonShown } from '../../components/hostPeople/PersonShown';
import { MemberSelect } from '../../components/MemberSelect';
import { TimeValueInput } from '../../components/typedTime/TypedTimeInputs';
import { useHostPeople } from '../../data/hooks/useHostPeople';
import { useLanguage } from '../../services/useLanguage';
import type { NotesProps } from './notesProps';

interface QaFieldsProps {
  value: QaNoteFields;
  onChange: (value: QaNoteFields) => void;
  onBlur?: () => void;
  questions: readonly ChecklistQuestion[];
  page: NotesProps;
  questionRef?: Ref<HTMLTextAreaElement>;
  /** Shown under the question when the note cannot be saved as it is. */
  questionError?: string | undefined;
}

function sameHost(a: HostPerson | null, b: HostPerson) {
  if (a === null) return false;
  if (a.personId !== undefined && b.personId !== undefined) return a.personId === b.personId;
  return JSON.stringify(a.name) === JSON.stringify(b.name) && JSON.stringify(a.title) === JSON.stringify(b.title);
}

/** Whether an answerer names anyone yet: one just chosen as "someone else" is still to be picked. */
function isSomeone(person: HostPerson): boolean {
  return (
    person.personId !== undefined ||
    Object.values(person.name).some((name) => name?.trim()) ||
    Object.values(person.title).some((title) => title?.trim())
  );
}

/**
 * The fields of a Q&A note, in the order a note-taker needs them: the
 * question and its answer first (one Tab apart), then who asked and who
 * answered, when, and what it helps answer.
 */
export function QaFields({ value, onChange, onBlur, questions, page, questionRef, questionError }: QaFieldsProps) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const id = useId();
  const { trip, visit, members } = page;
  const contacts = visit.host?.contacts ?? [];
  const hostLang = trip.languages.host;
  const contactIndex = contacts.findIndex((contact) => sameHost(value.answeredBy, contact));
  const answeredChoice = value.answeredBy === null ? '' : contactIndex >= 0 ? `contact:${contactIndex}` : 'other';
  const edit = (changes: Partial<QaNoteFields>) => onChange({ ...value, ...changes });
  const directory = useHostPeople(trip.id);

  return (
    <div className="qa-fields">
      <div className="field qa-fields__question">
        <label htmlFor={`${id}-question`} className="field__label">
          {t('qa.question')}
        </label>
        <ListTextarea
          ref={questionRef}
          id={`${id}-question`}
          rows={2}
          lang={value.question.lang}
          value={value.question.text}
          aria-invalid={Boolean(questionError)}
          aria-describedby={questionError ? `${id}-question-error` : undefined}
          onChange={(event) => edit({ question: { ...value.question, text: event.target.value } })}
          onBlur={onBlur}
        />
        {questionError ? (
          <p id={`${id}-question-error`} className="field__error" role="alert">
            {questionError}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-answer`} className="field__label">
          {t('qa.answer')}
        </label>
        <ListTextarea
          id={`${id}-answer`}
          rows={4}
          lang={value.answer.lang}
          value={value.answer.text}
          onChange={(event) => edit({ answer: { ...value.answer, text: event.target.value } })}
          onBlur={onBlur}
        />
      </div>
      <div className="row">
        <label className="field">
          <span className="field__label">{t('qa.askedBy')}</span>
          <MemberSelect
            members={members}
            value={value.askedBy}
            noneLabel={t('qa.nobody')}
            onChange={(askedBy) => edit({ askedBy })}
            onBlur={onBlur}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('qa.answeredBy')}</span>
          <select
            value={answeredChoice}
            onBlur={onBlur}
            onChange={(event) => {
              const choice = event.target.value;
              const contact = choice.startsWith('contact:') ? contacts[Number(choice.slice(8))] : undefined;
              edit({
                answeredBy:
                  contact ?? (choice === 'other' ? { name: { [hostLang]: '' }, title: {}, contact: '' } : null),
              });
            }}
          >
            <option value="">{t('qa.nobody')}</option>
            {contacts.map((contact, index) => {
              // As the directory now names them: a correction made once shows here too.
              const shown = (directory && personOf(trip.id, contact, directory.entries)) ?? contact;
              return (
                <option key={JSON.stringify(contact)} value={`contact:${index}`}>
                  {[pickName(shown.title, [lang, hostLang]), pickName(shown.name, [lang, hostLang])]
                    .filter(Boolean)
                    .join(' ')}
                </option>
              );
            })}
            <option value="other">{t('qa.answeredByOther')}</option>
          </select>
        </label>
        {answeredChoice === 'other' && value.answeredBy ? (
          <div className="field">
            {isSomeone(value.answeredBy) ? (
              <div className="contact-row">
                <PersonShown copy={value.answeredBy} trip={trip} directory={directory} />
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => edit({ answeredBy: { name: {}, title: {}, contact: '' } })}
                >
                  {t('qa.answeredByChange')}
                </button>
              </div>
            ) : (
              <HostPersonPicker
                directory={directory}
                trip={trip}
                label={t('qa.answeredByName')}
                onPick={(person) => edit({ answeredBy: person })}
              />
            )}
          </div>
        ) : null}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-time`}>
            {t('qa.time')}
          </label>
          <TimeValueInput id={`${id}-time`} value={value.time} onChange={(time) => edit({ time })} onBlur={onBlur} />
        </div>
      </div>
      <fieldset className="fieldset">
        <legend>{t('qa.helps')}</legend>
        <div className="chips">
          {questions.map((question, index) => (
            <label key={question.id} className="chip" title={pickName(question.text, [lang])}>
              <input
                type="checkbox"
                checked={value.checklistQuestionIds.includes(question.id)}
                onChange={(event) =>
                  edit({
                    checklistQuestionIds: event.target.checked
                      ? [...value.checklistQuestionIds, question.id]
                      : value.checklistQuestionIds.filter((other) => other !== question.id),
                  })
                }
              />
              {index + 1}. {pickName(question.text, [lang])}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
