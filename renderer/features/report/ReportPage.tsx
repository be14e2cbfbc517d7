import { sortItems } from '@shared/itinerary/ordering';
import { REPORT_SECTIONS, type RecordId, type ReportLayout, takesNotes } from '@shared/model';
import { compileReport, compileVisitSummary } from '@shared/report/compile';
import { SECTION_KINDS, type SectionKind } from '@shared/report/document';
import { mayChange } from '@shared/sync/permissions';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Temporal } from 'temporal-polyfill';
import { Link } from 'wouter';
import { DocumentView } from '../../components/document/DocumentView';
import { Loading, NotFound } from '../../components/ScreenStatus';
import { TripNav } from '../../components/TripNav';
import { asMember } from '../../data/database/store';
import { useStore } from '../../data/hooks/StoreContext';
import { useCurrentMember } from '../../data/hooks/useCurrentMember';
import { useReportLayout } from '../../data/hooks/useReportLayout';
import { useReportRecords } from '../../data/hooks/useReportRecords';
import { useWriter } from '../../data/hooks/useWriter';
import { saveReportLayout } from '../../data/records/reportLayouts';
import { fileNameFrom } from '../../services/fileName';
import { link } from '../../services/paths';
import { useDocumentTitle } from '../../services/useDocumentTitle';
import { DocumentChoice } from './DocumentChoice';
import { ExportPanel } from './ExportPanel';
import { type ReportChoices, ReportOptions } from './ReportOptions';
import { ReportWriting } from './ReportWriting';
import { reportFileTitle } from './reportFileTitle';
import { useNumberedPdf } from './useNumberedPdf';
import './report.css';

const isSectionKind = (kind: string): kind is SectionKind => (SECTION_KINDS as readonly string[]).includes(kind);

/** The report's sections as the organisers arranged them for the trip (the seed's order until they do). */
function sectionChoices(layout: ReportLayout | null): ReportChoices['sections'] {
  const order = [...new Set([...(layout?.order ?? []), ...REPORT_SECTIONS])].filter(isSectionKind);
  return order.map((kind) => ({ kind, included: !layout?.omitted.includes(kind) }));
}

/**
 * The post-trip report: compiled from the trip's notes as they stand (it
 * follows every change, synced ones too), in the languages and with the
 * sections chosen here; previewed as it will print, and exported.
 */
export function ReportPage({ tripId }: { tripId: string }) {
  const { t } = useTranslation('report');
  const store = useStore();
  const records = useReportRecords(tripId);
  const arrangement = useReportLayout(tripId);
  const [current] = useCurrentMember(tripId);
  const mayArrange = mayChange(useWriter(tripId), 'reportLayouts');
  const [language, setLanguage] = useState<Pick<ReportChoices, 'layout' | 'japaneseEra'> | null>(null);
  // A change of sections shows at once, until its save comes back from the database as a new arrangement.
  const [pending, setPending] = useState<{ over: typeof arrangement; sections: ReportChoices['sections'] } | null>(
    null,
  );
  const [summaryOf, setSummaryOf] = useState<RecordId | null>(null);
  useDocumentTitle(t('screen.title'));
  const home = records?.trip.languages.home;
  const host = records?.trip.languages.host;
  const choices = useMemo<ReportChoices | null>(
    () =>
      home && host && arrangement !== undefined
        ? {
            layout: language?.layout ?? (home === host ? home : 'sideBySide'),
            japaneseEra: language?.japaneseEra ?? false,
            sections: pending && pending.over === arrangement ? pending.sections : sectionChoices(arrangement),
          }
        : null,
    [home, host, arrangement, language, pending],
  );
  const notedItems = useMemo(() => sortItems(records?.items.filter(takesNotes) ?? []), [records]);
  const summarised = notedItems.find((item) => item.id === summaryOf) ?? null;
  const document = useMemo(() => {
    if (!records || !choices) return null;
    const options = { layout: choices.layout, japaneseEra: choices.japaneseEra };
    if (summarised) return compileVisitSummary(records, summarised.id, options);
    const sections = choices.sections.filter((section) => section.included).map((section) => section.kind);
    // Written today, as this device's calendar has it: the day it is read and exported.
    const writtenOn = Temporal.Now.plainDateISO().toString();
    return compileReport(records, { ...options, sections, writtenOn });
  }, [records, choices, summarised]);
  const pdf = useNumberedPdf(document);
  if (records === null) return <NotFound />;
  if (records === undefined || !document || !choices) return <Loading />;
  const { trip } = records;
  const languages = [trip.languages.home, trip.languages.host] as const;
  const title = reportFileTitle(document, trip, summarised);
  // Organisers arrange the report for the whole delegation; members read it as arranged.
  const organiser = mayArrange
    ? records.members.find((member) => member.id === current && member.role === 'organiser')
    : undefined;
  return (
    <section aria-labelledby="report-heading" className="report-screen">
      <div className="no-print">
        <TripNav tripId={trip.id} current="report" />
        <h1 id="report-heading">{t('screen.title')}</h1>
        <DocumentChoice trip={trip} items={notedItems} value={summaryOf} onChange={setSummaryOf} />
        <ReportOptions
          languages={languages}
          choices={choices}
          canArrange={organiser !== undefined}
          showSections={summarised === null}
          onChange={(next) => {
            setLanguage({ layout: next.layout, japaneseEra: next.japaneseEra });
            if (organiser && next.sections !== choices.sections) {
              setPending({ over: arrangement, sections: next.sections });
              void saveReportLayout(asMember(store, organiser.id), trip.id, {
                order: next.sections.map((section) => section.kind),
                omitted: next.sections.filter((section) => !section.included).map((section) => section.kind),
              });
            }
          }}
        />
        <ExportPanel document={document} title={title} onPdf={() => void pdf.savePdf(fileNameFrom(title, 'pdf'))} />
        {pdf.status ? <p role="status">{pdf.status}</p> : null}
        <p>
          <Link href={link('letters', { tripId: trip.id })}>{t('lettersScreen.open')}</Link>
        </p>
        <ReportWriting trip={trip} members={records.members} questions={records.questions} items={notedItems} />
        <h2 className="report-screen__preview-heading">{t('screen.preview')}</h2>
      </div>
      <DocumentView document={document} pages={pdf.pages} />
    </section>
  );
}
