import { LANGUAGE_AUTONYMS, LANGUAGES, type Language, language } from '@shared/i18n/languages';
import { isNamedByHost, itemNameOf } from '@shared/itinerary/names';
import { type ItineraryItem, type LocalizedName, pickName, type Trip, textIn } from '@shared/model';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { bridge } from '../../bridge/bridge';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { useItinerary } from '../../data/hooks/useItinerary';
import { useTrip } from '../../data/hooks/useTrip';
import { endDayNote } from '../../i18n/endDay';
import { describeTimeZone, formatDate, formatDateRange, formatTime, zoneLabel } from '../../i18n/format';
import { fileNameFrom } from '../../services/fileName';
import { paths } from '../../services/paths';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { itineraryDays } from './days';
import './print.css';

type Layout = 'side' | 'stacked';

interface Column {
  lang: Language;
  t: TFunction<'itinerary'>;
  /** The app-wide words (an item's time) in the column's language. */
  common: TFunction<'common'>;
}

/** A name in the column's language, or in another with its own lang attribute, so nothing is ever blank. */
function Name({ name, lang }: { name: Partial<Record<Language, string | undefined>>; lang: Language }) {
  const own = name[lang];
  if (own) return <span lang={lang}>{own}</span>;
  const other = LANGUAGES.find((candidate) => name[candidate]);
  return other ? <span lang={other}>{name[other]}</span> : null;
}

function isWritten(name: LocalizedName): boolean {
  return Object.values(name).some(Boolean);
}

function ItemText({ item, column }: { item: ItineraryItem; column: Column }) {
  const { lang, t } = column;
  const named = itemNameOf(item);
  const notes = item.preparationNotes.text ? textIn(item.preparationNotes, lang) : null;
  const host = item.host;
  return (
    <div className="print-item" lang={lang}>
      <p className="print-item__title">
        <span className="print-item__kind">{t(`kinds.${item.kind}`)}</span> <Name name={named} lang={lang} />
      </p>
      {host && !isNamedByHost(item) ? (
        <p>
          {t('print.host')}: <Name name={host.name} lang={lang} />
        </p>
      ) : null}
      {host && isWritten(host.address) ? (
        <p>
          {t('print.address')}: <Name name={host.address} lang={lang} />
        </p>
      ) : null}
      {isWritten(item.location) ? (
        <p>
          {t('print.place')}: <Name name={item.location} lang={lang} />
        </p>
      ) : null}
      {host && host.contacts.length > 0 ? (
        <p>
          {t('print.people')}:{' '}
          {host.contacts
            .map((contact) =>
              [
                pickName(contact.title, [lang]),
                pickName(contact.name, [lang]),
                contact.contact && `(${contact.contact})`,
              ]
                .filter(Boolean)
                .join(' '),
            )
            .join(', ')}
        </p>
      ) : null}
      {notes ? (
        <p>
          {t('print.notes')}: <span lang={notes.lang}>{notes.text}</span>
        </p>
      ) : null}
    </div>
  );
}

function timeText(item: ItineraryItem, trip: Trip, { lang, common }: Column): string {
  if (!item.startTime) return common('itemTime.untimed');
  const zone = (z: string | null, on: string) =>
    z && z !== trip.destinationTimeZone ? ` (${zoneLabel(z, lang, on)})` : '';
  const start = `${formatTime(item.startTime, lang)}${zone(item.timeZone, item.date)}`;
  if (!item.endTime) return start;
  const endZone = item.endTimeZone && item.endTimeZone !== item.timeZone ? item.endTimeZone : null;
  const endDay = endDayNote(item, lang, common);
  return `${start} – ${formatTime(item.endTime, lang)}${zone(endZone, item.endDate ?? item.date)}${endDay ? ` ${endDay}` : ''}`;
}

