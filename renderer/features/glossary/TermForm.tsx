import { LANGUAGES } from '@shared/i18n/languages';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { preventImeEnterSubmit } from '../../components/ime';
import type { GlossaryTermInput } from '../../data/records/glossaryTerms';

interface TermFormProps {
  initial: GlossaryTermInput;
  submitLabel: string;
  onSave: (input: GlossaryTermInput) => Promise<unknown>;
  onCancel?: () => void;
  /** Names the form: the term being edited, or "New term". */
  label: string;
}

/** A term in Korean, Japanese and English, with a note; at least one language must be written. */
export function TermForm({ initial, submitLabel, onSave, onCancel, label }: TermFormProps) {
  const { t } = useTranslation('glossary');
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="glossary-form"
      aria-label={label}
      onKeyDown={preventImeEnterSubmit}
      onSubmit={(event) => {
        event.preventDefault();
        if (!LANGUAGES.some((lang) => draft.term[lang]?.trim())) {
          setError(t('required'));
          return;
        }
        setError(null);
        void onSave(draft);
      }}
    >
      {LANGUAGES.map((lang) => (
        <label key={lang} className="field">
          <span className="field__label">{t(`term.${lang}`)}</span>
          <input
            lang={lang}
            value={draft.term[lang] ?? ''}
            onChange={(event) => setDraft({ ...draft, term: { ...draft.term, [lang]: event.target.value } })}
          />
        </label>
      ))}
      <label className="field glossary-form__note">
        <span className="field__label">{t('note')}</span>
        <input value={draft.note} onChange={(event) => setDraft({ ...draft, note: event.target.value })} />
      </label>
      <div className="glossary-form__actions">
        <button type="submit" className="button button--small button--primary">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--small" onClick={onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
