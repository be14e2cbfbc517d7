import type { ChangedBy, NoteVersion, VersionedTable } from '../model';
import { isMergedText, leafPaths, withLeaf } from '../sync/leaves';
import { minutesListsText } from './readable';

/** A pause in editing longer than this starts a new version of a note, even in the same field. */
export const VERSION_PAUSE_MS = 2 * 60 * 1000;

/**
 * What a save is, for the history: who made it, in which stretch of editing
 * (an editor gives each time a person enters a field its own id; a save with
 * none, such as a restore or a recovery, is a stretch of its own), when, and
 * the note's text before and after it.
 */
export interface VersionEdit {
  by: ChangedBy;
  stretchId: string | null;
  now: Date;
  textBefore: string;
  textAfter: string;
}

/**
 * Whether a save extends the latest version of a note or starts a new one.
 * It extends it only while one person keeps editing in one stretch without
 * a long pause, and does not throw most of the text away: so that what was
 * there before anyone starts editing again, and what a rewrite replaced,
 * can always be restored. A recovered version (see `recovered` on
 * NoteVersion) is never extended.
 */
export function extendsVersion(
  latest: Pick<NoteVersion, 'updatedAt' | 'updatedBy' | 'stretchId' | 'recovered'> | undefined,
  edit: VersionEdit,
): boolean {
  if (!latest || latest.recovered || edit.stretchId === null || latest.stretchId !== edit.stretchId) return false;
  // The stretch is one editor's on one device: its writer is that device's, whatever member the server
  // names for its changes (the organiser's device recording on a member's behalf is told it is the organiser).
  const sameAuthor = latest.updatedBy.deviceId === edit.by.deviceId;
  const recent = edit.now.getTime() - Date.parse(latest.updatedAt) < VERSION_PAUSE_MS;
  return sameAuthor && recent && !isRewrite(edit.textBefore, edit.textAfter);
}

/**
 * Whether `after` throws away much of `before`: the span between their
 * common beginning and end is what was removed. A few characters corrected
 * is editing; most of a short text or a paragraph of a long one is a rewrite.
 */
export function isRewrite(before: string, after: string): boolean {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const removed = before.length - prefix - suffix;
  return removed >= 40 || (removed >= 3 && removed * 2 >= before.length);
}

type Content = NoteVersion['content'];

const textOf = (value: unknown): string =>
  typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string'
    ? (value as { text: string }).text
    : '';

/** The text a reader compares between versions of a note, by the kind of note. */
export function versionText(table: VersionedTable, content: Content): string {
  switch (table) {
    case 'checklistAnswers':
    case 'reportNotes':
      return textOf(content.body);
    case 'minutes':
      // The agenda's notes and the follow-ups too: a version that differs only there must show how.
      return [textOf(content.discussion), textOf(content.decisions), minutesListsText(content)]
        .filter(Boolean)
        .join('\n\n');
    case 'qaNotes':
      return [textOf(content.question), textOf(content.answer)].join('\n');
  }
}

/** How a version keeps a merged text (shared/sync/texts.ts): a snapshot of the note's state, not the text again. */
export interface TextSnapshot {
  yjsSnapshot: string;
}

const isSnapshot = (value: unknown): value is TextSnapshot =>
  typeof value === 'object' && value !== null && typeof (value as TextSnapshot).yjsSnapshot === 'string';

/** Each merged text a version's content holds, by its leaf path in the note. */
function mergedPaths(table: VersionedTable, content: Content): string[] {
  return leafPaths(table).filter((path) => isMergedText(table, path) && valueAt(content, path) !== undefined);
}

function valueAt(content: Content, path: string): unknown {
  return path.split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], content);
}

/**
 * A version's content with its merged texts kept as snapshots where the note
 * has one (`snapshotFor`): an autosave updates the version of the stretch
 * with every save, and the text it would repeat is already in the note.
 */
export function withSnapshots(
  table: VersionedTable,
  content: Content,
  snapshotFor: (path: string) => string | null,
): Content {
  return mergedPaths(table, content).reduce((kept, path) => {
    const snapshot = snapshotFor(path);
    return snapshot ? (withLeaf(kept, path, { yjsSnapshot: snapshot }) as Content) : kept;
  }, content);
}

/** A version's content with its texts again, as they were (`textFor` a snapshot's text; '' while it cannot be found yet). */
export function withTexts(
  table: VersionedTable,
  content: Content,
  textFor: (path: string, snapshot: string) => string | null,
): Content {
  return mergedPaths(table, content).reduce((kept, path) => {
    const value = valueAt(kept, path);
    return isSnapshot(value) ? (withLeaf(kept, path, textFor(path, value.yjsSnapshot) ?? '') as Content) : kept;
  }, content);
}
