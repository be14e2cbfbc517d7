import { PARTICLES, type Particle, particleAfter } from '@shared/i18n/particles';
import type { Namespace } from '@shared/i18n/resources';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from '@shared/i18n/supported';
import i18next, { type i18n, type LanguageDetectorModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { NAMESPACES, stringsBackend } from './strings';

/** Where the chosen language is remembered; until a choice is made, the OS language decides. */
export const LANGUAGE_STORAGE_KEY = 'fieldbook.language';

/** Storage a browser may refuse (a sandboxed or private window): then the language is this run's alone. */
function remembered(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The language a start begins in: the one remembered, then the OS's
 * (navigator.languages), of which i18next takes the first the app speaks.
 * The language i18next settles on is remembered, at start too (as
 * the language detector the app used before did, with the same key).
 */
const detector: LanguageDetectorModule = {
  type: 'languageDetector',
  detect: () => [remembered(), ...navigator.languages].filter((tag): tag is string => Boolean(tag)),
  cacheUserLanguage: (lng) => {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
    } catch {
      // Refused: the choice lasts this run.
    }
  },
};

/**
 * `lng` fixes the language (tests); otherwise the saved choice, then the OS
 * language. `namespaces` are loaded before it resolves (all of them unless
 * told: the app's start asks only for its first screen's); any other loads
 * when a screen asks for it, and a switch of language loads what the
 * previous language had.
 */
export async function initI18n(lng?: Language, namespaces: readonly Namespace[] = NAMESPACES): Promise<i18n> {
  const instance = i18next.createInstance();
  if (!lng) instance.use(detector);
  await instance
    .use(stringsBackend)
    .use(initReactI18next)
    .init({
      ...(lng ? { lng } : {}),
      ns: [...namespaces],
      defaultNS: 'common',
      supportedLngs: [...LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      // Every language has every key (shared/i18n/resources.test.ts): a supported one never falls back, so it
      // loads no other language's strings; a language the app does not speak is shown in English.
      fallbackLng: {
        ...Object.fromEntries(LANGUAGES.map((supported) => [supported, []])),
        default: [FALLBACK_LANGUAGE],
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
  const resolved = instance.resolvedLanguage;
  return LANGUAGES.find((supported) => supported === resolved) ?? FALLBACK_LANGUAGE;
}
