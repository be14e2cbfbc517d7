import type { Language } from '@shared/i18n/languages';
import type { TripParties } from '../../data/device/tripParties';

/**
 * Countries a delegation comes from or visits, each with one time zone, so
 * that naming the country sets the trip's zone; and the language the app
 * writes for it (Korean, Japanese, or else English). A country with several
 * zones is 'another country': its zone is chosen in the trip form.
 */
const COUNTRIES: Record<string, { timeZone: string; language: Language }> = {
  KR: { timeZone: 'Asia/Seoul', language: 'ko' },
  JP: { timeZone: 'Asia/Tokyo', language: 'ja' },
  CN: { timeZone: 'Asia/Shanghai', language: 'en' },
  TW: { timeZone: 'Asia/Taipei', language: 'en' },
  SG: { timeZone: 'Asia/Singapore', language: 'en' },
  VN: { timeZone: 'Asia/Ho_Chi_Minh', language: 'en' },
  TH: { timeZone: 'Asia/Bangkok', language: 'en' },
  DE: { timeZone: 'Europe/Berlin', language: 'en' },
  FR: { timeZone: 'Europe/Paris', language: 'en' },
  GB: { timeZone: 'Europe/London', language: 'en' },
};

export const OTHER_COUNTRY = 'other';

/** Korea and Japan first: the delegations this app was made for go from one to the other. */
const FIRST = ['KR', 'JP'];

/** The countries by their names in the interface language. */
export function countryOptions(lang: Language): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  const option = (code: string) => ({ code, name: names.of(code) ?? code });
  const rest = Object.keys(COUNTRIES)
    .filter((code) => !FIRST.includes(code))
    .map(option)
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  return [...FIRST.map(option), ...rest];
}

/** The language a delegation from, or hosts in, a country usually write. */
export function usualLanguage(country: string): Language {
  return COUNTRIES[country]?.language ?? 'en';
}

/** The zone of a country; for another country, `fallback` (this device's zone for the delegation, none for the hosts). */
function countryZone(country: string, fallback: string): string {
  return COUNTRIES[country]?.timeZone ?? fallback;
}

/** The parties of a trip as answered: each side's country gives its zone. */
export function partiesFrom(
  answer: Record<keyof TripParties, { country: string; language: Language }>,
  deviceTimeZone: string,
): TripParties {
  return {
    home: { language: answer.home.language, timeZone: countryZone(answer.home.country, deviceTimeZone) },
    host: { language: answer.host.language, timeZone: countryZone(answer.host.country, '') },
  };
}
