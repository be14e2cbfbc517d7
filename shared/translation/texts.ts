import type { Language } from '../i18n/languages';
import { letterNoteKey, lettersHosts } from '../letters/hosts';
import {
  type ChangedBy,
  type ChecklistAnswer,
  type LocalizedName,
  type RecordId,
  type ReportNote,
  type TranslatableText,
  type TranslationStatus,
  translationStatus,
  type VersionedTable,
} from '../model';
import { indexTrip, type ReportRecords } from '../report/records';
import type { FieldPath } from './fields';

/** What a text is, in the words the translation screen labels it with. */
export type TextKind =
  | 'tripTitle'
  | 'organiser'
  | 'affiliation'
  | 'itemName'
  | 'hostName'
  | 'place'
  | 'answer'
  | 'discussion'
  | 'decisions'
  | 'followUp'
  | 'question'
  | 'qaAnswer'
  | 'finding'
  | 'visitSummary'
  | 'evaluation'
  | 'letter';

/** The tables whose records hold names a translator writes in other languages. */
export type NamedTable = 'trips' | 'members' | 'itineraryItems';

/** Where a text is stored: a note's text (its own translations and reviews) or a name (one per language). */
export type TextContent =
  | { type: 'text'; table: VersionedTable; text: TranslatableText }
  | { type: 'name'; table: NamedTable; name: LocalizedName };

/** One text that goes into an export, with the record and field it comes from. */
export interface TripText {
  /** Unique in a trip: table, record and field. */
  key: string;
  id: RecordId;
  /** The record's version as read (its hlc): what a translation typed over it is based on. */
  version: string;
  /** Who stored that version: said when it replaces a translation shown (another device's). */
  updatedBy: ChangedBy;
  field: FieldPath;
  kind: TextKind;
  content: TextContent;
  /** The itinerary item it belongs to (a visit's notes, its name), if any. */
  itemId: RecordId | null;
  /** The checklist question (an answer, a finding), if any. */
  questionId: RecordId | null;
  /** Whose note (an answer's member), if any. */
  memberId: RecordId | null;
}

/** A trip's records a translation screen lists texts of: the report's, and the report's own notes. */
export interface TranslationRecords extends ReportRecords {
  reportNotes: readonly ReportNote[];
}

type Place = Pick<TripText, 'itemId' | 'questionId' | 'memberId'>;
const nowhere: Place = { itemId: null, questionId: null, memberId: null };

type Versioned = { id: RecordId; hlc: string; updatedBy: ChangedBy };

function text(
  table: VersionedTable,
  { id, hlc, updatedBy }: Versioned,
  field: FieldPath,
  kind: TextKind,
  value: TranslatableText,
  at: Place,
) {
  return value.text.trim()
    ? [
        {
          key: `${table}:${id}:${field}`,
          id,
          version: hlc,
          updatedBy,
          field,
          kind,
          content: { type: 'text', table, text: value },
          ...at,
        } as TripText,
      ]
    : [];
}

function name(
  table: NamedTable,
  { id, hlc, updatedBy }: Versioned,
  field: FieldPath,
  kind: TextKind,
  value: LocalizedName,
  at: Place,
) {
  return Object.values(value).some((written) => written?.trim())
    ? [
        {
          key: `${table}:${id}:${field}`,
          id,
          version: hlc,
          updatedBy,
          field,
          kind,
          content: { type: 'name', table, name: value },
          ...at,
        } as TripText,
      ]
    : [];
}

const answerText = (answer: ChecklistAnswer) =>
  text('checklistAnswers', answer, 'body', 'answer', answer.body, {
    itemId: answer.visitId,
    questionId: answer.questionId,
    memberId: answer.memberId,
  });

const reportText = (note: ReportNote, kind: TextKind) =>
  text('reportNotes', note, 'body', kind, note.body, {
    ...nowhere,
    itemId: note.itemId,
    questionId: note.questionId,
  });

/**
 * Every text of a trip that goes into an export, in the order a translator
 * meets them: the trip's names; then each item where notes are taken with its
 * names and notes (answers, minutes, Q&A notes, the report's summary of it);
 * the report's findings by question and its evaluation; what the organiser
 * wrote for each thank-you letter, whose copy for the file is its translation
 * (shared/letters), host by host; last the names of the
 * rest of the itinerary, and the roster's affiliations, as the report's
 * appendices print them. The same records as the report (shared/report):
 * live notes at items that take notes, open follow-ups; texts with nothing
 * written are left out, having nothing to translate.
 */
