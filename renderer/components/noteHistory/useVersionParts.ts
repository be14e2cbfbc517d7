import type { NoteVersion, VersionedTable } from '@shared/model';
import { minutesListsText } from '@shared/notes/readable';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** One part of a version as a reader compares it, under the name its form gives it. */
export interface VersionPart {
  key: string;
  label: string;
  text: string;
}

export type PartsOf = (content: NoteVersion['content']) => readonly VersionPart[];

/** The minutes' parts a version is compared by, in the order the minutes' form shows them. */
const MINUTES_PARTS = ['agenda', 'discussion', 'decisions', 'followUps'] as const;
type MinutesPart = (typeof MINUTES_PARTS)[number];

const writtenText = (value: unknown): string =>
  typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string'
    ? (value as { text: string }).text
    : '';

function minutesPartText(part: MinutesPart, content: NoteVersion['content']): string {
  switch (part) {
    case 'agenda':
      return minutesListsText({ agenda: content.agenda });
    case 'followUps':
      return minutesListsText({ followUps: content.followUps });
    case 'discussion':
    case 'decisions':
      return writtenText(content[part]);
  }
}

/**
 * How a note's versions are split for the reader: the minutes by their
 * parts, so that the history says which text is the discussion and which
 * the decisions; undefined for a note of one text (or a question and its
 * answer), read whole.
 */
export function useVersionParts(table: VersionedTable): PartsOf | undefined {
  const { t } = useTranslation('notes');
  return useMemo(
    () =>
      table === 'minutes'
        ? (content) =>
            MINUTES_PARTS.map((part) => ({
              key: part,
              label: t(`minutes.${part}`),
              text: minutesPartText(part, content),
            }))
        : undefined,
    [table, t],
  );
}

/** The parts whose text differs between two versions, by their names. */
export function partsThatDiffer(before: readonly VersionPart[], after: readonly VersionPart[]): string[] {
  return after
    .filter((part) => (before.find((other) => other.key === part.key)?.text ?? '') !== part.text)
    .map((part) => part.label);
}
