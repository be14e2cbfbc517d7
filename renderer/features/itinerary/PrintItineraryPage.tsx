import { LANGUAGE_AUTONYMS, type Language } from '@shared/i18n/languages';
import { pickName } from '@shared/model';
import { countMissing } from '@shared/report/document';
import { compileItinerary, type ItineraryOptions } from '@shared/report/itinerary';
import { renderDocx } from '@shared/report/render/docx';
import { reportWords } from '@shared/report/words';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { bridge } from '../../bridge/bridge';
import { DocumentView } from '../../components/document/DocumentView';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { useReportRecords } from '../../data/hooks/useReportRecords';
import { fileNameFrom } from '../../services/fileName';
import { link } from '../../services/paths';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import './print.css';

type Layout = ItineraryOptions['layout'];

type Status =
  | { step: 'idle' }
  | { step: 'writing'; done: number; total: number }
  | { step: 'said'; text: string }
  | { step: 'failed' };

/**
 * The itinerary to hand to the hosts, printed from the report's document
 * model (shared/report/itinerary.ts): previewed as it prints, saved as a PDF
 * (Chromium printing this page) or as a Word file. It follows every change
 * to the trip, its items and its roster, synced ones too.
 */
export function PrintItineraryPage({ tripId }: { tripId: string }) {
  const { t } = useTranslation('itinerary');
  const records = useReportRecords(tripId);
  const [chosen, setChosen] = useState<Layout | null>(null);
  const [japaneseEra, setJapaneseEra] = useState(false);
  const [status, setStatus] = useState<Status>({ step: 'idle' });
  const home = records?.trip.languages.home;
  const host = records?.trip.languages.host;
  const layout: Layout | null = chosen ?? (home && host ? (home === host ? home : 'sideBySide') : null);
  const document = useMemo(
    () => (records && layout ? compileItinerary(records, { layout, japaneseEra }) : null),
    [records, layout, japaneseEra],
  );
  useDocumentTitle(
    `${t('print.heading')} · ${records ? pickName(records.trip.title, [home ?? 'ko', host ?? 'ja']) : ''}`,
  );
  if (records === null) return <NotFound />;
  if (!records || !document || !home || !host || !layout) return <Loading />;

  // The file is named in the document's first language, as its title page reads.
  const first = document.languages[0] ?? home;
  const title = `${document.title.texts[0]?.text || pickName(records.trip.title, [home, host])} ${reportWords(first).itinerary.title}`;
  // Said before anything is saved: the hosts' copy marks what is not in their language yet.
  const missing = Object.entries(countMissing(document)) as [Language, number][];
  const layouts: [Layout, string][] = [
    [home, LANGUAGE_AUTONYMS[home]],
    ...(home === host
      ? []
      : ([
          [host, LANGUAGE_AUTONYMS[host]],
          ['sideBySide', t('print.sideBySide', { first: LANGUAGE_AUTONYMS[home], second: LANGUAGE_AUTONYMS[host] })],
          [
            'oneAfterOther',
            t('print.oneAfterOther', { first: LANGUAGE_AUTONYMS[home], second: LANGUAGE_AUTONYMS[host] }),
          ],
        ] as [Layout, string][])),
  ];
  const savePdf = async () => {
    const outcome = await bridge.invoke('print:savePdf', {
      suggestedName: fileNameFrom(title, 'pdf'),
      landscape: false,
    });
    setStatus({
      step: 'said',
      text:
        outcome.outcome === 'saved'
          ? t('page.exported', { file: outcome.fileName })
          : outcome.outcome === 'printDialog'
            ? t('print.printDialog')
            : t('page.exportCancelled'),
    });
  };
  // The Word file is laid out section by section, each step shown, so a long itinerary shows how far it has come.
  const saveDocx = async () => {
    setStatus({ step: 'writing', done: 0, total: 1 });
    try {
      const bytes = await renderDocx(document, {
        onProgress: (done, total) => setStatus({ step: 'writing', done, total }),
      });
      const outcome = await bridge.invoke('files:save', {
        suggestedName: fileNameFrom(title, 'docx'),
        content: { kind: 'bytes', bytes },
      });
      setStatus({
        step: 'said',
        text: outcome.outcome === 'saved' ? t('page.exported', { file: outcome.fileName }) : t('page.exportCancelled'),
      });
    } catch {
      setStatus({ step: 'failed' });
    }
  };

  return (
    <>
      <div className="toolbar print-toolbar no-print">
        <Link href={link('itinerary', { tripId })}>← {t('page.title')}</Link>
        <label className="toolbar__field">
          {t('print.layout')}
          <select
            value={layout}
            onChange={(event) => setChosen(layouts.find(([value]) => value === event.target.value)?.[0] ?? layout)}
          >
            {layouts.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {document.languages.includes('ja') ? (
          <label className="toolbar__field">
            <input type="checkbox" checked={japaneseEra} onChange={(event) => setJapaneseEra(event.target.checked)} />
            {t('print.japaneseEra')}
          </label>
        ) : null}
        <button type="button" className="button button--primary" onClick={() => void savePdf()}>
          {t('print.savePdf')}
        </button>
        <button type="button" className="button" disabled={status.step === 'writing'} onClick={() => void saveDocx()}>
          {t('print.saveDocx')}
        </button>
        {missing.length > 0 ? (
          <p className="toolbar__status">
            {missing
              .map(([lang, count]) => t('print.missing', { count, language: LANGUAGE_AUTONYMS[lang] }))
              .join(' · ')}
          </p>
        ) : null}
        <p role="status" className="toolbar__status">
          {status.step === 'writing' ? (
            <>
              {t('print.writingDocx')}{' '}
              <progress max={status.total} value={status.done} aria-label={t('print.progress')} />
            </>
          ) : status.step === 'said' ? (
            status.text
          ) : null}
        </p>
        {status.step === 'failed' ? (
          <p role="alert" className="field__error">
            {t('print.failed')}
          </p>
        ) : null}
      </div>
      <DocumentView document={document} />
    </>
  );
}
