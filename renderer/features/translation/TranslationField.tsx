import type { Language } from '@shared/i18n/languages';
import type { ChangedBy, Member, TranslationStatus } from '@shared/model';
import type { TextRef } from '@shared/translation/fields';
import { type Term, termMismatches, termsToOffer } from '@shared/translation/glossary';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTextarea } from '../../components/autosave/ListTextarea';
import { ReplacedNotice } from '../../components/autosave/ReplacedNotice';
import { useAutosave } from '../../components/autosave/useAutosave';
import type { Store } from '../../data/database/store';
import { markReviewed } from '../../data/records/translations';

interface TranslationFieldProps {
  store: Store;
  tripId: string;
  text: TextRef;
  /** The record's version shown (its hlc), for the draft kept while typing. */
  version: string;
  /** Who stored that version: said when another device's translation replaces the one shown. */
  storedBy: ChangedBy;
  members: readonly Member[];
  original: { lang: Language; text: string };
  lang: Language;
  stored: string;
  status: TranslationStatus;
  terms: readonly Term[];
}

/**
 * The translation of one text into one language: an autosaved text area (a
 * draft at each keystroke, saved 300 ms after the last, like a note), where
 * it stands, the review toggle, the glossary's agreed terms to insert, and
 * in words each term the translation renders otherwise.
 */
export function TranslationField(props: TranslationFieldProps) {
  const { store, tripId, text, version, storedBy, members, original, lang, stored, status, terms } = props;
  const { t } = useTranslation('translation');
  const { t: common } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const target = useMemo(() => ({ kind: 'translation' as const, tripId, text, lang }), [tripId, text, lang]);
  const { value, change, flush, error, replacedBy } = useAutosave({
    store,
    target,
    stored,
    storedVersion: version,
    storedBy,
  });
  // The box shows the click at once; the stored review catches up a moment later.
  const [wanted, setWanted] = useState<boolean | null>(null);
  const reviewed = status === 'reviewed';
  useEffect(() => {
    if (wanted === reviewed) setWanted(null);
  }, [wanted, reviewed]);
  const offered = useMemo(() => termsToOffer(original, lang, terms), [original, lang, terms]);
  const mismatches = useMemo(() => termMismatches(original, value, lang, terms), [original, value, lang, terms]);

  // Where the caret goes once an inserted term is shown: the text area takes its new value on render.
  const caret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (caret.current === null) return;
    area.current?.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });
  const insert = (term: string) => {
    const field = area.current;
    const start = field?.selectionStart ?? value.length;
    const end = field?.selectionEnd ?? value.length;
    caret.current = start + term.length;
    change(value.slice(0, start) + term + value.slice(end));
    field?.focus();
  };

  return (
    <div className="translation__field">
      <div className="translation__field-head">
        <label htmlFor={id} className="field__label">
          {t('translationInto', { lang: common(`languages.${lang}`) })}
        </label>
        <span className={`badge translation__status translation__status--${status}`}>{t(`status.${status}`)}</span>
        <label className="translation__reviewed">
          <input
            type="checkbox"
            checked={wanted ?? reviewed}
            disabled={status === 'missing'}
            onChange={(event) => {
              setWanted(event.target.checked);
              markReviewed(store, text, lang, event.target.checked).catch(() => setWanted(null));
            }}
          />{' '}
          {t('reviewed')}
        </label>
      </div>
      <ListTextarea
        ref={area}
        id={id}
        className="autosave"
        lang={lang}
        rows={Math.min(8, Math.max(2, Math.ceil(original.text.length / 60)))}
        value={value}
        data-translation={`${text.table}:${text.id}:${text.field}:${lang}`}
        onChange={(event) => change(event.target.value)}
        onBlur={() => void flush()}
      />
      <ReplacedNotice by={replacedBy} members={members} />
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {offered.length > 0 ? (
        <div className="translation__offers">
          <span className="muted">{t('glossary.offer')}</span>
          {offered.map((term) => {
            const written = term.term[lang] ?? '';
            return (
              <button
                key={term.id}
                type="button"
                className="chip translation__offer"
                lang={lang}
                aria-label={t('glossary.insert', { term: written })}
                onClick={() => insert(written)}
              >
                {written}
              </button>
            );
          })}
        </div>
      ) : null}
      {mismatches.map((term) => (
        <p key={term.id} className="notice translation__mismatch">
          {t('glossary.mismatch', { source: term.term[original.lang] ?? '', target: term.term[lang] ?? '' })}
        </p>
      ))}
    </div>
  );
}
