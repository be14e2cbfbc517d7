import type { Language } from '@shared/i18n/languages';
import type { TranslationStatus } from '@shared/model';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isComposing } from '../../components/ime';
import type { Store } from '../../data/store';
import { type NameRef, saveName } from '../../data/translations';

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
  const [editing, setEditing] = useState(false);
  // Another window's or device's change shows unless something is being typed here.
  useEffect(() => {
    if (!editing) setValue(stored);
  }, [stored, editing]);
  const save = () => {
    setEditing(false);
    if (value.trim() !== stored) void saveName(store, name, lang, value);
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
          setEditing(true);
          setValue(event.target.value);
        }}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !isComposing(event)) save();
        }}
      />
    </div>
  );
}
