import { type Attachment, newId, pickName, type QaNote, type QaNoteFields } from '@shared/model';
import { qaNoteTime } from '@shared/notes/qaTime';
import { memberNameFor } from '@shared/people/memberName';
import { mayChange, refusalFor } from '@shared/sync/permissions';
import { memo, type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Temporal } from 'temporal-polyfill';
import { ReplacedNotice } from '../../components/autosave/ReplacedNotice';
import { useAutosave } from '../../components/autosave/useAutosave';
import { isComposing } from '../../components/ime';
import { HistoryButton } from '../../components/noteHistory/HistoryButton';
import { RecoveredNotices } from '../../components/noteHistory/RecoveredNotices';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import { useDescribeSaveError } from '../../components/saveError';
import { useDraftWriter } from '../../components/useDraftWriter';
import { useNoteAuthors } from '../../data/hooks/useNoteAuthors';
import { useQaNotes } from '../../data/hooks/useQaNotes';
import { useQuestions } from '../../data/hooks/useQuestions';
import { useVisitAttachments } from '../../data/hooks/useVisitAttachments';
import {
  addQaNote,
  type ComposedNote,
  composerDraftKey,
  deleteQaNote,
  getComposedNote,
  restoreQaNote,
} from '../../data/records/qaNotes';
import { isModKey, shortcutLabel } from '../../services/shortcuts';
import { useUndo } from '../../services/undo';
import { useLanguage } from '../../services/useLanguage';
import { AttachButton, AttachmentList } from './Attachments';
import type { NotesProps } from './notesProps';
import { QaFields } from './QaFields';
import { RecordedFor } from './RecordedFor';
import { sameProps } from './sameProps';

