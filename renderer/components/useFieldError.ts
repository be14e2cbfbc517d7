import type { resources } from '@shared/i18n/resources';
import { MAX_TRIP_DAYS, messageKey } from '@shared/model';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

type ValidationKey = `validation.${keyof (typeof resources)['en']['common']['validation']}`;

/**
 * Turns a validation error into a sentence in the interface language. Schemas
 * in shared/ give message keys ('validation.required', or with the limit it
 * names, 'validation.tooLong|200'); anything else (a library's own English
 * message) becomes the generic "not valid".
 */
export function useFieldError(): (error: { message?: string | undefined } | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error) => {
      if (!error) return undefined;
      const { key: message, max } = messageKey(error.message ?? '');
      const known = message.startsWith('validation.') && i18n.exists(message);
      const key = (known ? message : 'validation.invalid') as ValidationKey;
      return t(key, { max: (max ?? MAX_TRIP_DAYS).toLocaleString(i18n.language) });
    },
    [t, i18n],
  );
}
