import { FALLBACK_LANGUAGE, LANGUAGES, type Language, language } from '@shared/i18n/languages';
import { PARTICLES, type Particle, particleAfter } from '@shared/i18n/particles';
import { NAMESPACES, resources } from '@shared/i18n/resources';
import i18next, { type i18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

/** Where the chosen language is remembered; until a choice is made, the OS language decides. */
export const LANGUAGE_STORAGE_KEY = 'fieldbook.language';

/** `lng` fixes the language (tests); otherwise the saved choice, then the OS language. */
export async function initI18n(lng?: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  if (!lng) instance.use(LanguageDetector);
  await instance.use(initReactI18next).init({
    ...(lng ? { lng } : {}),
    resources,
    ns: NAMESPACES,
    defaultNS: 'common',
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: FALLBACK_LANGUAGE,
    detection: {
      order: ['localStorage', 'navigator'],
      caches: ['localStorage'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
    },
    interpolation: { escapeValue: false },
  });
  // A Korean string names the particle, the word decides its form: “{{term}}”{{term, 을/를}} reads “현”을, “용어”를.
  for (const particle of Object.keys(PARTICLES) as Particle[]) {
    instance.services.formatter?.add(particle, (word: unknown) => particleAfter(String(word ?? ''), particle));
  }
  return instance;
}

/** The interface language in effect, as one of the supported languages. */
export function currentLanguage(instance: i18n): Language {
  const parsed = language.safeParse(instance.resolvedLanguage);
  return parsed.success ? parsed.data : FALLBACK_LANGUAGE;
}
