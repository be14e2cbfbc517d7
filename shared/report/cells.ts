import type { Language } from '../i18n/languages';
import type { LocalizedName, Member, ReportNote, TranslatableText, Trip } from '../model';
import { translationStatus } from '../model';
import type { Cell, CellText, TextSource } from './document';

/**
 * Cells for each kind of text the report shows, in the document's languages.
 * A text not written in a language is marked missing there, with its
 * original beside it, so no text is dropped or passes for another language.
 */

/** A member's note or the organiser's text: the original, a draft or reviewed translation, or missing (the model's rule). */
export function textCell(text: TranslatableText, source: TextSource, langs: readonly Language[]): Cell {
  return {
    source,
    texts: langs.map((lang): CellText => {
      const status = translationStatus(text, lang);
      if (status === 'missing') return missing(lang, { lang: text.lang, text: text.text }, langs);
      return { lang, text: status === 'original' ? text.text : (text.translations[lang] ?? ''), status };
    }),
  };
}

/** What the organisers wrote in the report (a finding, a visit's summary, the evaluation). */
export function organisersText(note: ReportNote, langs: readonly Language[]): Cell {
  return textCell(note.body, { table: 'reportNotes', id: note.id, field: 'body' }, langs);
}

/**
 * A name written per language (a visit, a host, a checklist question). A name
 * written in no language at all (an item with no place) is empty, not missing:
 * there is nothing to translate.
 */
export function nameCell(name: LocalizedName, source: TextSource | null, langs: readonly Language[]): Cell {
  const written = (['ko', 'ja', 'en'] as const).find((lang) => name[lang]);
  if (!written) return { source, texts: langs.map((lang) => ({ lang, text: '', status: 'original' })) };
  return {
    source,
    texts: langs.map((lang): CellText => {
      const text = name[lang];
      if (text) return { lang, text, status: 'original' };
      return missing(lang, { lang: written, text: name[written] ?? '' }, langs);
    }),
  };
}

/**
 * A member's name for a language: the name the delegation uses in its own
 * language, the name for hosts in theirs.
 */
export function memberCell(member: Member, trip: Pick<Trip, 'languages'>, langs: readonly Language[]): Cell {
  const source = { table: 'members', id: member.id, field: 'name' };
  const name: LocalizedName = { [trip.languages.home]: member.name };
  if (member.nameForHosts) name[trip.languages.host] = member.nameForHosts;
  if (trip.languages.host === trip.languages.home) name[trip.languages.home] = member.name;
  return nameCell(name, source, langs);
}

/** The report's own words (a heading, a date), never missing. */
export function wordsCell(word: (lang: Language) => string, langs: readonly Language[]): Cell {
  return { source: null, texts: langs.map((lang) => ({ lang, text: word(lang), status: 'original' })) };
}

/** Whether a note holds anything to report. */
export function isWritten(text: TranslatableText): boolean {
  return text.text.trim() !== '' || Object.values(text.translations).some((value) => value?.trim());
}

/** The original goes with a missing text only when the document does not show it in its own language already. */
function missing(lang: Language, original: CellText['original'], langs: readonly Language[]): CellText {
  return original && !langs.includes(original.lang)
    ? { lang, text: '', status: 'missing', original }
    : { lang, text: '', status: 'missing' };
}
