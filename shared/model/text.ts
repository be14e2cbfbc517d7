import { z } from 'zod';
import { type Language, language } from '../i18n/languages';
import { MAX_LINE_TEXT, MAX_MERGED_TEXT, MAX_NAME, MAX_NOTE_TEXT, MAX_PARAGRAPH_TEXT, MAX_PLACE } from './limits';
import { tooLong } from './validation';

function perLanguage(max: number) {
  const one = z.string().trim().max(max, tooLong).optional();
  return z.object({ ko: one, ja: one, en: one });
}

/**
 * A proper name written out per language: a trip's title, a host organisation,
 * a checklist question. Each language is optional; forms decide which are required.
 */
export const localizedName = perLanguage(MAX_NAME);
export type LocalizedName = z.infer<typeof localizedName>;

/**
 * A place written out per language like a name (a host's address, where an
 * item is held), with room for a long street address: what the
 * single-language field held before.
 */
export const localizedPlace = perLanguage(MAX_PLACE);

/** A text of at most `max`, each translation no longer than the text may be. */
function textOf(max: number) {
  const limited = z.string().max(max, tooLong);
  return z.object({
    lang: language,
    text: limited,
    translations: z.object({ ko: limited.optional(), ja: limited.optional(), en: limited.optional() }).default({}),
    reviewed: z
      .object({ ko: z.boolean().optional(), ja: z.boolean().optional(), en: z.boolean().optional() })
      .optional(),
  });
}

/**
 * Free text written by a member in one language (`lang`, its source), with
 * room for translations into the others. Bilingual exports print the source
 * beside its translation, and mark which one is the original. A translation
 * is a draft until someone marks it `reviewed` in its language. Optional, not
 * defaulted: texts stored before reviews existed have none, and their type says
 * so; without it every translation is a draft. At most what one writer may
 * save (MAX_NOTE_TEXT): what forms and editors take.
 */
export const translatableText = textOf(MAX_NOTE_TEXT);
export type TranslatableText = z.infer<typeof translatableText>;

/**
 * A text whose text and translations are merged texts (docs/sync-protocol.md,
 * section 3.4): the records' own texts, which several members' words may
 * make longer than one of them may write (MAX_MERGED_TEXT).
 */
export const mergedText = textOf(MAX_MERGED_TEXT);

/** A text of one line (an agenda item's title, a follow-up), inside a list that syncs as one value. */
export const lineText = textOf(MAX_LINE_TEXT);

/** A paragraph (an agenda item's notes), inside a list that syncs as one value. */
export const paragraphText = textOf(MAX_PARAGRAPH_TEXT);

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

/** Raised instead of a validation error when a note's list (its agenda, its attendees) holds too many entries. */
export class ListTooLongError extends Error {
  constructor(
    readonly length: number,
    readonly max: number,
  ) {
    super(`A list of ${length} entries is longer than ${max}`);
    this.name = 'ListTooLongError';
  }
}

/**
 * The longest string in `value` that is past what one writer may save and
 * was not so in `stored` (the same place in the note as it was): 0 when there
 * is none. A merged text that others' words made that long stays editable.
 */
function longestTyped(value: unknown, stored: unknown): number {
  if (typeof value === 'string') {
    const merged = typeof stored === 'string' && stored.length > MAX_NOTE_TEXT;
    return value.length > MAX_NOTE_TEXT && !merged ? value.length : 0;
  }
  if (value === null || typeof value !== 'object') return 0;
  const before = stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  return Object.entries(value).reduce((most, [key, inner]) => Math.max(most, longestTyped(inner, before[key])), 0);
}

/**
 * Parses a note's input with its schema; a text over its limit throws a
 * TextTooLongError naming the longest one, a list over its limit a
 * ListTooLongError, any other problem the ZodError. A writer saves at most
 * MAX_NOTE_TEXT in a text, whatever the schema lets a record hold, unless
 * the text was longer already in `stored` (the note as it is, of the input's
 * shape): others' words merged into it, and its writer goes on editing it.
 */
export function parseNote<S extends z.ZodType>(schema: S, input: unknown, stored?: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) {
    const typed = longestTyped(result.data, stored);
    if (typed > 0) throw new TextTooLongError(typed, MAX_NOTE_TEXT);
    return result.data;
  }
  const sizes = result.error.issues.flatMap((issue) => {
    if (issue.code !== 'too_big' || (issue.origin !== 'string' && issue.origin !== 'array')) return [];
    const value = issue.path.reduce<unknown>(
      (at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined),
      input,
    );
    return typeof value === 'string' || Array.isArray(value)
      ? [{ text: typeof value === 'string', length: value.length, max: Number(issue.maximum) }]
      : [];
  });
  const longest = sizes.sort((a, b) => Number(b.text) - Number(a.text) || b.length - a.length)[0];
  if (!longest) throw result.error;
  throw longest.text
    ? new TextTooLongError(longest.length, longest.max)
    : new ListTooLongError(longest.length, longest.max);
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
