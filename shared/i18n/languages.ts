import { z } from 'zod';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from './supported';

export * from './supported';

/** A supported language, as a schema: what trips, texts and the IPC contract validate with. */
export const language = z.enum(LANGUAGES);

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
