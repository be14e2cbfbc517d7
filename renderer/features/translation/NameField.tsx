import type { Language } from '@shared/i18n/languages';
import type { TranslationStatus } from '@shared/model';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isComposing } from '../../components/ime';
import { useDescribeSaveError } from '../../components/saveError';
import type { Store } from '../../data/database/store';
import { type NameRef, saveName } from '../../data/records/translations';

/**
 * A name written in one more language: a name has no translation to review,
 * each language of it is written as that side writes it. Saved when the field
 * is left or Enter is pressed, as a form field is: a name is short.
 */
export function NameField({
  store,
  name,
  lang,
  stored,
  status,
}: {
  store: Store;
  name: NameRef;
  lang: Language;
  stored: string;
  status: TranslationStatus;
}) {
  const { t } = useTranslation('translation');
  const { t: common } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  const describe = useDescribeSaveError();
  /** Typed here and not saved yet: what is stored elsewhere does not replace it. */
  const typing = useRef(false);
  /** Saved, and not yet reported by the stored value: the stale value before it is not shown again. */
  const awaiting = useRef<string | null>(null);
  const latest = useRef(stored);
  latest.current = stored;
  useEffect(() => {
    if (awaiting.current !== null) {
      if (stored !== awaiting.current) return;
      awaiting.current = null;
    }
    if (!typing.current) setValue(stored);
  }, [stored]);
  const save = () => {
    const written = value.trim();
    if (written === stored) {
      typing.current = false;
      return;
    }
    // What was typed stays in the field until it is saved, or says why it could not be.
    saveName(store, name, lang, value).then(
      () => {
        if (latest.current !== written) awaiting.current = written;
        typing.current = false;
        setError(null);
      },
      (cause: unknown) => setError(describe(cause)),
    );
  };
  return (
    <div className="translation__field">
      <div className="translation__field-head">
        <label htmlFor={id} className="field__label">
          {t('nameIn', { lang: common(`languages.${lang}`) })}
        </label>
        <span className={`badge translation__status translation__status--${status}`}>{t(`status.${status}`)}</span>
      </div>
      <input
        id={id}
        lang={lang}
        className="input--wide"
        value={value}
        data-translation={`${name.table}:${name.id}:${name.field}:${lang}`}
        onChange={(event) => {
          typing.current = true;
          setValue(event.target.value);
        }}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !isComposing(event)) save();
        }}
      />
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
