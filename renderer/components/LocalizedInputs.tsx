import { LANGUAGES, type Language } from '@shared/i18n/languages';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './Field';
import { useFieldError } from './useFieldError';

interface LocalizedInputsProps {
  /** Each input's label, naming its language ('Name in Japanese'): unique in the form, so that each is found by it. */
  label: (lang: Language) => string;
  /** The form's registration of the field in one language: `register(`title.${lang}`)`. */
  input: (lang: Language) => UseFormRegisterReturn;
  errors?: Partial<Record<Language, FieldError | undefined>> | undefined;
  /** The language that must be written (a title in the delegation's language); none when every one may be empty. */
  requiredLanguage?: Language | null;
  /** Puts the cursor in the first language's input when the form opens. */
  autoFocus?: boolean;
}

/**
 * One input per language for something written out per language, a
 * LocalizedName: a title, a host's name, an organiser, an address. Each input
 * carries its `lang`, so that the input method, the spell checker and the
 * glyphs of shared Han characters follow the language typed.
 */
export function LocalizedInputs({
  label,
  input,
  errors,
  requiredLanguage = null,
  autoFocus = false,
}: LocalizedInputsProps) {
  const errorText = useFieldError();
  return LANGUAGES.map((lang, index) => (
    <Field key={lang} label={label(lang)} error={errorText(errors?.[lang])} required={lang === requiredLanguage}>
      {(control) => (
        <input
          {...control}
          {...input(lang)}
          lang={lang}
          // biome-ignore lint/a11y/noAutofocus: the user opened this form to type into it; the cursor waits in the first field.
          autoFocus={autoFocus && index === 0}
          className="input--wide"
        />
      )}
    </Field>
  ));
}
