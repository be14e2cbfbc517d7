import enCommon from '../../locales/en/common.json';
import enGlossary from '../../locales/en/glossary.json';
import enHistory from '../../locales/en/history.json';
import enItinerary from '../../locales/en/itinerary.json';
import enMembers from '../../locales/en/members.json';
import enMenu from '../../locales/en/menu.json';
import enNotes from '../../locales/en/notes.json';
import enPeople from '../../locales/en/people.json';
import enReport from '../../locales/en/report.json';
import enSearch from '../../locales/en/search.json';
import enTranslation from '../../locales/en/translation.json';
import enTrips from '../../locales/en/trips.json';
import jaCommon from '../../locales/ja/common.json';
import jaGlossary from '../../locales/ja/glossary.json';
import jaHistory from '../../locales/ja/history.json';
import jaItinerary from '../../locales/ja/itinerary.json';
import jaMembers from '../../locales/ja/members.json';
import jaMenu from '../../locales/ja/menu.json';
import jaNotes from '../../locales/ja/notes.json';
import jaPeople from '../../locales/ja/people.json';
import jaReport from '../../locales/ja/report.json';
import jaSearch from '../../locales/ja/search.json';
import jaTranslation from '../../locales/ja/translation.json';
import jaTrips from '../../locales/ja/trips.json';
import koCommon from '../../locales/ko/common.json';
import koGlossary from '../../locales/ko/glossary.json';
import koHistory from '../../locales/ko/history.json';
import koItinerary from '../../locales/ko/itinerary.json';
import koMembers from '../../locales/ko/members.json';
import koMenu from '../../locales/ko/menu.json';
import koNotes from '../../locales/ko/notes.json';
import koPeople from '../../locales/ko/people.json';
import koReport from '../../locales/ko/report.json';
import koSearch from '../../locales/ko/search.json';
import koTranslation from '../../locales/ko/translation.json';
import koTrips from '../../locales/ko/trips.json';
import type { Language } from './languages';

/**
 * Every translated string, bundled: the app works offline from the first
 * start, and switching language never waits for a download.
 */
export const resources = {
  en: {
    common: enCommon,
    trips: enTrips,
    members: enMembers,
    itinerary: enItinerary,
    notes: enNotes,
    history: enHistory,
    menu: enMenu,
    report: enReport,
    search: enSearch,
    translation: enTranslation,
    glossary: enGlossary,
    people: enPeople,
  },
  ko: {
    common: koCommon,
    trips: koTrips,
    members: koMembers,
    itinerary: koItinerary,
    notes: koNotes,
    history: koHistory,
    menu: koMenu,
    report: koReport,
    search: koSearch,
    translation: koTranslation,
    glossary: koGlossary,
    people: koPeople,
  },
  ja: {
    common: jaCommon,
    trips: jaTrips,
    members: jaMembers,
    itinerary: jaItinerary,
    notes: jaNotes,
    history: jaHistory,
    menu: jaMenu,
    report: jaReport,
    search: jaSearch,
    translation: jaTranslation,
    glossary: jaGlossary,
    people: jaPeople,
  },
} satisfies Record<Language, Record<string, unknown>>;

export type Namespace = keyof (typeof resources)['en'];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
export type MenuStrings = (typeof resources)['en']['menu'];
