import { z } from 'zod';
import { MAX_PEOPLE } from './limits';
import { localizedName, localizedPlace } from './text';
import { tooLong } from './validation';

/** A person on the hosts' side: the governor, a section chief, a lecturer. */
export const hostPerson = z.object({
  name: localizedName,
  title: localizedName,
  /** How to reach them: phone, e-mail, or who to ask. */
  contact: z.string().trim().max(200, tooLong),
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