function PrintDocument({
  trip,
  items,
  columns,
  layout,
}: {
  trip: Trip;
  items: ItineraryItem[];
  columns: Column[];
  layout: Layout;
}) {
  const [first] = columns;
  if (!first) return null;
  const days = itineraryDays(trip, items);
  return (
    <article className={`print-doc print-doc--${layout}`}>
      <header className="print-doc__header">
        {columns.map(({ lang, t }) => (
          <div key={lang} lang={lang}>
            <p className="print-doc__heading">{t('print.heading')}</p>
            <h1>
              <Name name={trip.title} lang={lang} />
            </h1>
            <p>
              {t('print.dates')}: {formatDateRange(trip.startDate, trip.endDate, lang)}
            </p>
            {isWritten(trip.organiser) ? (
              <p>
                {t('print.organiser')}: <Name name={trip.organiser} lang={lang} />
              </p>
            ) : null}
            <p className="print-doc__note">
              {t('print.timeZoneNote', { zone: describeTimeZone(trip.destinationTimeZone, lang, trip.startDate).name })}
            </p>
          </div>
        ))}
      </header>
      {days.map((day) => (
        <section key={day.date} className="print-day">
          <h2>
            {columns.map(({ lang, t }, index) => (
              <span key={lang} lang={lang}>
                {index > 0 ? ' · ' : ''}
                {day.number ? `${t('page.dayNumber', { n: day.number })} ` : ''}
                {formatDate(day.date, lang)}
              </span>
            ))}
          </h2>
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col" className="print-table__time">
                  {columns.map(({ lang, t }) => t('print.time', { lng: lang })).join(' / ')}
                </th>
                {layout === 'side' ? (
                  columns.map(({ lang }) => (
                    <th key={lang} scope="col" lang={lang}>
                      {LANGUAGE_AUTONYMS[lang]}
                    </th>
                  ))
                ) : (
                  <th scope="col">{columns.map(({ lang }) => LANGUAGE_AUTONYMS[lang]).join(' / ')}</th>
                )}
              </tr>
            </thead>
            <tbody>
              {day.items.map((item) => (
                <tr key={item.id}>
                  <td className="print-table__time">{timeText(item, trip, first)}</td>
                  {layout === 'side' ? (
                    columns.map((column) => (
                      <td key={column.lang}>
                        <ItemText item={item} column={column} />
                      </td>
                    ))
                  ) : (
                    <td>
                      {columns.map((column) => (
                        <ItemText key={column.lang} item={item} column={column} />
                      ))}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}

function PrintView({ trip }: { trip: Trip }) {
  const { t, i18n } = useTranslation('itinerary');
  const items = useItinerary(trip.id);
  const [languages, setLanguages] = useState<[Language, Language]>([trip.languages.home, trip.languages.host]);
  const [layout, setLayout] = useState<Layout>('side');
  const [status, setStatus] = useState<string | null>(null);
  const title = pickName(trip.title, languages);
  useDocumentTitle(`${t('print.heading')} · ${title}`);
  if (!items) return <Loading />;

  const columns: Column[] = [...new Set(languages)].map((lang) => ({
    lang,
    t: i18n.getFixedT(lang, 'itinerary'),
    common: i18n.getFixedT(lang, 'common'),
  }));
  const savePdf = async () => {
    const outcome = await bridge.invoke('print:savePdf', {
      suggestedName: fileNameFrom(`${title} ${t('print.heading')}`, 'pdf'),
      landscape: layout === 'side',
    });
    setStatus(
      outcome.outcome === 'saved'
        ? t('page.exported', { file: outcome.fileName })
        : outcome.outcome === 'printDialog'
          ? t('print.printDialog')
          : t('page.exportCancelled'),
    );
  };
  const languageSelect = (index: 0 | 1) => (
    <label className="toolbar__field">
      {index === 0 ? t('print.firstLanguage') : t('print.secondLanguage')}
      <select
        value={languages[index]}
        onChange={(event) => {
          const next: [Language, Language] = [...languages];
          next[index] = language.parse(event.target.value);
          setLanguages(next);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang}>
            {LANGUAGE_AUTONYMS[lang]}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <>
      <div className="toolbar print-toolbar no-print">
        <Link href={paths.itinerary(trip.id)}>← {t('page.title')}</Link>
        {languageSelect(0)}
        {languageSelect(1)}
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('print.layout')}</legend>
          {(['side', 'stacked'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={layout === option}
              className={layout === option ? 'segmented__option segmented__option--on' : 'segmented__option'}
              onClick={() => setLayout(option)}
            >
              {option === 'side' ? t('print.sideBySide') : t('print.stacked')}
            </button>
          ))}
        </fieldset>
        <button type="button" className="button button--primary" onClick={() => void savePdf()}>
          {t('print.savePdf')}
        </button>
        <p role="status" className="toolbar__status">
          {status}
        </p>
      </div>
      <PrintDocument trip={trip} items={items} columns={columns} layout={layout} />
    </>
  );
}

export function PrintItineraryPage({ tripId }: { tripId: string }) {
  const trip = useTrip(tripId);
  if (trip === undefined) return <Loading />;
  if (trip === null) return <NotFound />;
  return <PrintView trip={trip} />;
}
