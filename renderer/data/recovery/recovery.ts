import type { Language } from '@shared/i18n/languages';
import { liveSessions } from '../database/session';
import type { Store } from '../database/store';
import { importLegacyDrafts } from './legacyDrafts';
import { type Recovery, recoverNoteDrafts } from './noteDrafts';

/**
 * Puts text a run of the app typed and could not save before it ended (a
 * crash, a dead battery, a forced quit) where it belongs: drafts an earlier
 * version kept in localStorage first, then the note drafts of runs no
 * longer open (see noteDrafts.ts).
 */
export async function recoverTyping(store: Store, lang: Language): Promise<Recovery> {
  await importLegacyDrafts(store, lang);
  return recoverNoteDrafts(store, await liveSessions());
}
