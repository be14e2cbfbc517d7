import type { Language } from '../i18n/languages';
import { resources } from '../i18n/resources';
import type { ItineraryKind, MemberRole } from '../model';

/**
 * The report's own words (headings, column names, statuses) in each language.
 * They are read from the bundled translations directly, not through i18next:
 * a report is written in its own languages, often two at once, whatever the
 * interface language is, and the export runs where no i18next instance is
 * (the main process, the server, a test). The strings stay in `locales/`, so
 * the translation checks cover them.
 */
export type ReportWords = (typeof resources)['en']['report'];

export function reportWords(lang: Language): ReportWords {
  return resources[lang].report;
}

export function kindWord(kind: ItineraryKind, lang: Language): string {
  return resources[lang].itinerary.kinds[kind];
}

/** A member's role as a document names it (인솔, 引率), not as the app's roster screen does (주관, 主催). */
export function roleWord(role: MemberRole, lang: Language): string {
  return resources[lang].report.roles[role];
}

/** Fills `{{name}}` placeholders, as i18next would. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));
}
