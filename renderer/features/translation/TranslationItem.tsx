import type { Language } from '@shared/i18n/languages';
import type { Member } from '@shared/model';
import { leafHolding } from '@shared/sync/leaves';
import { refusalFor, type Writer } from '@shared/sync/permissions';
import type { Term } from '@shared/translation/glossary';
import { originalOf, statusIn, type TripText, targetsOf, writtenIn } from '@shared/translation/texts';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadOnly } from '../../components/ReadOnly';
import type { Store } from '../../data/database/store';
import { Highlighted } from './Highlighted';
import { NameField } from './NameField';
import { TranslationField } from './TranslationField';

interface TranslationItemProps {
  entry: TripText;
  /** What the text is, in the interface language ("Q&A: answer"). */
  label: string;
  tripId: string;
  languages: readonly Language[];
  /** The one language to translate into, or null for every language the text is not written in. */
  into: Language | null;
  terms: readonly Term[];
  store: Store;
  /** Who writes from this device: texts the roles keep from them are shown, not offered. */
  writer: Writer | null | undefined;
  /** The roster: whose translation replaced the one shown is said by name. */
  members: readonly Member[];
}

/** One text: what it is, its original with the glossary's terms marked, and its translation into each other language. */
export const TranslationItem = memo(function TranslationItem(props: TranslationItemProps) {
  const { entry, label, tripId, languages, into, terms, store, writer, members } = props;
  const { t } = useTranslation('translation');
  const { t: common } = useTranslation();
  const original = useMemo(() => originalOf(entry, languages), [entry, languages]);
  const targets = targetsOf(entry, languages).filter((lang) => into === null || lang === into);
  const { content } = entry;
  const field = entry.field.split('.').join('/');
  // The leaf a translation into the first target goes to: the others are of the same kind.
  const part = content.type === 'text' ? `${field}/translations/${targets[0]}` : `${field}/${targets[0]}`;
  const locked = refusalFor(writer, content.table, {
    owner: entry.memberId,
    recordId: entry.id,
    path: leafHolding(content.table, part),
  });
  return (
    <article className="translation__item" aria-label={label}>
      <div className="translation__original">
        <p className="translation__kind">{label}</p>
        <p className="field__label">{t('original', { lang: common(`languages.${original.lang}`) })}</p>
        <Highlighted text={original.text} lang={original.lang} terms={terms} targets={targets} />
      </div>
      <div className="translation__targets">
        <ReadOnly why={locked}>
          {targets.map((lang) =>
            content.type === 'text' ? (
              <TranslationField
                key={lang}
                store={store}
                tripId={tripId}
                text={{ table: content.table, id: entry.id, field: entry.field }}
                version={entry.version}
                storedBy={entry.updatedBy}
                members={members}
                original={original}
                lang={lang}
                stored={writtenIn(entry, lang)}
                status={statusIn(entry, lang)}
                terms={terms}
              />
            ) : (
              <NameField
                key={lang}
                store={store}
                name={{ table: content.table, id: entry.id, field: entry.field }}
                lang={lang}
                stored={writtenIn(entry, lang)}
                status={statusIn(entry, lang)}
              />
            ),
          )}
        </ReadOnly>
      </div>
    </article>
  );
});
