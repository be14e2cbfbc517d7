import type { Language } from '../i18n/languages';
import type { LocalizedName, TranslatableText } from '../model';

/**
 * A text with its translation into `lang` as typed. A translation that
 * changes is no longer the one someone reviewed: its review goes back to a
 * draft. Only a review that was given is taken back, so an edit of a text
 * never reviewed changes the translation alone (one leaf, in sync's terms).
 */
export function withTranslation(text: TranslatableText, lang: Language, translation: string): TranslatableText {
  if ((text.translations[lang] ?? '') === translation) return text;
  const translated: TranslatableText = { ...text, translations: { ...text.translations, [lang]: translation } };
  return text.reviewed?.[lang] ? { ...translated, reviewed: { ...text.reviewed, [lang]: false } } : translated;
}

/** A text with its translation into `lang` marked reviewed, or back to a draft. */
export function withReview(text: TranslatableText, lang: Language, reviewed: boolean): TranslatableText {
  return { ...text, reviewed: { ...text.reviewed, [lang]: reviewed } };
}

/** A name with its `lang` written as typed; blank removes it, as a name form does. */
export function withNameIn(name: LocalizedName, lang: Language, written: string): LocalizedName {
  const next = { ...name };
  if (written.trim()) next[lang] = written.trim();
  else delete next[lang];
  return next;
}

/**
 * A text as the editor of its original saves it: its translations and
 * reviews as stored, not as the editor last read them, so that a translation
 * written on the translation screen or synced from another device while the
 * original was being edited stays. A review vouches for a translation of the
 * original as it was: when the original changes, a reviewed translation is a
 * draft again.
 */
export function withStoredTranslations(
  typed: TranslatableText,
  stored: TranslatableText | undefined,
): TranslatableText {
  if (!stored) return typed;
  const { reviewed: _typedReviews, ...text } = typed;
  const kept: TranslatableText = { ...text, translations: stored.translations };
  if (!stored.reviewed) return kept;
  if (stored.text === typed.text) return { ...kept, reviewed: stored.reviewed };
  const reviewed = Object.fromEntries(
    Object.entries(stored.reviewed).map(([lang, given]) => [lang, given ? false : given]),
  );
  return { ...kept, reviewed };
}
