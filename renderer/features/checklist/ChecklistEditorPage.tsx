import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { namesToShow } from '@shared/itinerary/names';
import type { ChecklistQuestion, LocalizedName, Trip } from '@shared/model';
import { refusalFor } from '@shared/sync/permissions';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { preventImeEnterSubmit } from '../../components/ime';
import { ReadOnly } from '../../components/ReadOnly';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { TripNav } from '../../components/TripNav';
import { useStore } from '../../data/hooks/StoreContext';
import { useQuestions } from '../../data/hooks/useQuestions';
import { useTrip } from '../../data/hooks/useTrip';
import { useTripAnswers } from '../../data/hooks/useTripAnswers';
import { useWriter } from '../../data/hooks/useWriter';
import {
  addQuestion,
  moveQuestion,
  reinstateQuestion,
  retireQuestion,
  rewordQuestion,
} from '../../data/records/checklistQuestions';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { useLanguage } from '../../services/useLanguage';
import './checklist.css';

function QuestionTexts({
  text,
  onSave,
  submitLabel,
}: {
  text: LocalizedName;
  onSave: (text: LocalizedName) => Promise<unknown>;
  submitLabel: string;
}) {
  const { t } = useTranslation('notes');
  const [draft, setDraft] = useState<LocalizedName>(text);
  const changed = LANGUAGES.some((lang) => (draft[lang] ?? '') !== (text[lang] ?? ''));
  const empty = LANGUAGES.every((lang) => !draft[lang]?.trim());
  return (
    <form
      className="question-texts"
      onKeyDown={preventImeEnterSubmit}
      onSubmit={(event) => {
        event.preventDefault();
        if (!empty) void onSave(draft);
      }}
    >
      {LANGUAGES.map((lang: Language) => (
        <label key={lang} className="field">
          <span className="field__label">{t(`checklistEditor.text.${lang}`)}</span>
          <input
            lang={lang}
            value={draft[lang] ?? ''}
            className="input--wide"
            onChange={(event) => setDraft({ ...draft, [lang]: event.target.value })}
          />
        </label>
      ))}
      <button type="submit" className="button button--small" disabled={!changed || empty}>
        {submitLabel}
      </button>
    </form>
  );
}

function Editor({ trip }: { trip: Trip }) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const store = useStore();
  const questions = useQuestions(trip.id);
  const answers = useTripAnswers(trip.id);
  const [adding, setAdding] = useState(0);
  if (!questions || !answers) return <Loading />;
  const answered = (question: ChecklistQuestion) =>
    answers.filter((answer) => answer.questionId === question.id && answer.body.text.trim()).length;

  return (
    <>
      <ol className="checklist-editor">
        {questions.map((question, index) => {
          const label = namesToShow(question.text, lang, trip)[0]?.text ?? '';
          return (
            <li
              key={question.id}
              className={
                question.retiredAt ? 'checklist-editor__item checklist-editor__item--retired' : 'checklist-editor__item'
              }
            >
              <div className="checklist-editor__head">
                <span className="question-card__number">{index + 1}</span>
                <span className="strong">{label}</span>
                {question.retiredAt ? <span className="badge">{t('checklistEditor.retiredBadge')}</span> : null}
                <span className="muted">{t('checklistEditor.answers', { count: answered(question) })}</span>
                <span className="checklist-editor__actions">
                  <button
                    type="button"
                    className="icon-button"
                    disabled={index === 0}
                    aria-label={t('checklistEditor.moveUp', { n: index + 1 })}
                    onClick={() => void moveQuestion(store, question.id, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={index === questions.length - 1}
                    aria-label={t('checklistEditor.moveDown', { n: index + 1 })}
                    onClick={() => void moveQuestion(store, question.id, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() =>
                      void (question.retiredAt
                        ? reinstateQuestion(store, question.id)
                        : retireQuestion(store, question.id))
                    }
                  >
                    {question.retiredAt ? t('checklistEditor.reinstate') : t('checklistEditor.retire')}
                  </button>
                </span>
              </div>
              <QuestionTexts
                key={question.updatedAt}
                text={question.text}
                submitLabel={t('checklistEditor.save')}
                onSave={(text) => rewordQuestion(store, question.id, text)}
              />
            </li>
          );
        })}
      </ol>
      <section className="checklist-editor__new" aria-labelledby="new-question">
        <h2 id="new-question">{t('checklistEditor.newQuestion')}</h2>
        <QuestionTexts
          key={adding}
          text={{}}
          submitLabel={t('checklistEditor.add')}
          onSave={async (text) => {
            await addQuestion(store, trip.id, text);
            setAdding((count) => count + 1);
          }}
        />
      </section>
    </>
  );
}

/** The organiser's checklist: reword, reorder, retire and add questions; no answer is ever deleted. */
export function ChecklistEditorPage({ tripId }: { tripId: string }) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const trip = useTrip(tripId);
  const notOrganiser = refusalFor(useWriter(tripId), 'checklistQuestions');
  useDocumentTitle(t('checklistEditor.title'));
  if (trip === undefined) return <Loading />;
  if (trip === null) return <NotFound />;
  return (
    <section aria-labelledby="checklist-heading">
      <p className="page-header__eyebrow">{namesToShow(trip.title, lang, trip)[0]?.text}</p>
      <h1 id="checklist-heading">{t('checklistEditor.title')}</h1>
      <TripNav tripId={trip.id} current="checklist" />
      <p className="muted">{t('checklistEditor.intro')}</p>
      <ReadOnly why={notOrganiser}>
        <Editor trip={trip} />
      </ReadOnly>
    </section>
  );
}
