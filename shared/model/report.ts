import { z } from 'zod';
import { idMillis, type RecordId, recordId, stableId } from './ids';
import { tripScoped } from './meta';
import { mergedText } from './text';

export const REPORT_NOTE_KINDS = ['finding', 'visitSummary', 'evaluation', 'letter'] as const;
export const reportNoteKind = z.enum(REPORT_NOTE_KINDS);
export type ReportNoteKind = z.infer<typeof reportNoteKind>;

/**
 * What the organiser writes in the report: the finding for one checklist
 * question (`questionId`), the summary of one visit (`itemId`), or the
 * trip's evaluation (neither). A note like any other: autosaved, with
 * history, synced.
 */
export const reportNote = tripScoped.extend({
  kind: reportNoteKind,
  questionId: recordId.nullable(),
  itemId: recordId.nullable(),
  body: mergedText,
});
export type ReportNote = z.infer<typeof reportNote>;

/** Which report note: the finding for a question, the summary of a visit, or the trip's evaluation. */
export type ReportNoteKey = Pick<ReportNote, 'kind' | 'questionId' | 'itemId'>;

/**
 * One note of each kind per question, visit or trip, with the same id on every
 * device that starts it: two organisers writing the same finding offline edit
 * one note, never two.
 */
export function reportNoteId(tripId: RecordId, note: ReportNoteKey): RecordId {
  return stableId(`report:${tripId}:${note.kind}:${note.questionId ?? ''}:${note.itemId ?? ''}`, idMillis(tripId));
}

/** The report's sections, in the seed's order (its section IV, then the appendices). */
export const REPORT_SECTIONS = ['findings', 'visits', 'qa', 'evaluation', 'followUps', 'itinerary', 'roster'] as const;
export const reportSection = z.enum(REPORT_SECTIONS);
export type ReportSection = z.infer<typeof reportSection>;

/**
 * How the organiser arranged the trip's report: the sections in their order
 * and those left out. Its own table rather than a field of the trip, so that
 * a trip's record and form stay as they are and a trip without a layout has
 * the seed's; one per trip by its derived id. Order and omissions are two
 * leaves, so one organiser moving a section while another leaves one out
 * keeps both.
 */
export const reportLayout = tripScoped.extend({
  /** The sections in the order the report shows them; a section not listed comes after, in the seed's order. */
  order: z.array(reportSection).max(REPORT_SECTIONS.length),
  /** Sections left out of the report; they keep their place in `order` for when they are put back. */
  omitted: z.array(reportSection).max(REPORT_SECTIONS.length),
});
export type ReportLayout = z.infer<typeof reportLayout>;

/** A trip's one layout, the same id on every device that arranges it. */
export function reportLayoutId(tripId: RecordId): RecordId {
  return stableId(`report-layout:${tripId}`, idMillis(tripId));
}

/** The sections a report shows, in order: the layout's, or the seed's when the trip has none. */
export function reportSections(layout: Pick<ReportLayout, 'order' | 'omitted'> | undefined): ReportSection[] {
  const order = [...new Set([...(layout?.order ?? []), ...REPORT_SECTIONS])];
  return order.filter((section) => !layout?.omitted.includes(section));
}
