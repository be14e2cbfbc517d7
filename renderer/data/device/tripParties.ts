import { language } from '@shared/i18n/languages';
import { z } from 'zod';
import type { FieldbookDB } from '../database/db';

const KEY = 'newTrip:parties';

const party = z.object({ language, timeZone: z.string() });

/** Who visits whom: the delegation's language and home zone, the hosts' language and zone. */
export const tripParties = z.object({ home: party, host: party });
export type TripParties = z.infer<typeof tripParties>;

/**
 * Who visited whom on the last trip made on this device (or as the first
 * trip's question answered it): where a new trip's form starts. The
 * interface language never decides it: a Korean delegation may well use the
 * Japanese interface. A setting of the device, never synced; null until asked.
 */
export async function getLastTripParties(db: FieldbookDB): Promise<TripParties | null> {
  const parsed = tripParties.safeParse((await db.settings.get(KEY))?.value);
  return parsed.success ? parsed.data : null;
}

export async function rememberTripParties(db: FieldbookDB, parties: TripParties): Promise<void> {
  await db.transaction('rw', db.settings, () => db.settings.put({ key: KEY, value: tripParties.parse(parties) }));
}
