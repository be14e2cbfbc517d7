import type { Language } from '@shared/i18n/languages';
import type { HostPerson, HostPersonEntry, LocalizedName, Trip } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../services/useLanguage';
import './hostPeople.css';

/** The languages a person's name is looked for in: the interface's, then the trip's sides', then any. */
function order(ui: Language, trip: Pick<Trip, 'languages'>): Language[] {
  return [...new Set<Language>([ui, trip.languages.home, trip.languages.host, 'ko', 'ja', 'en'])];
}

/** The first of `name`'s languages in `languages` that is written, with its text. */
function firstWritten(name: LocalizedName, languages: readonly Language[]): { lang: Language; text: string } | null {
  for (const lang of languages) {
    const text = name[lang]?.trim();
    if (text) return { lang, text };
  }
  return null;
}

type Named = Pick<HostPersonEntry, 'name' | 'title'> & Partial<Pick<HostPersonEntry, 'reading' | 'romanised'>>;

/** A person's name as a plain string for a reader of `ui` (for labels): the name, else the romaji, else the title. */
export function personLabel(person: Named | HostPerson, ui: Language, trip: Pick<Trip, 'languages'>): string {
  const languages = order(ui, trip);
  return (
    firstWritten(person.name, languages)?.text ||
    ('romanised' in person ? person.romanised : '') ||
    firstWritten(person.title, languages)?.text ||
    ''
  );
}

/** The Japanese name with its reading over it, as furigana. */
function Furigana({ name, reading }: { name: string; reading: string }) {
  if (!reading) return <span lang="ja">{name}</span>;
  return (
    <ruby lang="ja">
      {name}
      <rp>（</rp>
      <rt>{reading}</rt>
      <rp>）</rp>
    </ruby>
  );
}

/**
 * A host person's name as the interface's reader looks for it first, with
 * the Japanese name and its reading beside it in small type (the name a
 * host answers to); a person known only by their title, by it.
 */
export function PersonName({ person, trip }: { person: Named; trip: Pick<Trip, 'languages'> }) {
  const { t } = useTranslation('people');
  const ui = useLanguage();
  const languages = order(ui, trip);
  const first = firstWritten(person.name, languages);
  const ja = person.name.ja?.trim();
  const reading = person.reading?.trim() ?? '';
  if (!first) {
    const title = firstWritten(person.title, languages);
    const romanised = person.romanised?.trim();
    if (romanised) return <span className="person-name">{romanised}</span>;
    if (reading)
      return (
        <span className="person-name" lang="ja">
          {reading}
        </span>
      );
    return title ? (
      <span className="person-name" lang={title.lang}>
        {title.text}
      </span>
    ) : (
      <span className="person-name">{t('unnamed')}</span>
    );
  }
  if (first.lang === 'ja') {
    return (
      <span className="person-name">
        <Furigana name={first.text} reading={reading} />
      </span>
    );
  }
  return (
    <span className="person-name">
      <span lang={first.lang}>{first.text}</span>
      {ja ? (
        <span className="person-name__ja">
          <Furigana name={ja} reading={reading} />
        </span>
      ) : reading ? (
        <span className="person-name__ja" lang="ja">
          {reading}
        </span>
      ) : null}
    </span>
  );
}
