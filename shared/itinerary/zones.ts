import { isTimeZone } from '../model/time';
import { COUNTRIES, type PlaceNames } from './zonePlaces';

/** A zone as a suggestion: the place it was found by (null for a bare IANA name) and the name that matched. */
export interface ZoneMatch {
  zone: string;
  place: PlaceNames | null;
  matched: string;
}

/** What a typed text names: one zone, several (a country with several zones), or nothing known. */
export type ZoneResolution = { zone: string } | { several: readonly string[] } | null;

interface Entry {
  zone: string;
  place: PlaceNames | null;
  /** Each name as typed in the list, with its searchable form. */
  names: readonly { name: string; key: string }[];
  /** Found by its country's name (then only one city per zone is suggested). */
  countryKeys: readonly string[];
}

// Administrative suffixes typed after a name, longest first: 서울특별시, 大阪府, 東京都, Osaka-shi, Kumamoto Prefecture.
const SUFFIXES = ['특별자치시', '특별자치도', '특별시', '광역시', '시', '도', '부', '현', '市', '府', '県', '都', '道'];
const WORD_SUFFIXES = ['city', 'prefecture', 'shi', 'ken', 'fu'];

/**
 * The searchable form of a name: full-width letters as ASCII (Ｏｓａｋａ), no Latin accents
 * (Zürich), lower case, and punctuation between words as one space (Asia/Ho_Chi_Minh, Xi'an).
 * Hangul and kana are composed again after the accents are taken off, so 기후 and ギ stay whole.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[\s/_.,\-・·]+/g, ' ')
    .trim();
}

/** A key without the administrative suffix typed after it, when what is left is still a name (京都 stays 京都). */
function withoutSuffix(key: string): string {
  const words = key.split(' ');
  const last = words.at(-1) ?? '';
  if (words.length > 1 && WORD_SUFFIXES.includes(last)) return words.slice(0, -1).join(' ');
  const suffix = SUFFIXES.find((s) => key.endsWith(s) && [...key].length - [...s].length >= 2);
  return suffix ? key.slice(0, -suffix.length) : key;
}

function entriesOf(ianaZones: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  const keyed = (names: readonly string[]) => names.map((name) => ({ name, key: searchKey(name) }));
  const listedZones: string[] = [];
  for (const country of COUNTRIES) {
    const countryKeys = country.names.map(searchKey);
    const zones = Object.keys(country.zones);
    const only = zones.length === 1 ? zones[0] : undefined;
    // A country with one zone is a suggestion of its own (일본 — Asia/Tokyo).
    if (only) entries.push({ zone: only, place: country.names, names: keyed(country.names), countryKeys: [] });
    for (const [zone, cities] of Object.entries(country.zones)) {
      listedZones.push(zone);
      for (const city of cities) entries.push({ zone, place: city, names: keyed(city), countryKeys });
    }
  }
  // Every zone also by its IANA name and its last part (Asia/Tokyo, Tokyo): the list's own, which an
  // older platform may know only by a former name (Asia/Kolkata, Asia/Calcutta), the platform's, and UTC.
  for (const zone of new Set([...listedZones, ...ianaZones, 'UTC'])) {
    const city = zone.split('/').at(-1) ?? zone;
    entries.push({ zone, place: null, names: keyed([zone, city]), countryKeys: [] });
  }
  return entries;
}

const canonical = new Map<string, string>();

/** The zone as the platform knows it, so that a link (Asia/Saigon) and its target (Asia/Ho_Chi_Minh) count as one. */
function canonicalZone(zone: string): string {
  let known = canonical.get(zone);
  if (!known) {
    try {
      known = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      known = zone;
    }
    canonical.set(zone, known);
  }
  return known;
}

/** How well a name answers a query: 0 the same name, 1 it starts so, 2 a word of it starts so; null not at all. */
function rank(query: string, key: string): number | null {
  if (withoutSuffix(query) === withoutSuffix(key)) return 0;
  if (key.startsWith(query)) return 1;
  if (key.split(' ').some((word) => word.startsWith(query))) return 2;
  return null;
}

export interface ZoneIndex {
  search(text: string, limit?: number): ZoneMatch[];
  resolve(text: string): ZoneResolution;
}

/** The places' list and every IANA zone the platform knows, searchable by name in any language. */
export function zoneIndex(ianaZones: readonly string[] = Intl.supportedValuesOf('timeZone')): ZoneIndex {
  const entries = entriesOf(ianaZones);

  function search(text: string, limit = 8): ZoneMatch[] {
    const query = searchKey(text);
    if (!query) return [];
    const found: { match: ZoneMatch; rank: number; byCountry: boolean }[] = [];
    for (const entry of entries) {
      let best: { rank: number; name: string } | null = null;
      for (const { name, key } of entry.names) {
        const r = rank(query, key);
        if (r !== null && (!best || r < best.rank)) best = { rank: r, name };
      }
      const byCountry = !best && entry.countryKeys.some((key) => rank(query, key) !== null);
      if (best)
        found.push({ match: { zone: entry.zone, place: entry.place, matched: best.name }, rank: best.rank, byCountry });
      else if (byCountry && entry.place)
        found.push({ match: { zone: entry.zone, place: entry.place, matched: entry.place[2] }, rank: 3, byCountry });
    }
    found.sort((a, b) => a.rank - b.rank);
    const zonesShown = new Set<string>();
    const shown: ZoneMatch[] = [];
    for (const { match, byCountry } of found) {
      const zone = canonicalZone(match.zone);
      // A country's cities stand for their zones, one each (미국 lists its zones, not five cities of one),
      // and a zone already suggested by a place is not suggested again by its IANA name.
      if ((byCountry || !match.place) && zonesShown.has(zone)) continue;
      zonesShown.add(zone);
      shown.push(match);
      if (shown.length === limit) break;
    }
    return shown;
  }

  function resolve(text: string): ZoneResolution {
    const query = searchKey(text);
    if (!query) return null;
    const zones = new Map<string, string>();
    for (const entry of entries) {
      const named =
        entry.names.some(({ key }) => rank(query, key) === 0) ||
        entry.countryKeys.some((key) => rank(query, key) === 0);
      const same = canonicalZone(entry.zone);
      // The list's spelling of a zone before the platform's (Asia/Ho_Chi_Minh, not Asia/Saigon).
      if (named && !zones.has(same)) zones.set(same, entry.zone);
    }
    const [only, ...others] = zones.values();
    // A zone the platform knows but does not list (America/Argentina/Buenos_Aires) is still a zone.
    if (!only) return isTimeZone(text.trim()) ? { zone: text.trim() } : null;
    return others.length === 0 ? { zone: only } : { several: [only, ...others] };
  }

  return { search, resolve };
}
