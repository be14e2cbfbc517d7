import type { Language } from '../i18n/languages';
import type { PlainDate } from '../model';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A time zone as a language names it, on a given day: 일본 표준시,
 * 日本標準時, Japan Standard Time. The long generic name, the one every
 * screen gives a zone (renderer/i18n/format.ts `zoneLabel`): CLDR's short
 * names mix places and abbreviations (韓国時間 beside JST).
 */
export function zoneName(zone: string, lang: Language, on: PlainDate): string {
  const key = `${lang}|${zone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: 'longGeneric' });
    formatters.set(key, format);
  }
  const noon = new Date(`${on}T12:00:00Z`);
  return format.formatToParts(noon).find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/** The zone after a time, bracketed as each language writes it: 10:00（韓国標準時）, 오전 10:00 (한국 표준시). */
export function zoneNote(zone: string, lang: Language, on: PlainDate): string {
  const name = zoneName(zone, lang, on);
  return lang === 'ja' ? `（${name}）` : ` (${name})`;
}
