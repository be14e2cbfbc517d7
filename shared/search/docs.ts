import type { Language } from '../i18n/languages';
import type {
  Attachment,
  ChecklistAnswer,
  GlossaryTerm,
  HostPerson,
  HostPersonEntry,
  ItineraryItem,
  LocalizedName,
  Member,
  Minutes,
  QaNote,
  ReportNote,
} from '../model';
import type { SearchDoc, SearchKind } from './index';

/** The trip's records a search reaches, by table: what the search palette finds. */
export interface SearchedRecords {
  checklistAnswers: ChecklistAnswer;
  minutes: Minutes;
  qaNotes: QaNote;
  reportNotes: ReportNote;
  itineraryItems: ItineraryItem;
  members: Member;
  glossaryTerms: GlossaryTerm;
  attachments: Attachment;
  hostPeople: HostPersonEntry;
}
export type SearchedTable = keyof SearchedRecords;
export const SEARCHED_TABLES = [
  'checklistAnswers',
  'minutes',
  'qaNotes',
  'reportNotes',
  'itineraryItems',
  'members',
  'glossaryTerms',
  'attachments',
  'hostPeople',
] as const satisfies readonly SearchedTable[];

interface Text {
  lang: Language;
  text: string;
  translations?: Partial<Record<Language, string | undefined>>;
}

/** Where a doc's text sits in its record: the palette opens the record there and highlights it. */
export type SearchField = string;

/** A searchable text of one record: its doc, and the field it came from. */
type Part = { field: SearchField; text: string; lang?: Language; names?: boolean; kind?: SearchKind };

const textParts = (field: string, text: Text): Part[] => [
  { field, text: text.text, lang: text.lang },
  ...Object.entries(text.translations ?? {}).flatMap(([lang, translated]) =>
    translated ? [{ field: `${field}/translations/${lang}`, text: translated, lang: lang as Language }] : [],
  ),
];

const nameParts = (field: string, name: LocalizedName, names: boolean): Part[] =>
  Object.entries(name).flatMap(([lang, text]) =>
    text ? [{ field: `${field}/${lang}`, text, lang: lang as Language, names }] : [],
  );

const personParts = (field: string, person: HostPerson): Part[] => [
  ...nameParts(`${field}/name`, person.name, true),
  ...nameParts(`${field}/title`, person.title, false),
];

/**
 * The searchable texts of one record of the trip, each a doc of its own
 * (`${table}:${id}:${field}`): the originals and their translations, the
 * names of hosts and their people (Japanese names, folded for their Hangul
 * spellings), members, glossary terms and files' names. A deleted record has
 * none.
 */
export function searchDocsOf<T extends SearchedTable>(table: T, record: SearchedRecords[T]): SearchDoc[] {
  if (record.deletedAt !== null) return [];
  const { kind, parts, visitId, questionId, memberId } = describe(table, record);
  const updatedAt = Date.parse(record.updatedAt);
  return parts
    .filter((part) => part.text.trim() !== '')
    .map((part) => ({
      id: `${table}:${record.id}:${part.field}`,
      recordId: record.id,
      kind: part.kind ?? kind,
      text: part.text,
      ...(part.lang ? { lang: part.lang } : {}),
      ...(part.names ? { names: true } : {}),
      visitId,
      questionId,
      memberId,
      updatedAt,
    }));
}

interface Described {
  kind: SearchKind;
  parts: Part[];
  visitId: string | null;
  questionId: string | null;
  memberId: string | null;
}

function describe<T extends SearchedTable>(table: T, record: SearchedRecords[T]): Described {
  const none = { visitId: null, questionId: null, memberId: null };
  switch (table) {
    case 'checklistAnswers': {
      const answer = record as ChecklistAnswer;
      return {
        kind: 'answer',
        parts: textParts('body', answer.body),
        visitId: answer.visitId,
        questionId: answer.questionId,
        memberId: answer.memberId,
      };
    }
    case 'minutes': {
      const minutes = record as Minutes;
      return {
        ...none,
        kind: 'minutes',
        visitId: minutes.visitId,
        parts: [
          ...textParts('discussion', minutes.discussion),
          ...textParts('decisions', minutes.decisions),
          ...minutes.agenda.flatMap((item) => [
            ...textParts(`agenda/${item.id}/title`, item.title),
            ...textParts(`agenda/${item.id}/notes`, item.notes),
          ]),
          ...minutes.followUps.flatMap((followUp) => textParts(`followUps/${followUp.id}/text`, followUp.text)),
          ...minutes.hostAttendees.flatMap((person, index) => personParts(`hostAttendees/${index}`, person)),
        ],
      };
    }
    case 'qaNotes': {
      const note = record as QaNote;
      return {
        ...none,
        kind: 'qaNote',
        visitId: note.visitId,
        memberId: note.askedBy,
        parts: [
          ...textParts('question', note.question),
          ...textParts('answer', note.answer),
          ...(note.answeredBy ? personParts('answeredBy', note.answeredBy) : []),
        ],
      };
    }
    case 'reportNotes': {
      const note = record as ReportNote;
      return {
        ...none,
        kind: 'reportNote',
        visitId: note.itemId,
        questionId: note.questionId,
        // A letter's text is the letters' own, not the report's, where a report note's hit opens: it is not searched.
        parts: note.kind === 'letter' ? [] : textParts('body', note.body),
      };
    }
    case 'itineraryItems': {
      const item = record as ItineraryItem;
      return {
        ...none,
        kind: 'item',
        visitId: item.id,
        parts: [
          ...nameParts('title', item.title, true),
          ...nameParts('location', item.location, true),
          ...(item.host
            ? [
                ...nameParts('host/name', item.host.name, true).map((part) => ({ ...part, kind: 'host' as const })),
                ...nameParts('host/address', item.host.address, true).map((part) => ({
                  ...part,
                  kind: 'host' as const,
                })),
                ...item.host.contacts.flatMap((person, index) =>
                  personParts(`host/contacts/${index}`, person).map((part) => ({ ...part, kind: 'person' as const })),
                ),
              ]
            : []),
          ...textParts('preparationNotes', item.preparationNotes),
        ],
      };
    }
    case 'members': {
      const member = record as Member;
      return {
        ...none,
        kind: 'member',
        memberId: member.id,
        parts: [
          { field: 'name', text: member.name },
          { field: 'nameForHosts', text: member.nameForHosts, names: true },
          ...nameParts('affiliation', member.affiliation, true),
        ],
      };
    }
    case 'glossaryTerms': {
      const term = record as GlossaryTerm;
      return {
        ...none,
        kind: 'glossary',
        parts: [...nameParts('term', term.term, true), { field: 'note', text: term.note }],
      };
    }
    case 'hostPeople': {
      // A person of the directory: their name in each form a member may remember (the kana of its
      // reading, its romaji), where they work and what they do there.
      const person = record as HostPersonEntry;
      return {
        ...none,
        kind: 'person',
        parts: [
          ...nameParts('name', person.name, true),
          { field: 'reading', text: person.reading, lang: 'ja' },
          { field: 'romanised', text: person.romanised, lang: 'en' },
          ...nameParts('title', person.title, false),
          ...nameParts('department', person.department, true),
          ...nameParts('organisation', person.organisation, true),
        ],
      };
    }
    default: {
      const attachment = record as Attachment;
      return {
        ...none,
        kind: 'attachment',
        visitId: attachment.visitId,
        // A card's photo is found by its person's name, on the People page: no file of a visit to open it among.
        parts: attachment.owner.kind === 'hostPerson' ? [] : [{ field: 'fileName', text: attachment.fileName }],
      };
    }
  }
}
