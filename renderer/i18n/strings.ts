import type { Namespace } from '@shared/i18n/resources';
import type { Language } from '@shared/i18n/supported';
import type { BackendModule, ResourceKey } from 'i18next';

type Bundle = () => Promise<{ default: ResourceKey }>;

/**
 * Every language's strings, one file per namespace, each loaded when first
 * asked for: a start loads only the interface language's strings for the
 * first screen (FIRST_SCREEN_NAMESPACES), and the rest once it has appeared
 * (app/routes.tsx). They are the app's own files, bundled with it: never a
 * download, so a switch of language works offline.
 */
const BUNDLES: Record<Language, Record<Namespace, Bundle>> = {
  en: {
    common: () => import('../../locales/en/common.json'),
    trips: () => import('../../locales/en/trips.json'),
    members: () => import('../../locales/en/members.json'),
    itinerary: () => import('../../locales/en/itinerary.json'),
    notes: () => import('../../locales/en/notes.json'),
    history: () => import('../../locales/en/history.json'),
    menu: () => import('../../locales/en/menu.json'),
    report: () => import('../../locales/en/report.json'),
    search: () => import('../../locales/en/search.json'),
    translation: () => import('../../locales/en/translation.json'),
    glossary: () => import('../../locales/en/glossary.json'),
    people: () => import('../../locales/en/people.json'),
  },
  ko: {
    common: () => import('../../locales/ko/common.json'),
    trips: () => import('../../locales/ko/trips.json'),
    members: () => import('../../locales/ko/members.json'),
    itinerary: () => import('../../locales/ko/itinerary.json'),
    notes: () => import('../../locales/ko/notes.json'),
    history: () => import('../../locales/ko/history.json'),
    menu: () => import('../../locales/ko/menu.json'),
    report: () => import('../../locales/ko/report.json'),
    search: () => import('../../locales/ko/search.json'),
    translation: () => import('../../locales/ko/translation.json'),
    glossary: () => import('../../locales/ko/glossary.json'),
    people: () => import('../../locales/ko/people.json'),
  },
  ja: {
    common: () => import('../../locales/ja/common.json'),
    trips: () => import('../../locales/ja/trips.json'),
    members: () => import('../../locales/ja/members.json'),
    itinerary: () => import('../../locales/ja/itinerary.json'),
    notes: () => import('../../locales/ja/notes.json'),
    history: () => import('../../locales/ja/history.json'),
    menu: () => import('../../locales/ja/menu.json'),
    report: () => import('../../locales/ja/report.json'),
    search: () => import('../../locales/ja/search.json'),
    translation: () => import('../../locales/ja/translation.json'),
    glossary: () => import('../../locales/ja/glossary.json'),
    people: () => import('../../locales/ja/people.json'),
  },
};

/** Every namespace, as the English strings have them. */
export const NAMESPACES = Object.keys(BUNDLES.en) as Namespace[];

/** What the first screen (the list of trips) and the header around every screen say. */
export const FIRST_SCREEN_NAMESPACES = ['common', 'trips', 'search'] as const satisfies readonly Namespace[];

/** Loads a language's namespace for i18next, from the app's own files. */
export const stringsBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const bundle = BUNDLES[language as Language]?.[namespace as Namespace];
    if (!bundle) {
      callback(new Error(`No strings for ${language}/${namespace}`), false);
      return;
    }
    bundle().then(
      (strings) => callback(null, strings.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Brings every language's strings into memory, without giving them to i18next: a later switch of language waits for no file. */
export function preloadStrings(): Promise<unknown> {
  return Promise.all(Object.values(BUNDLES).flatMap((bundles) => Object.values(bundles).map((bundle) => bundle())));
}
