import type { Language } from '../i18n/languages';
import type { PlainDate, RecordId } from '../model';
import { tripDirectory } from '../people/directory';
import { nameCell, wordsCell } from './cells';
import { type ReportContext, reportContext } from './context';
import { type DateOptions, formatReportDates } from './dates';
import {
  type Arrangement,
  type Block,
  type ReportDocument,
  SECTION_KINDS,
  type Section,
  type SectionKind,
} from './document';
import { indexTrip, type ReportRecords } from './records';
import { itineraryBlocks, rosterBlocks } from './sections/appendices';
import { evaluationBlocks, followUpsBlocks } from './sections/evaluation';
import { findingsBlocks } from './sections/findings';
import { overviewRows } from './sections/overview';
import { qaBlocks } from './sections/qa';
import { visitBlocks, visitsBlocks } from './sections/visits';
import type { ReportWords } from './words';

export interface ReportOptions extends DateOptions {
  /** One language, or the trip's two (the delegation's, then the hosts') side by side or one after the other. */
  layout: Language | 'sideBySide' | 'oneAfterOther';
  /**
   * The sections to print, in order (a trip's layout gives them through
   * `reportSections`); a kind not listed is left out. All, in the seed's order, by default.
   */
  sections?: readonly SectionKind[];
  /** The day the report is written (exported), for its overview; none in a preview that needs none. */
  writtenOn?: PlainDate;
}

const SECTION_BLOCKS: Record<SectionKind, (ctx: ReportContext) => Block[]> = {
  findings: (ctx) => findingsBlocks(ctx),
  visits: (ctx) => visitsBlocks(ctx),
  qa: (ctx) => qaBlocks(ctx),
  evaluation: evaluationBlocks,
  followUps: followUpsBlocks,
  itinerary: itineraryBlocks,
  roster: rosterBlocks,
};

/** The post-trip report, built from a trip's records in the seed's shape, opened by an overview of the trip. */
export function compileReport(records: ReportRecords, options: ReportOptions): ReportDocument {
  const ctx = contextFor(records, options);
  const sections = (options.sections ?? SECTION_KINDS).map((kind) =>
    section(ctx, kind, (w) => w.sections[kind], SECTION_BLOCKS[kind](ctx)),
  );
  const about = aboutTrip(ctx, (w) => w.title);
  return {
    ...frame(ctx, options),
    title: tripTitle(ctx),
    about: [{ ...about, rows: [...about.rows, ...overviewRows(ctx, options.writtenOn)] }],
    sections,
  };
}

/**
 * One visit's summary for its host: when and where, the summary and minutes,
 * the Q&A at that visit, and the members' answers there under each checklist question.
 */
export function compileVisitSummary(records: ReportRecords, itemId: RecordId, options: ReportOptions): ReportDocument {
  const ctx = contextFor(records, options);
  const item = ctx.notedItems.find((candidate) => candidate.id === itemId);
  if (!item) throw new Error(`No item ${itemId} where notes are taken in trip ${records.trip.id}`);
  const sections = [
    section(ctx, 'visits', (w) => w.visits.summary, visitBlocks(ctx, item)),
    section(ctx, 'qa', (w) => w.sections.qa, qaBlocks(ctx, item.id)),
    section(ctx, 'findings', (w) => w.sections.findings, findingsBlocks(ctx, item.id)),
  ].filter((part) => part.blocks.length > 0);
  return {
    ...frame(ctx, options),
    title: ctx.itemName(item),
    about: [aboutTrip(ctx, (w) => w.visitSummaryTitle)],
    sections,
  };
}

export function contextFor(records: ReportRecords, options: ReportOptions): ReportContext {
  const directory = tripDirectory(records.trip.id, records.hostPeople ?? [], {
    itineraryItems: records.items,
    minutes: records.minutes,
    qaNotes: records.qaNotes,
  });
  return reportContext(indexTrip(records), languagesOf(records, options), options, directory);
}

function languagesOf(records: ReportRecords, options: ReportOptions): Language[] {
  const { home, host } = records.trip.languages;
  if (options.layout !== 'sideBySide' && options.layout !== 'oneAfterOther') return [options.layout];
  return home === host ? [home] : [home, host];
}

export function frame(ctx: ReportContext, options: ReportOptions) {
  const arrangement: Arrangement =
    ctx.langs.length === 1 || (options.layout !== 'sideBySide' && options.layout !== 'oneAfterOther')
      ? 'single'
      : options.layout;
  return { languages: [...ctx.langs], arrangement, contentsHeading: ctx.words((w) => w.contents) };
}

function section(ctx: ReportContext, kind: SectionKind, heading: (w: ReportWords) => string, blocks: Block[]): Section {
  return { kind, anchor: `section-${kind}`, heading: ctx.words(heading), blocks };
}

export function tripTitle(ctx: ReportContext) {
  return nameCell(ctx.trip.title, { table: 'trips', id: ctx.trip.id, field: 'title' }, ctx.langs);
}

type FieldsBlock = Extract<Block, { type: 'fields' }>;

/** What the document is, the trip's name, its dates and who organised it. */
export function aboutTrip(ctx: ReportContext, kind: (w: ReportWords) => string): FieldsBlock {
  const { trip } = ctx;
  const rows = [
    { label: ctx.words((w) => w.about.document), value: ctx.words(kind) },
    { label: ctx.words((w) => w.about.trip), value: tripTitle(ctx) },
    {
      label: ctx.words((w) => w.about.dates),
      value: wordsCell((lang) => formatReportDates(trip.startDate, trip.endDate, lang, ctx.dates), ctx.langs),
    },
  ];
  if (Object.values(trip.organiser).some(Boolean)) {
    const organiser = nameCell(trip.organiser, { table: 'trips', id: trip.id, field: 'organiser' }, ctx.langs);
    rows.push({ label: ctx.words((w) => w.about.organiser), value: organiser });
  }
  return { type: 'fields', rows };
}
