import { z } from 'zod';
import { recordId } from './ids';
import { MAX_NAME } from './limits';
import { memberInput } from './member';
import { tripScoped } from './meta';
import { localizedName, localizedPlace } from './text';
import { tooLong } from './validation';

/**
 * What a directory entry says of one host person (issue 24): the name as
 * written in each language (漢字 in `ja`, the Korean rendering in `ko`,
 * proposed from the reading by shared/people/reading's `hangulReading`), its
 * reading in kana, the name in passport romaji, title, department and
 * organisation per language, how to reach them, and the photo of their card.
 */
export const hostPersonFields = {
  name: localizedName,
  /** The name's reading in kana (たなか いちろう), from which its Hangul and romaji are proposed. */
  reading: z.string().trim().max(MAX_NAME, tooLong),
  /** The name in Latin letters as the person writes it (TANAKA Ichiro). */
  romanised: z.string().trim().max(MAX_NAME, tooLong),
  title: localizedName,
  department: localizedName,
  organisation: localizedName,
  /** As a member's: digits, spaces and +-(). */
  phone: memberInput.shape.phone,
  email: memberInput.shape.email,
  /** As each side writes it, like a host's address. */
  address: localizedPlace,
  /** How else to reach them, or who to ask: what an embedded person's `contact` held. */
  contact: z.string().trim().max(200, tooLong),
  /** The photo of their business card: an attachment of the trip, or null. */
  cardAttachmentId: recordId.nullable(),
};

/**
 * One person of the hosts' side in the trip's directory (`hostPeople`): an
 * itinerary item's contacts, the minutes' hosts present and a Q&A note's
 * answerer name an entry, so a correction made once shows everywhere
 * (shared/people/directory.ts resolves a reference to its entry).
 */
export const hostPersonEntry = tripScoped.extend(hostPersonFields);
export type HostPersonEntry = z.infer<typeof hostPersonEntry>;

/** What a directory form edits. */
export const hostPersonInput = z.object(hostPersonFields);
export type HostPersonInput = z.input<typeof hostPersonInput>;