/** The composer for the next note: always there, kept across reloads and crashes, saved with Ctrl+Enter. */
function Composer({ page, questionRef }: { page: NotesProps; questionRef: RefObject<HTMLTextAreaElement | null> }) {
  const { t } = useTranslation(['notes', 'common']);
  const lang = useLanguage();
  const describeSaveError = useDescribeSaveError();
  const questions = useQuestions(page.trip.id)?.filter((question) => !question.retiredAt) ?? [];
  const { trip, visit, memberId, store } = page;
  const fresh = useCallback(
    (): QaNoteFields => ({
      question: { lang, text: '', translations: {} },
      askedBy: memberId,
      answeredBy: visit.host?.contacts[0] ?? null,
      answer: { lang, text: '', translations: {} },
      time: qaNoteTime(visit, Temporal.Now.instant()),
      checklistQuestionIds: [],
    }),
    [lang, memberId, visit],
  );
  const [note, setNote] = useState<ComposedNote>(() => ({ id: newId(), fields: fresh() }));
  /** The note as typed last, ahead of the state while a render is pending (an add in progress). */
  const latest = useRef(note);
  const typed = useRef(false);
  const draft = useDraftWriter(store, composerDraftKey(visit.id), 'composer');
  const [error, setError] = useState<string | null>(null);
  /** Why the note was not saved when nobody writes: said apart from the question, which is not at fault. */
  const [noWriter, setNoWriter] = useState(false);

  useEffect(() => {
    let live = true;
    void getComposedNote(store, visit.id)
      .then((composed) => {
        if (live && composed && !typed.current) {
          latest.current = composed;
          setNote(composed);
        }
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [store, visit.id]);

  const keep = (next: ComposedNote) => {
    latest.current = next;
    setNote(next);
    const { question, answer } = next.fields;
    draft.write(question.text.trim() || answer.text.trim() ? next : null);
  };
  const edit = (fields: QaNoteFields) => {
    typed.current = true;
    keep({ ...latest.current, fields });
  };

  // Who asked is the writer unless someone else was chosen: a writer chosen after the note was begun asks it.
  const writerBefore = useRef(memberId);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new writer moves the asker
  useEffect(() => {
    const before = writerBefore.current;
    writerBefore.current = memberId;
    const { fields } = latest.current;
    if (before === memberId || (fields.askedBy !== null && fields.askedBy !== before)) return;
    keep({ ...latest.current, fields: { ...fields, askedBy: memberId } });
    if (memberId) setNoWriter(false);
  }, [memberId]);

  const save = async () => {
    const { id, fields } = latest.current;
    if (!fields.question.text.trim() && !fields.answer.text.trim()) {
      setError(t('common:validation.required'));
      questionRef.current?.focus();
      return;
    }
    setError(null);
    // A note is someone's (its writer may change it, sync names them): none is added by nobody.
    setNoWriter(!memberId);
    if (!memberId) return;
    try {
      await draft.commit(() => addQaNote(store, trip.id, visit.id, fields, { lang, id }));
      // What was typed while the note was being added is the next note; otherwise the next question
      // is often to the same person: keep who answered, start the rest afresh.
      const typedMeanwhile = latest.current.fields !== fields;
      keep({
        id: newId(),
        fields: typedMeanwhile ? latest.current.fields : { ...fresh(), answeredBy: fields.answeredBy },
      });
      questionRef.current?.focus();
    } catch (cause) {
      setError(describeSaveError(cause));
    }
  };

  return (
    <form
      className="qa-composer"
      aria-label={t('qa.new')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (isModKey(event, 'Enter') && !isComposing(event)) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <h2 className="qa-composer__title">
        {t('qa.new')} <kbd>{shortcutLabel('Alt+N')}</kbd>
      </h2>
      {memberId || noWriter ? null : <p className="notice">{t('qa.chooseWriterFirst')}</p>}
      <QaFields
        value={note.fields}
        onChange={edit}
        questions={questions}
        page={page}
        questionRef={questionRef}
        questionError={error ?? undefined}
      />
      {noWriter ? (
        <p className="field__error" role="alert">
          {t('qa.notSavedNoWriter')}
        </p>
      ) : null}
      <button type="submit" className="button button--primary">
        {t('qa.add')} <kbd>{shortcutLabel('Mod+Enter')}</kbd>
      </button>
      {draft.unprotected ? (
        <p className="field__hint" role="status">
          {t('save.unprotected')}
        </p>
      ) : null}
    </form>
  );
}

function NoteEditor({ note, page, onDone }: { note: QaNote; page: NotesProps; onDone: () => void }) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const questions = useQuestions(page.trip.id) ?? [];
  const { question, askedBy, answeredBy, answer, time, checklistQuestionIds } = note;
  const { value, change, flush, replacedBy } = useAutosave({
    store: page.store,
    target: { kind: 'qaNote', tripId: note.tripId, id: note.id, lang },
    stored: { question, askedBy, answeredBy, answer, time, checklistQuestionIds },
    storedVersion: note.hlc,
    storedBy: note.updatedBy,
  });
  return (
    <div className="qa-note qa-note--editing">
      <QaFields value={value} onChange={change} onBlur={() => void flush()} questions={questions} page={page} />
      <ReplacedNotice by={replacedBy} members={page.members} />
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          void flush();
          onDone();
        }}
      >
        {t('qa.done')}
      </button>
    </div>
  );
}

/** A note taken: drawn again when it changes (sameProps), not when another note of the visit is saved. */
const NoteCard = memo(function NoteCard({
  note,
  number,
  page,
  attachments,
}: {
  note: QaNote;
  number: number;
  page: NotesProps;
  attachments: readonly Attachment[];
}) {
  const { t } = useTranslation('notes');
  const lang = useLanguage();
  const history = useUndo();
  const [editing, setEditing] = useState(false);
  const questions = useQuestions(page.trip.id) ?? [];
  const { members, store, trip } = page;
  // Who wrote the note, asked by the card for its own: a save of another note reads only that one's again.
  const author = useNoteAuthors('qaNotes', trip.id, [note.id]).get(note.id);
  if (editing) return <NoteEditor note={note} page={page} onDone={() => setEditing(false)} />;
  const askedBy = members.find((member) => member.id === note.askedBy);
  const asker = askedBy ? memberNameFor(askedBy, lang, trip) : null;
  const answerer = note.answeredBy
    ? [
        pickName(note.answeredBy.title, [lang, trip.languages.host]),
        pickName(note.answeredBy.name, [lang, trip.languages.host]),
      ]
        .filter(Boolean)
        .join(' ')
    : t('qa.nobody');
  const linked = questions.filter((question) => note.checklistQuestionIds.includes(question.id));
  // A member changes the notes they wrote (and notes that name no writer); an organiser, any.
  const mayEdit = mayChange(page.writer, 'qaNotes', { owner: note.writtenBy });
  const mayAttach = mayChange(page.writer, 'attachments');
  return (
    <article className="qa-note" aria-labelledby={`qa-${note.id}`}>
      {/* At the note's head, not among its buttons after its files. */}
      <RecoveredNotices recordId={note.id} table="qaNotes" members={members} store={store} />
      <p className="qa-note__meta">
        <span className="qa-note__number">Q{number}</span>
        {note.time ? <time>{note.time}</time> : null}
        <span>
          {t('qa.askedBy')}:{' '}
          {asker ? (
            <span lang={asker.name.lang} title={asker.other?.text}>
              {asker.name.text}
            </span>
          ) : (
            t('qa.nobody')
          )}
        </span>
        <span>
          {t('qa.answeredBy')}: {answerer}
        </span>
      </p>
      <RecordedFor author={author} owner={note.askedBy} members={members} />
      <h3 id={`qa-${note.id}`} className="qa-note__question" lang={note.question.lang}>
        {note.question.text}
      </h3>
      <p className="qa-note__answer" lang={note.answer.lang}>
        {note.answer.text}
      </p>
      {linked.length > 0 ? (
        <ul className="chips" aria-label={t('qa.helps')}>
          {linked.map((question) => (
            <li key={question.id} className="chip chip--static">
              {questions.indexOf(question) + 1}. {pickName(question.text, [lang])}
            </li>
          ))}
        </ul>
      ) : null}
      {attachments.length > 0 ? <AttachmentList attachments={attachments} removable={mayAttach} /> : null}
      <div className="qa-note__actions">
        {mayAttach ? (
          <AttachButton
            store={store}
            target={{ tripId: trip.id, visitId: note.visitId, owner: { kind: 'qaNote', id: note.id } }}
            label={t('files.attach')}
          />
        ) : null}
        {mayEdit ? (
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            {t('qa.edit')}
          </button>
        ) : null}
        <HistoryButton
          recordId={note.id}
          members={members}
          store={store}
          table="qaNotes"
          label={note.question.text}
          withRecovered={false}
        />
        {mayEdit ? (
          <button
            type="button"
            className="button button--small button--danger-quiet"
            onClick={() =>
              void deleteQaNote(store, note.id).then(() =>
                history.record(
                  { label: t('qa.deleted'), undo: () => restoreQaNote(store, note.id) },
                  { announce: true },
                ),
              )
            }
          >
            {t('qa.delete')}
          </button>
        ) : null}
      </div>
    </article>
  );
}, sameProps);

/** Q&A notes of the visit: the composer for the next one, then those taken, in order; not drawn again with the page. */
export const QaSection = memo(function QaSection(page: NotesProps) {
  const { t } = useTranslation('notes');
  const notes = useQaNotes(page.visit.id);
  const attachments = useVisitAttachments(page.visit.id);
  const questionRef = useRef<HTMLTextAreaElement>(null);
  // An interpreter writes no notes of their own; a member writes theirs, an organiser anyone's.
  const mayNotWrite = refusalFor(page.writer, 'qaNotes', { owner: page.memberId });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN') {
        event.preventDefault();
        questionRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <section className="notes-page__section" aria-label={t('page.sections.qa')}>
      {mayNotWrite ? (
        <ReadOnlyNote why={mayNotWrite} />
      ) : (
        <Composer key={page.visit.id} page={page} questionRef={questionRef} />
      )}
      <h2 className="qa-list__title">
        {t('page.sections.qa')} <span className="count">{notes?.length ?? 0}</span>
      </h2>
      {notes && notes.length === 0 ? <p className="muted">{t('qa.empty')}</p> : null}
      <ol className="qa-list">
        {notes?.map((note, index) => (
          <li key={note.id}>
            <NoteCard
              note={note}
              number={index + 1}
              page={page}
              attachments={attachments?.filter((attachment) => attachment.owner.id === note.id) ?? []}
            />
          </li>
        ))}
      </ol>
    </section>
  );
});
