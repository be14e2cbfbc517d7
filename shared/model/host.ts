import { z } from 'zod';
import { recordId } from './ids';
import { MAX_PEOPLE } from './limits';
import { localizedName, localizedPlace } from './text';
import { tooLong } from './validation';

/**
 * A person on the hosts' side (the governor, a section chief, a lecturer) as
 * a record names them: a copy of their name, title and contact, and the
 * trip's directory entry it stands for (`personId`, hostPeople.ts). A copy
 * without one (written before the directory, or by an app of protocol 10)
 * stands for the entry derived from it (shared/people/directory.ts), the
 * same on every device.
 */
export const hostPerson = z.object({
  name: localizedName,
  title: localizedName,
  /** How to reach them: phone, e-mail, or who to ask. */
  contact: z.string().trim().max(200, tooLong),
  personId: recordId.optional(),
});
export type HostPerson = z.infer<typeof hostPerson>;

/** The organisation a visit goes to. */
export const host = z.object({
  name: localizedName,
  /** As each side writes it: the delegation's bus driver and the hosts' reception read different scripts. */
  address: localizedPlace,
  contacts: z.array(hostPerson).max(MAX_PEOPLE),
});
export type Host = z.infer<typeof host>;
