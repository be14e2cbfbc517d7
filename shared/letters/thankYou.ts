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
  type Trip,
  textIn,
} from '../model';
import { personOf } from '../people/directory';
import { formatReportDate } from '../report/dates';
import { fill, reportWords } from '../report/words';

/**
 * Thank-you letters after the trip (issue 24): one per host organisation the
 * delegation visited, in the hosts' language (お礼状), with a copy in the
 * delegation's for the file. What it says comes from the trip: the days of
 * the visits, the hosts' people met there (the minutes' hosts present, else
 * the item's contacts) with their titles as the directory now holds them,
 * what the delegation learned there (the organisers' summary of the visit,
 * or the text the organiser edited for the letter), and the member who
 * signs. The words around them are the report's (`letter` in
 * locales/<lang>/report.json).
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

/** A host organisation the delegation visited: its visits' items, in itinerary order. */
export interface LetterHost {
  /** The first of its visits' ids: where the letter is kept and named. */
  key: RecordId;
  name: LocalizedName;
  itemIds: RecordId[];
}

/** What the organiser chose or wrote for one letter. */
export interface LetterChoices {
  signerId: RecordId;
  /** The day the letter is written. */
  writtenOn: PlainDate;
  /** What was learned, as the organiser edited it, by language; where absent, the visits' summaries. */
  learned?: Partial<Record<Language, string>>;
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

/** The host organisations visited, each once, in the order the itinerary first visits them. */
export function lettersHosts(items: readonly ItineraryItem[]): LetterHost[] {
  const hosts = new Map<string, LetterHost>();
  for (const item of items) {
    if (item.deletedAt !== null || item.kind !== 'visit' || !item.host) continue;
    const name = item.host.name;
    const key = pickName(name, ['ja', 'ko', 'en']).trim();
    if (!key) continue;
    const host = hosts.get(key);
    if (host) host.itemIds.push(item.id);
    else hosts.set(key, { key: item.id, name, itemIds: [item.id] });
  }
  return [...hosts.values()];
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
  const learned = learnedAt(records, items, lang, choices, words.untranslated);
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

/** What was learned: the organiser's own words for the letter, else each visit's summary in the letter's language. */
function learnedAt(
  records: LetterRecords,
  items: readonly ItineraryItem[],
  lang: Language,
  choices: LetterChoices,
  untranslatedNote: string,
): ThankYouLetter['learned'] {
  const edited = choices.learned?.[lang]?.trim();
  if (edited) return [{ text: edited, untranslated: false }];
  return items.flatMap((item) => {
    const summary = records.reportNotes.find(
      (note) => note.deletedAt === null && note.kind === 'visitSummary' && note.itemId === item.id,
    );
    if (!summary?.body.text.trim()) return [];
    const shown = textIn(summary.body, lang);
    const untranslated = shown.lang !== lang;
    return [{ text: untranslated ? `${shown.text}\n${untranslatedNote}` : shown.text, untranslated }];
  });
}
