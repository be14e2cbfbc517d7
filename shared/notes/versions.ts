import type { ChangedBy, NoteVersion } from '../model';

/** A pause in editing longer than this starts a new version of a note. */
export const VERSION_PAUSE_MS = 10 * 60 * 1000;

/**
 * Whether an edit extends the latest version of a note or starts a new one:
 * it extends it when the same member on the same device edited within the
 * last ten minutes, so that a note typed over a meeting is one version, and
 * a correction the next morning (or by someone else) is another.
 */
export function extendsVersion(
  latest: Pick<NoteVersion, 'updatedAt' | 'updatedBy'> | undefined,
  by: ChangedBy,
  now: Date,
): boolean {
  if (!latest) return false;
  const sameAuthor = latest.updatedBy.deviceId === by.deviceId && latest.updatedBy.memberId === by.memberId;
  return sameAuthor && now.getTime() - Date.parse(latest.updatedAt) < VERSION_PAUSE_MS;
}
