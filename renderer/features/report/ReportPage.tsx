import { pickName } from '@shared/model';
import { compileReport } from '@shared/report/compile';
import { SECTION_KINDS } from '@shared/report/document';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge/bridge';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { TripNav } from '../../components/TripNav';
import { useReportRecords } from '../../data/hooks/useReportRecords';
import { fileNameFrom } from '../../services/fileName';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { ExportPanel } from './ExportPanel';
import { type ReportChoices, ReportOptions } from './ReportOptions';
import { ReportPreview } from './ReportPreview';
import './report.css';

/**
 * The post-trip report: compiled from the trip's notes as they stand (it
 * follows every change, synced ones too), in the languages and with the
 * sections chosen here; previewed as it will print, and exported.
 */
export function ReportPage({ tripId }: { tripId: string }) {
  const { t } = useTranslation('report');
  const records = useReportRecords(tripId);
  const [choices, setChoices] = useState<ReportChoices | null>(null);
  const [pdfStatus, setPdfStatus] = useState<string | null>(null);
  useDocumentTitle(t('screen.title'));
  const home = records?.trip.languages.home;
  const host = records?.trip.languages.host;
  const current = useMemo<ReportChoices | null>(
    () =>
      choices ??
      (home && host
        ? {
            layout: home === host ? home : 'sideBySide',
            sections: SECTION_KINDS.map((kind) => ({ kind, included: true })),
            japaneseEra: false,
          }
        : null),
    [choices, home, host],
  );
  const document = useMemo(
    () =>
      records && current
        ? compileReport(records, {
            layout: current.layout,
            sections: current.sections.filter((section) => section.included).map((section) => section.kind),
            japaneseEra: current.japaneseEra,
          })
        : null,
    [records, current],
  );
  if (records === null) return <NotFound />;
  if (records === undefined || !document || !current) return <Loading />;
  const { trip } = records;
  const languages = [trip.languages.home, trip.languages.host] as const;
  const title = `${pickName(trip.title, languages)} ${t('title')}`;
  const savePdf = async () => {
    const outcome = await bridge.invoke('print:savePdf', {
      suggestedName: fileNameFrom(title, 'pdf'),
      landscape: false,
    });
    setPdfStatus(
      outcome.outcome === 'saved'
        ? t('screen.saved', { fileName: outcome.fileName })
        : outcome.outcome === 'printDialog'
          ? t('screen.printDialog')
          : t('screen.notSaved'),
    );
  };
  return (
    <section aria-labelledby="report-heading" className="report-screen">
      <div className="no-print">
        <TripNav tripId={trip.id} current="report" />
        <h1 id="report-heading">{t('screen.title')}</h1>
        <ReportOptions languages={languages} choices={current} onChange={setChoices} />
        <ExportPanel document={document} title={title} onPdf={() => void savePdf()} />
        {pdfStatus ? <p role="status">{pdfStatus}</p> : null}
        <h2 className="report-screen__preview-heading">{t('screen.preview')}</h2>
      </div>
      <ReportPreview document={document} />
    </section>
  );
}
