import { z } from 'zod';
import { type Language, language } from '../i18n/languages';
import { tooLong } from './validation';

function perLanguage(max: number) {
  const one = z.string().trim().max(max, tooLong).optional();
  return z.object({ ko: one, ja: one, en: one });
}

/**
 * A proper name written out per language: a trip's title, a host organisation,
 * a checklist question. Each language is optional; forms decide which are required.
 */
export const localizedName = perLanguage(200);
export type LocalizedName = z.infer<typeof localizedName>;

/**
 * A place written out per language like a name (a host's address, where an
 * item is held), with room for a long street address: 500 characters, what
 * the single-language field held before.
 */
export const localizedPlace = perLanguage(500);

/** The longest text one note field may hold: a whole day's minutes fit many times over. */
export const MAX_NOTE_TEXT = 100_000;

/**
 * Free text written by a member in one language (`lang`, its source), with
 * room for translations into the others. Bilingual exports print the source
 * beside its translation, and mark which one is the original. A translation
 * is a draft until someone marks it `reviewed` in its language. Optional, not
 * defaulted: texts stored before reviews existed have none, and their type says
 * so; without it every translation is a draft.
 */
export const translatableText = z.object({
  lang: language,
  text: z.string().max(MAX_NOTE_TEXT, tooLong),
  translations: z
    .object({ ko: z.string().optional(), ja: z.string().optional(), en: z.string().optional() })
    .default({}),
  reviewed: z.object({ ko: z.boolean().optional(), ja: z.boolean().optional(), en: z.boolean().optional() }).optional(),
});
export type TranslatableText = z.infer<typeof translatableText>;

/**
 * Where a text stands in one language: its `original` (written in it), a
 * translation `missing` (none, or only blanks), a `draft` or a `reviewed` one.
 * A review counts only while there is a translation to have reviewed.
 */
export type TranslationStatus = 'original' | 'missing' | 'draft' | 'reviewed';

export function translationStatus(text: TranslatableText, lang: Language): TranslationStatus {
  if (text.lang === lang) return 'original';
  if (!text.translations[lang]?.trim()) return 'missing';
  return text.reviewed?.[lang] ? 'reviewed' : 'draft';
}

/**
 * Raised instead of a validation error when a note does not fit: how long
 * the text is and how long it may be, for a message in the user's words.
 */
export class TextTooLongError extends Error {
  constructor(
    readonly length: number,
    readonly max: number,
  ) {
    super(`Text of ${length} characters is longer than ${max}`);
    this.name = 'TextTooLongError';
  }
}

/**
 * Parses a note's input with its schema; a text over its limit throws a
 * TextTooLongError naming the longest one, any other problem the ZodError.
 */
export function parseNote<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const lengths = result.error.issues.flatMap((issue) => {
    if (issue.code !== 'too_big' || issue.origin !== 'string') return [];
    const value = issue.path.reduce<unknown>(
      (at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined),
      input,
    );
    return typeof value === 'string' ? [{ length: value.length, max: Number(issue.maximum) }] : [];
  });
  const longest = lengths.sort((a, b) => b.length - a.length)[0];
  throw longest ? new TextTooLongError(longest.length, longest.max) : result.error;
}

export function emptyText(lang: Language): TranslatableText {
  return { lang, text: '', translations: {} };
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;
const LATIN = /[A-Za-z]/;

/**
 * The language a text is written in, judged by its script: Hangul is Korean,
 * kana is Japanese. Text in kanji alone or without letters keeps `fallback`
 * (usually the writer's interface language), since Han characters are shared.
 */
export function detectLanguage(text: string, fallback: Language): Language {
  if (HANGUL.test(text)) return 'ko';
  if (KANA.test(text)) return 'ja';
  if (LATIN.test(text) && !/[\u4e00-\u9fff]/.test(text)) return 'en';
  return fallback;
}

/** The text marked with the language it is written in; `fallback` decides when its script does not tell. */
export function withDetectedLanguage(text: TranslatableText, fallback: Language = text.lang): TranslatableText {
  return { ...text, lang: detectLanguage(text.text, fallback) };
}

/** A name in the first of the preferred languages it is written in. */
export function pickName(name: LocalizedName, preferred: readonly Language[]): string {
  for (const lang of [...preferred, 'ko', 'ja', 'en'] as const) {
    const value = name[lang];
    if (value) return value;
  }
  return '';
}

/** The text in `lang` when written or translated into it, else the original; with the language it is in. */
export function textIn(text: TranslatableText, lang: Language): { text: string; lang: Language } {
  if (text.lang === lang) return { text: text.text, lang };
  const translated = text.translations[lang];
  return translated ? { text: translated, lang } : { text: text.text, lang: text.lang };
}
