import type { Language } from '../i18n/languages';
import { namesToShow, type ShownName } from '../itinerary/names';
import type { LocalizedName, Member, Trip } from '../model';

/**
 * A member's names by language: `name` as the delegation writes it, in the
 * delegation's language, and `nameForHosts` in the hosts' (金永洙（キム・ヨンス）),
 * where one was entered. The report names members by the same pair
 * (`memberCell` in report/cells.ts).
 */
export function memberNames(
  member: Pick<Member, 'name' | 'nameForHosts'>,
  trip: Pick<Trip, 'languages'>,
): LocalizedName {
  const { home, host } = trip.languages;
  const forHosts = member.nameForHosts.trim();
  // The delegation's own name wins where both sides speak the same language: it is the one members know.
  return { ...(forHosts ? { [host]: forHosts } : {}), [home]: member.name };
}

/** How a screen names a member to one reader. */
export interface MemberName {
  /** What the reader reads: the name in their language where one was entered, else the delegation's. */
  name: ShownName;
  /** The member's other name, for a tooltip or beside the first where there is room; null when there is none. */
  other: ShownName | null;
}

/**
 * A member's name for a reader of `reader`: the one written in that
 * language where there is one (a Japanese reader reads 金永洙（キム・ヨンス）,
 * a Korean reader 김영수), else the delegation's, first (an English reader).
 * Every screen that shows a person names them by this.
 */
export function memberNameFor(
  member: Pick<Member, 'name' | 'nameForHosts'>,
  reader: Language,
  trip: Pick<Trip, 'languages'>,
): MemberName {
  const [name, other] = namesToShow(memberNames(member, trip), reader, trip);
  return { name: name ?? { text: member.name, lang: trip.languages.home }, other: other ?? null };
}
