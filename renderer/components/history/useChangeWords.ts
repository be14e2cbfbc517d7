import type { Language } from '@shared/i18n/languages';
import { resources } from '@shared/i18n/resources';
import type { Member } from '@shared/model';
import type { MemberName } from '@shared/people/memberName';
import type { SyncedTable } from '@shared/sync/leaves';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../services/useLanguage';

type Fields = (typeof resources)['en']['history']['fields'];
type FieldKey = { [T in keyof Fields]: `fields.${T}.${keyof Fields[T] & string}` }[keyof Fields];

const fieldKey = (table: SyncedTable, field: string): FieldKey | null =>
  Object.hasOwn(resources.en.history.fields, table) &&
  Object.hasOwn(resources.en.history.fields[table as keyof Fields], field)
    ? (`fields.${table}.${field}` as FieldKey)
    : null;

const DATES = new Set(['date', 'startDate', 'endDate']);
const isLanguage = (value: unknown): value is Language => value === 'ko' || value === 'ja' || value === 'en';

/** A value as shown: its words, and the language they are in when it is written text. */
export interface ShownValue {
  text: string;
  lang?: Language;
  /** Words about the value ("empty", "the whole delegation"), not the value itself: not quoted. */
  word?: true;
}

/**
 * The words for a record's changes in the interface language: which field a
 * leaf is (`title/ja`: "Title in Japanese"), and a value of it as a reader
 * says it (a date in their calendar, a role or a kind by name, members by
 * the name they read, a language by its name), never as stored.
 */
export function useChangeWords(
  table: SyncedTable,
  members: readonly Member[],
  /** How the reader names a member (useMemberNames). */
  nameOf: (member: Member) => MemberName,
) {
  const { t } = useTranslation(['history', 'members', 'itinerary']);
  const ui = useLanguage();
  const languageNames = new Intl.DisplayNames([ui], { type: 'language' });
  const languageName = (lang: string) => languageNames.of(lang) ?? lang;
  const list = new Intl.ListFormat(ui, { type: 'conjunction' });
  const empty: ShownValue = { text: t('empty'), word: true };

  const fieldOf = (name: string) => {
    const key = fieldKey(table, name);
    return key ? t(key) : name;
  };

  /** The field a leaf belongs to, in words. */
  const field = (path: string): string => {
    const [name = '', part, lang = ''] = path.split('/');
    const words = fieldOf(name);
    if (part === undefined || part === 'text') return words;
    if (part === 'lang') return t('fieldLanguage', { field: words });
    if (part === 'translations') return t('fieldTranslation', { field: words, lang: languageName(lang) });
    if (part === 'reviewed') return t('fieldReview', { field: words, lang: languageName(lang) });
    return t('fieldIn', { field: words, lang: languageName(part) });
  };

  /** A value of a leaf, in words. */
  const value = (path: string, stored: unknown): ShownValue => {
    const [name = '', part, lang] = path.split('/');
    if (stored === null || stored === undefined || stored === '') {
      return name === 'attendeeIds' && stored === null ? { text: t('wholeDelegation'), word: true } : empty;
    }
    if (part === 'lang' && typeof stored === 'string') return { text: languageName(stored) };
    if (part === 'reviewed' && typeof stored === 'boolean')
      return { text: t(stored ? 'reviewed' : 'notReviewed'), word: true };
    if (typeof stored === 'string') {
      const written = part === 'translations' ? lang : part === 'text' ? undefined : part;
      if (DATES.has(name)) return { text: formatDate(stored, ui) };
      if (name === 'role' && (stored === 'organiser' || stored === 'member' || stored === 'interpreter'))
        return { text: t(`members:roles.${stored}`) };
      if (name === 'kind' && table === 'itineraryItems')
        return { text: t(`itinerary:kinds.${stored}` as 'itinerary:kinds.visit') };
      return isLanguage(written) ? { text: stored, lang: written } : { text: stored };
    }
    if (typeof stored === 'number') return { text: new Intl.NumberFormat(ui).format(stored) };
    if (Array.isArray(stored)) {
      if (stored.length === 0) return empty;
      const names = stored.map((id) => {
        const member = members.find((one) => one.id === id);
        return member ? nameOf(member).name.text : t('unknown');
      });
      return { text: list.format(names) };
    }
    if (typeof stored === 'object') {
      const object = stored as Record<string, unknown>;
      if (name === 'languages' && isLanguage(object.home) && isLanguage(object.host)) {
        return { text: t('languagePair', { home: languageName(object.home), host: languageName(object.host) }) };
      }
      if (name === 'host' && typeof object.name === 'object' && object.name !== null) {
        const names = object.name as Partial<Record<Language, string>>;
        const shown = names[ui] ? ui : (['ja', 'ko', 'en'] as const).find((one) => names[one]);
        return shown ? { text: names[shown] ?? '', lang: shown } : empty;
      }
    }
    return { text: JSON.stringify(stored) };
  };

  return { field, value };
}
