import type { Language } from '../i18n/languages';
import {
  type HostPerson,
  type HostPersonEntry,
  type ItineraryItem,
  type LocalizedName,
  type Member,
  type Minutes,
  type PlainDate,
  pickName,
  type RecordId,
  type ReportNote,
  type TranslatableText,
  type Trip,
  textIn,
} from '../model';
import { personOf } from '../people/directory';
import { formatReportDate } from '../report/dates';
import { fill, reportWords } from '../report/words';
import { type LetterHost, letterNoteKey } from './hosts';

/**
 * Thank-you letters after the trip (issue 24): one per host organisation the
 * delegation visited, in the hosts' language (お礼状), with a copy in the
 * delegation's for the file. What it says comes from the trip: the days of
 * the visits, the hosts' people met there (the minutes' hosts present, else
 * the item's contacts) with their titles as the directory now holds them,
 * what the delegation learned there (the text the organiser wrote for the
 * letter, a `letter` report note, else the organisers' summaries of the
 * visits), and the member who signs. The words around them are the
 * report's (`letter` in locales/<lang>/report.json).
 */

/** What letters are made from: the trip's live records and its directory of host people. */
export interface LetterRecords {
  trip: Trip;
  members: readonly Member[];
  items: readonly ItineraryItem[];
  minutes: readonly Minutes[];
  reportNotes: readonly ReportNote[];
  directory: ReadonlyMap<RecordId, HostPersonEntry>;
}

/** What the organiser chose for one letter; what they wrote of what was learned is a report note (letterNoteKey). */
export interface LetterChoices {
  signerId: RecordId;
  /** The day the letter is written. */
  writtenOn: PlainDate;
}

/** One letter in one language, laid out as it is printed. */
export interface ThankYouLetter {
  lang: Language;
  /** A note above the letter (a copy for the file says so); empty for the letter itself. */
  copyNote: string;
  date: string;
  /** The organisation, then each person met, as a letter addresses them. */
  addressees: string[];
  title: string;
  paragraphs: string[];
  /** What was learned, each visit's text a paragraph; `untranslated` where it is not in the letter's language. */
  learned: { text: string; untranslated: boolean }[];
  wish: string;
  /** 敬具 in Japanese, set to the right. */
  closing: string;
  /** The delegation, then who signs. */
  signature: string[];
}

const byLang = (name: LocalizedName, lang: Language, others: readonly Language[]) =>
  pickName(name, [lang, ...others]).trim();

/** The people met at a visit: its minutes' hosts present, else the item's contacts, as the directory has them. */
function peopleMet(records: LetterRecords, item: ItineraryItem): { name: LocalizedName; title: LocalizedName }[] {
  const minutes = records.minutes.find((one) => one.visitId === item.id && one.deletedAt === null);
  const copies: HostPerson[] = minutes?.hostAttendees.length ? minutes.hostAttendees : (item.host?.contacts ?? []);
  return copies.map((copy) => {
    const entry = personOf(records.trip.id, copy, records.directory);
    return entry ? { name: entry.name, title: entry.title } : { name: copy.name, title: copy.title };
  });
}

/**
 * The letter to `host` in `lang`: the hosts' language makes the letter, the
 * delegation's its copy (`copy`). Names and titles are written in the
 * letter's language where they were entered in it, else in the other's.
 */
export function thankYouLetter(
  records: LetterRecords,
  host: LetterHost,
  lang: Language,
  choices: LetterChoices,
  { copy = false }: { copy?: boolean } = {},
): ThankYouLetter {
  const words = reportWords(lang).letter;
  const { trip } = records;
  const others: Language[] = [trip.languages.host, trip.languages.home];
  const items = host.itemIds.flatMap((id) => records.items.find((item) => item.id === id) ?? []);
  const dates = [...new Set(items.map((item) => item.date))].sort();
  const hostName = byLang(host.name, lang, others);
  const met = new Map<string, string>();
  for (const item of items) {
    for (const person of peopleMet(records, item)) {
      const name = byLang(person.name, lang, others);
      const title = byLang(person.title, lang, others);
      const line = name
        ? fill(words.salutation, { title, name })
        : fill(words.salutationNoName, { title: title || hostName });
      met.set(line, line);
    }
  }
  const signer = records.members.find((member) => member.id === choices.signerId);
  const signerName = signer ? (lang === trip.languages.host && signer.nameForHosts.trim()) || signer.name : '';
  const signerAffiliation = signer ? byLang(signer.affiliation, lang, others) : '';
  const learned = learnedAt(records, host, lang, words.untranslated);
  return {
    lang,
    copyNote: copy ? words.copy : '',
    date: formatReportDate(choices.writtenOn, lang),
    addressees: [fill(words.organisationOnly, { organisation: hostName }), ...met.values()],
    title: words.title,
    paragraphs: [
      words.opening,
      fill(words.thanks, {
        date: dates.map((date) => formatReportDate(date, lang)).join(lang === 'en' ? ' and ' : '・'),
        delegation: byLang(trip.title, lang, others),
        host: hostName,
      }),
      // What was learned is introduced only when there is some: a visit with no summary yet is thanked for alone.
      ...(learned.length > 0 ? [words.learned] : []),
    ],
    learned,
    wish: words.wish,
    closing: words.closing,
    signature: [byLang(trip.title, lang, others), [signerAffiliation, signerName].filter(Boolean).join(' ')].filter(
      Boolean,
    ),
  };
}

/** The summaries of `host`'s visits that say something, in itinerary order. */
function summariesOf(records: Pick<LetterRecords, 'reportNotes'>, host: LetterHost): TranslatableText[] {
  return host.itemIds.flatMap((id) => {
    const summary = records.reportNotes.find(
      (note) => note.deletedAt === null && note.kind === 'visitSummary' && note.itemId === id,
    );
    return summary?.body.text.trim() ? [summary.body] : [];
  });
}

/**
 * What the letter to `host` says was learned until the organiser writes it:
 * each visit's summary in `lang` (as written where it is not translated), a
 * paragraph each. What the organiser's text starts from.
 */
export function summariesText(records: Pick<LetterRecords, 'reportNotes'>, host: LetterHost, lang: Language): string {
  return summariesOf(records, host)
    .map((body) => textIn(body, lang).text)
    .join('\n\n');
}

/**
 * What was learned: the organiser's text for the letter while it says
 * something, else each visit's summary. In the letter's language where it is
 * written or translated into it, else as written and marked so: a copy for
 * the file keeps what the hosts were sent, not the summaries it replaced.
 */
function learnedAt(
  records: LetterRecords,
  host: LetterHost,
  lang: Language,
  untranslatedNote: string,
): ThankYouLetter['learned'] {
  const inLetter = (body: TranslatableText) => {
    const shown = textIn(body, lang);
    const untranslated = shown.lang !== lang;
    return { text: untranslated ? `${shown.text}\n${untranslatedNote}` : shown.text, untranslated };
  };
  const { itemId } = letterNoteKey(host);
  const edited = records.reportNotes.find(
    (note) => note.deletedAt === null && note.kind === 'letter' && note.itemId === itemId,
  );
  if (edited?.body.text.trim()) return [inLetter(edited.body)];
  return summariesOf(records, host).map(inLetter);
}
