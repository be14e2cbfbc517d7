import { namesToShow } from '@shared/itinerary/names';
import {
  answerId,
  type ChecklistAnswer,
  type ChecklistQuestion,
  type Member,
  type RecordId,
  type Trip,
} from '@shared/model';
import { memberNameFor } from '@shared/people/memberName';
import { refusalFor } from '@shared/sync/permissions';
import { memo, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AutosaveTextarea } from '../../components/autosave/AutosaveTextarea';
import { HistoryButton } from '../../components/noteHistory/HistoryButton';
import { ReadOnly } from '../../components/ReadOnly';
import { useNoteAuthors } from '../../data/hooks/useNoteAuthors';
import { useQuestions } from '../../data/hooks/useQuestions';
import { useVisitAnswers } from '../../data/hooks/useVisitAnswers';
import { useLanguage } from '../../services/useLanguage';
import type { NotesProps } from './notesProps';
import { RecordedFor } from './RecordedFor';
import { sameProps } from './sameProps';

interface QuestionCardProps extends NotesProps {
  question: ChecklistQuestion;
  number: number;
  /** Every member's answer to the question at this visit. */
  answers: readonly ChecklistAnswer[];
}

/**
 * A question with the member's own answer and the others'. Drawn again only
 * when what it shows changes (sameProps): a save of one answer redraws its
 * own card, never the visit's other questions (the answers keep their
 * identity while unchanged: useStableLiveQuery). Who wrote the answers is
 * asked by the card for its own (and the others' part for theirs): a save
 * reads again the authorship of the answer saved, not of the whole visit.
 */
const QuestionCard = memo(function QuestionCard({ question, number, answers, ...props }: QuestionCardProps) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const { trip, visit, members, memberId, store } = props;
  const [first, ...others] = namesToShow(question.text, lang, trip);
  const mine = answers.find((answer) => answer.memberId === memberId);
  const authors = useNoteAuthors('checklistAnswers', trip.id, mine ? [mine.id] : []);
  const theirs = answers.filter((answer) => answer.memberId !== memberId && answer.body.text.trim());
  // A member writes their own answers; an organiser, anyone's; an interpreter, none.
  const locked = refusalFor(props.writer, 'checklistAnswers', { owner: memberId });

  return (
    <article id={`q-${question.id}`} className="question-card" aria-labelledby={`q-${question.id}-title`}>
      <h2 id={`q-${question.id}-title`} className="question-card__title">
        <span className="question-card__number">{number}</span>
        <span lang={first?.lang}>{first?.text}</span>
      </h2>
      {others.map((name) => (
        <p key={name.lang} lang={name.lang} className="muted question-card__other">
          {name.text}
        </p>
      ))}
      {memberId ? (
        <div className="question-card__mine">
          <ReadOnly why={locked}>
            <AutosaveTextarea
              key={memberId}
              id={`answer-${question.id}`}
              label={t('checklist.yourAnswer')}
              store={store}
              target={{
                kind: 'answer',
                key: { tripId: trip.id, visitId: visit.id, questionId: question.id, memberId },
                lang,
              }}
              stored={mine?.body.text ?? ''}
              storedVersion={mine?.hlc ?? null}
              storedBy={mine?.updatedBy}
              members={members}
              lang={mine?.body.lang}
            />
          </ReadOnly>
          {mine ? <RecordedFor author={authors.get(mine.id)} owner={mine.memberId} members={members} /> : null}
          {mine ? (
            <HistoryButton
              recordId={answerId(visit.id, question.id, memberId)}
              members={members}
              store={store}
              table="checklistAnswers"
              label={first?.text ?? ''}
            />
          ) : null}
        </div>
      ) : (
        <p className="notice">{t('page.chooseMemberFirst')}</p>
      )}
      <OthersAnswers number={number} answers={theirs} members={members} trip={trip} />
    </article>
  );
}, sameProps);

/** The other members' answers to a question, apart from the member's own: a save of that leaves them as they are. */
const OthersAnswers = memo(function OthersAnswers({
  number,
  answers,
  members,
  trip,
}: {
  number: number;
  answers: readonly ChecklistAnswer[];
  members: readonly Member[];
  trip: Trip;
}) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const authors = useNoteAuthors(
    'checklistAnswers',
    trip.id,
    answers.map((answer) => answer.id),
  );
  const nameOf = (id: RecordId) => {
    const member = members.find((one: Member) => one.id === id);
    return member ? memberNameFor(member, lang, trip).name.text : t('history.unknown');
  };
  return (
    // One such region per question: its number makes each landmark's name its own.
    <section className="question-card__others" aria-label={`${t('checklist.others')} · ${number}`}>
      {answers.length === 0 ? (
        <p className="muted">{t('checklist.noOthers')}</p>
      ) : (
        <ul className="answers">
          {answers.map((answer) => (
            <li key={answer.id} className="answer">
              <p className="answer__who">{nameOf(answer.memberId)}</p>
              <RecordedFor author={authors.get(answer.id)} owner={answer.memberId} members={members} />
              <p className="answer__text" lang={answer.body.lang}>
                {answer.body.text}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}, sameProps);

/**
 * The trip's questions at this visit: the member's own answer beside everyone
 * else's. Drawn again only when its props change (the page keeps them), not
 * when the page is.
 */
export const ChecklistSection = memo(function ChecklistSection({
  focusQuestion,
  ...props
}: NotesProps & { focusQuestion?: RecordId | undefined }) {
  const { t } = useTranslation('notes');
  const questions = useQuestions(props.trip.id);
  const answers = useVisitAnswers(props.visit.id);
  const ready = Boolean(questions && answers);

  useEffect(() => {
    if (!ready || !focusQuestion) return;
    document.getElementById(`q-${focusQuestion}`)?.scrollIntoView({ block: 'start' });
    document.getElementById(`answer-${focusQuestion}`)?.focus({ preventScroll: true });
  }, [ready, focusQuestion]);

  if (!questions || !answers) return null;
  const active = questions.filter((question) => !question.retiredAt);
  const retired = questions.filter(
    (question) =>
      question.retiredAt && answers.some((answer) => answer.questionId === question.id && answer.body.text.trim()),
  );
  const forQuestion = (question: ChecklistQuestion) => answers.filter((answer) => answer.questionId === question.id);
  return (
    <section className="notes-page__section" aria-label={t('page.sections.checklist')}>
      {active.map((question, index) => (
        <QuestionCard
          key={question.id}
          {...props}
          question={question}
          number={index + 1}
          answers={forQuestion(question)}
        />
      ))}
      {retired.length > 0 ? (
        <details className="retired">
          <summary>{t('checklist.retired')}</summary>
          {retired.map((question) => (
            <QuestionCard key={question.id} {...props} question={question} number={0} answers={forQuestion(question)} />
          ))}
        </details>
      ) : null}
    </section>
  );
});
