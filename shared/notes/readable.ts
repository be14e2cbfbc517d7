import type { Language } from '../i18n/languages';
import type { AgendaItem, FollowUp, HostPerson, LocalizedName, TranslatableText, VersionedTable } from '../model';

/** Who an id names, for a reader: a member's name. */
export type NameOf = (id: string) => string;

const nameIn = (name: LocalizedName | undefined, lang: Language): string =>
  name?.[lang]?.trim() || Object.values(name ?? {}).find((text) => text?.trim()) || '';

/** A text as its writer wrote it. */
const written = (text: Pick<TranslatableText, 'text'> | undefined) => text?.text ?? '';

const agendaText = (agenda: readonly AgendaItem[]) =>
  agenda
    .map((item) => [written(item.title), written(item.notes)].filter((line) => line.trim()).join('\n'))
    .join('\n\n');

const followUpsText = (followUps: readonly FollowUp[], nameOf?: NameOf) =>
  followUps
    .map((followUp) => {
      const owner = followUp.ownerId && nameOf ? ` (${nameOf(followUp.ownerId)})` : '';
      return `${followUp.done ? '☑' : '☐'} ${written(followUp.text)}${owner}`;
    })
    .join('\n');

const peopleText = (people: readonly HostPerson[], lang: Language) =>
  people.map((person) => [nameIn(person.name, lang), nameIn(person.title, lang)].filter(Boolean).join(', ')).join('\n');

/**
 * A note's leaf as a reader reads it in its history: a text as it is, the
 * minutes' agenda, follow-ups and attendees as their lines, a Q&A note's
 * asker, answerer and time, members by name; null for a leaf with nothing
 * to read (a language, a place in a list, a deletion). So
 * that a value that lost to another member's, or that the server refused,
 * is shown where its writer is told to look, whatever leaf it was.
 */
export function readableValue(
  table: VersionedTable,
  path: string,
  value: unknown,
  { lang, nameOf }: { lang: Language; nameOf: NameOf },
): string | null {
  if (path.endsWith('/text')) return typeof value === 'string' ? value : null;
  if (table === 'qaNotes') {
    // Who asked, who answered and when: what a Q&A note holds besides its texts.
    switch (path) {
      case 'askedBy':
        return typeof value === 'string' ? nameOf(value) : '';
      case 'answeredBy':
        return value && typeof value === 'object' ? peopleText([value as HostPerson], lang) : '';
      case 'time':
        return typeof value === 'string' ? value : '';
    }
    return null;
  }
  if (!Array.isArray(value)) return null;
  if (table === 'minutes') {
    switch (path) {
      case 'agenda':
        return agendaText(value as AgendaItem[]);
      case 'followUps':
        return followUpsText(value as FollowUp[], nameOf);
      case 'hostAttendees':
        return peopleText(value as HostPerson[], lang);
      case 'delegationAttendeeIds':
        return (value as string[]).map(nameOf).join('\n');
    }
  }
  return null;
}

/** The minutes' lists as a reader compares them between versions: the agenda and the follow-ups. */
export function minutesListsText(content: { agenda?: unknown; followUps?: unknown }): string {
  const agenda = Array.isArray(content.agenda) ? agendaText(content.agenda as AgendaItem[]) : '';
  const followUps = Array.isArray(content.followUps) ? followUpsText(content.followUps as FollowUp[]) : '';
  return [agenda, followUps].filter(Boolean).join('\n\n');
}
