import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { useId } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './Field';
import { useFieldError } from './useFieldError';

interface LocalizedInputsProps {
  /** Each input's label, naming its language ('Name in Japanese'): unique in the form, so that each is found by it. */
  label: (lang: Language) => string;
  /** The form's registration of the field in one language: `register(`title.${lang}`)`. */
  input: (lang: Language) => UseFormRegisterReturn;
  errors?: Partial<Record<Language, FieldError | undefined>> | undefined;
  /** A hint under each language's input; none where it gives none. */
  hint?: (lang: Language) => string | undefined;
  /** The language that must be written (a title in the delegation's language); none when every one may be empty. */
  requiredLanguage?: Language | null;
  /** Puts the cursor in the first language's input when the form opens. */
  autoFocus?: boolean;
  /** Values to offer in each language's input (affiliations already on the roster); none when not given. */
  suggestions?: ((lang: Language) => readonly string[]) | undefined;
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
  suggestions,
  hint,
}: LocalizedInputsProps) {
  const errorText = useFieldError();
  const listId = useId();
  return LANGUAGES.map((lang, index) => {
    const offered = suggestions?.(lang) ?? [];
    const list = offered.length > 0 ? `${listId}-${lang}` : undefined;
    return (
      <Field
        key={lang}
        label={label(lang)}
        hint={hint?.(lang)}
        error={errorText(errors?.[lang])}
        required={lang === requiredLanguage}
      >
        {(control) => (
          <>
            <input
              {...control}
              {...input(lang)}
              lang={lang}
              list={list}
              // biome-ignore lint/a11y/noAutofocus: the user opened this form to type into it; the cursor waits in the first field.
              autoFocus={autoFocus && index === 0}
              className="input--wide"
            />
            {list ? (
              <datalist id={list}>
                {offered.map((value) => (
                  <option key={value} value={value} />
                ))}
              </datalist>
            ) : null}
          </>
        )}
      </Field>
    );
  });
}
