import type { Language } from '@shared/i18n/languages';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';

/** The interface language, for Intl formatting and for choosing which name of a thing to show first. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return currentLanguage(i18n);
}
