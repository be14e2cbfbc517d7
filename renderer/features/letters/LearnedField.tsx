import type { Language } from '@shared/i18n/languages';
import { type LetterHost, letterNoteKey } from '@shared/letters/hosts';
import {
  emptyText,
  type Member,
  type RecordId,
  type ReportNote,
  type TranslatableText,
  translationStatus,
} from '@shared/model';
import type { Refusal } from '@shared/sync/permissions';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LabelledTextarea } from '../../components/autosave/LabelledTextarea';
import { ReplacedNotice } from '../../components/autosave/ReplacedNotice';
import { useAutosave } from '../../components/autosave/useAutosave';
import { HistoryButton } from '../../components/noteHistory/HistoryButton';
import { ReadOnlyNote } from '../../components/ReadOnlyNote';
import type { Store } from '../../data/database/store';
import { replaceReportNoteBody } from '../../data/records/reportNotes';
import { link } from '../../services/paths';
import { useUndo } from '../../services/undo';

interface LearnedProps {
  /** The store as the member writing (asMember). */
  store: Store;
  tripId: RecordId;
  host: LetterHost;
  /** The host's name in the interface language, for the labels. */
  hostName: string;
  /** The letter's language: the hosts'. */
  lang: Language;
  /** The language of the copy for the file, when there is one: the organiser's text is translated into it. */
  copyLang: Language | null;
  /** The letter's note as stored; undefined until the organiser first writes. */
  note: ReportNote | undefined;
  /** What the visits' summaries say in the letter's language: what the letter says until the organiser writes. */
  summaries: string;
  members: readonly Member[];
  /** Why the member may not write report notes, or null when they may. */
  refusal: Refusal | null;
}

/**
 * What the delegation learned at one host, as its letter says it (issue 24):
 * the visits' summaries until the organiser writes over them, then a report
 * note of its own (`letter`), saved as typed like every note, with its
 * history. The other language's letter (the copy for the file) takes its
 * translation, written on the translation screen with the trip's other texts
 * and their glossary. A member who may not write report notes reads it.
 */
export function LearnedField(props: LearnedProps) {
  const { t } = useTranslation('report');
  const label = t('lettersScreen.learned', { host: props.hostName });
  const written = props.note?.body.text.trim() ? props.note.body : undefined;
  return (
    <section className="letter-learned no-print" aria-label={label}>
      {props.refusal ? (
        <>
          <h2 className="field__label">{label}</h2>
          <p className="letter-learned__text" lang={written?.lang ?? props.lang}>
            {written?.text ?? props.summaries}
          </p>
          <ReadOnlyNote why={props.refusal} />
        </>
      ) : (
        <LearnedEditor {...props} label={label} />
      )}
      {written ? (
        <TranslationNote tripId={props.tripId} text={written} lang={props.lang} copyLang={props.copyLang} />
      ) : null}
    </section>
  );
}

function LearnedEditor({
  store,
  tripId,
  host,
  hostName,
  lang,
  note,
  summaries,
  members,
  label,
}: LearnedProps & { label: string }) {
  const { t } = useTranslation('report');
  const undo = useUndo();
  // By the host's key, not the host: the host is made again each time the trip's records change.
  const hostKey = host.key;
  const key = useMemo(() => letterNoteKey({ key: hostKey }), [hostKey]);
  const target = useMemo(() => ({ kind: 'reportNote' as const, tripId, note: key, lang }), [tripId, key, lang]);
  // What is stored, not the summaries shown over an empty text: a save then puts the summaries and the
  // typing into the note together, as an edit over nothing, whatever the note held before it was emptied.
  const { value, change, flush, error, replacedBy } = useAutosave({
    store,
    target,
    stored: note?.body.text ?? '',
    storedVersion: note?.hlc ?? null,
    storedBy: note?.updatedBy,
  });
  /** Whether the organiser typed here since the summaries were last shown: a text they emptied stays empty. */
  const [typed, setTyped] = useState(false);
  const shown = value === '' && !typed ? summaries : value;
  const backToSummaries = async () => {
    await flush();
    const before = await replaceReportNoteBody(store, tripId, key, emptyText(lang));
    setTyped(false);
    if (!before) return;
    undo.record(
      {
        label: t('lettersScreen.summariesAgain', { host: hostName }),
        undo: async () => {
          await replaceReportNoteBody(store, tripId, key, before);
        },
      },
      { announce: true },
    );
  };
  return (
    <LabelledTextarea
      label={label}
      hint={t('lettersScreen.learnedHint')}
      value={shown}
      lang={note?.body.text.trim() ? note.body.lang : lang}
      rows={6}
      onChange={(text) => {
        setTyped(true);
        change(text);
      }}
      onBlur={() => void flush()}
    >
      <ReplacedNotice by={replacedBy} members={members} />
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="letter-learned__actions">
        {note?.body.text.trim() ? (
          <button type="button" className="button button--small" onClick={() => void backToSummaries()}>
            {t('lettersScreen.useSummaries')}
          </button>
        ) : null}
        {note ? (
          <HistoryButton recordId={note.id} members={members} store={store} table="reportNotes" label={label} />
        ) : null}
      </div>
    </LabelledTextarea>
  );
}

/**
 * Where the organiser's text stands in the other letter: the copy's language,
 * or the hosts' when it was written in the delegation's; translated there or
 * not yet, and where to translate it.
 */
function TranslationNote({
  tripId,
  text,
  lang,
  copyLang,
}: {
  tripId: RecordId;
  text: TranslatableText;
  lang: Language;
  copyLang: Language | null;
}) {
  const { t } = useTranslation('report');
  const { t: common } = useTranslation();
  const into = text.lang === lang ? copyLang : lang;
  if (!into) return null;
  const words = { lang: common(`languages.${into}`) };
  return (
    <p className="field__hint">
      {translationStatus(text, into) === 'missing'
        ? t('lettersScreen.notTranslatedInto', words)
        : t('lettersScreen.translatedInto', words)}{' '}
      <Link href={link('translation', { tripId })}>{t('lettersScreen.translate')}</Link>
    </p>
  );
}