export function tripTexts(records: TranslationRecords): TripText[] {
  const index = indexTrip(records);
  const { trip } = index;
  const notes = records.reportNotes.filter((note) => note.deletedAt === null);
  const itemNames = (item: (typeof index.items)[number]): TripText[] => {
    const at = { ...nowhere, itemId: item.id };
    const title = name('itineraryItems', item, 'title', 'itemName', item.title, at);
    const host = item.host ? name('itineraryItems', item, 'host.name', 'hostName', item.host.name, at) : [];
    // Where it happens, as the report prints it: its place, or else its host's address.
    const hasPlace = Object.values(item.location).some(Boolean);
    const place =
      !hasPlace && item.host
        ? name('itineraryItems', item, 'host.address', 'place', item.host.address, at)
        : name('itineraryItems', item, 'location', 'place', item.location, at);
    return [...title, ...host, ...place];
  };
  const atItem = (itemId: RecordId): TripText[] => {
    const minutes = index.minutesByItem.get(itemId);
    const at = { ...nowhere, itemId };
    return [
      ...index.answers.filter((answer) => answer.visitId === itemId).flatMap(answerText),
      ...(minutes
        ? [
            ...text('minutes', minutes, 'discussion', 'discussion', minutes.discussion, at),
            ...text('minutes', minutes, 'decisions', 'decisions', minutes.decisions, at),
            ...minutes.followUps
              .filter((followUp) => !followUp.done)
              .flatMap((followUp) =>
                text('minutes', minutes, `followUps.${followUp.id}.text`, 'followUp', followUp.text, at),
              ),
          ]
        : []),
      ...index.qaNotes
        .filter((note) => note.visitId === itemId)
        .flatMap((note) => {
          // Whose note it is: its writer's (shared/sync/permissions.ts).
          const mine = { ...at, memberId: note.writtenBy };
          return [
            ...text('qaNotes', note, 'question', 'question', note.question, mine),
            ...text('qaNotes', note, 'answer', 'qaAnswer', note.answer, mine),
          ];
        }),
      ...notes
        .filter((note) => note.kind === 'visitSummary' && note.itemId === itemId)
        .flatMap((note) => reportText(note, 'visitSummary')),
    ];
  };
  const noted = new Set(index.notedItems.map((item) => item.id));
  return [
    ...name('trips', trip, 'title', 'tripTitle', trip.title, nowhere),
    ...name('trips', trip, 'organiser', 'organiser', trip.organiser, nowhere),
    ...index.notedItems.flatMap((item) => [...itemNames(item), ...atItem(item.id)]),
    ...index.questions.flatMap((question) =>
      notes
        .filter((note) => note.kind === 'finding' && note.questionId === question.id)
        .flatMap((note) => reportText(note, 'finding')),
    ),
    ...notes.filter((note) => note.kind === 'evaluation').flatMap((note) => reportText(note, 'evaluation')),
    // Only a letter still written: a host's letter is kept under its first visit, which may have changed since.
    ...lettersHosts(index.items).flatMap((host) =>
      notes
        .filter((note) => note.kind === 'letter' && note.itemId === letterNoteKey(host).itemId)
        .flatMap((note) => reportText(note, 'letter')),
    ),
    ...index.items.filter((item) => !noted.has(item.id)).flatMap(itemNames),
    ...index.members.flatMap((member) =>
      name('members', member, 'affiliation', 'affiliation', member.affiliation, { ...nowhere, memberId: member.id }),
    ),
  ];
}

/** The text as written: its language and words. A name's original is the first language it is written in. */
export function originalOf(entry: TripText, order: readonly Language[]): { lang: Language; text: string } {
  const { content } = entry;
  if (content.type === 'text') return { lang: content.text.lang, text: content.text.text };
  for (const lang of [...order, 'ko', 'ja', 'en'] as const) {
    const written = content.name[lang];
    if (written) return { lang, text: written };
  }
  return { lang: order[0] ?? 'ko', text: '' };
}

/**
 * Where a text stands in one language. A name has no translation to review:
 * each language of it is written as that side writes it, or missing.
 */
export function statusIn(entry: TripText, lang: Language): TranslationStatus {
  const { content } = entry;
  if (content.type === 'text') return translationStatus(content.text, lang);
  return content.name[lang]?.trim() ? 'original' : 'missing';
}

/** The text in `lang` as it stands (a translation or a name), '' when there is none. */
export function writtenIn(entry: TripText, lang: Language): string {
  const { content } = entry;
  if (content.type === 'name') return content.name[lang] ?? '';
  return content.text.lang === lang ? content.text.text : (content.text.translations[lang] ?? '');
}

/** The trip's languages a text is to be translated into: those of the two it is not written in. */
export function targetsOf(entry: TripText, languages: readonly Language[]): Language[] {
  const original = originalOf(entry, languages).lang;
  return [...new Set(languages)].filter((lang) => lang !== original);
}
