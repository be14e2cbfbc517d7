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
