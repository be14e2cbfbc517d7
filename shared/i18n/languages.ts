import { z } from 'zod';

/** Languages the interface is translated into, and the languages trip content is written in. */
export const LANGUAGES = ['ko', 'ja', 'en'] as const;
export const language = z.enum(LANGUAGES);
export type Language = z.infer<typeof language>;

/** Each language's name in its own script, as a language switcher shows it. */
export const LANGUAGE_AUTONYMS: Record<Language, string> = {
  ko: '한국어',
  ja: '日本語',
  en: 'English',
};

export const FALLBACK_LANGUAGE: Language = 'en';

/**
 * Picks the first supported language from a preference list such as
 * navigator.languages or Electron's app.getPreferredSystemLanguages()
 * ('ko-KR', 'ja', 'en-US', ...).
 */
export function matchLanguage(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const parsed = language.safeParse(primary);
    if (parsed.success) return parsed.data;
  }
  return FALLBACK_LANGUAGE;
}
