import { z } from 'zod';
import { tripScoped } from './meta';
import { localizedName } from './text';
import { tooLong } from './validation';

export const MEMBER_ROLES = ['organiser', 'member', 'interpreter'] as const;
export const memberRole = z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof memberRole>;

const memberFields = {
  name: z.string().trim().min(1, { error: 'validation.required' }).max(100, tooLong),
  /** The name as the hosts should read it (e.g. in kanji or katakana for Japanese hosts). */
  nameForHosts: z.string().trim().max(100, tooLong),
  /** The member's local government or institution, as written in each language. */
  affiliation: localizedName,
  role: memberRole,
  /** At most what SMTP carries (254). */
  email: z.union([z.literal(''), z.email({ error: 'validation.email' }).max(254, tooLong)]),
  phone: z
    .string()
    .trim()
    .max(40, tooLong)
    .regex(/^[0-9+\-().\s]*$/, { error: 'validation.phone' }),
};

/** What a member form edits. */
export const memberInput = z.object(memberFields);
export type MemberInput = z.input<typeof memberInput>;

export const member = tripScoped.extend(memberFields);
export type Member = z.infer<typeof member>;

/** Roster order: organisers, then members, then interpreters. */
export const ROLE_ORDER: Record<MemberRole, number> = { organiser: 0, member: 1, interpreter: 2 };
