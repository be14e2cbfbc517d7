import type { RecordId } from '@shared/model';
import type { NoteTarget } from '@shared/notes/noteTarget';
import type { Change, Leaf } from '@shared/sync/merge';
import type { Refusal } from '@shared/sync/permissions';
import type { RelayedKey } from '@shared/sync/signing';

/**
 * The rows of the device's own tables, which never sync: its settings, the
 * bytes of attachments, drafts of typed text, and the history of changes
 * applied here. The synced tables' rows are the shared model's records.
 */

/** A device-local value: this device's id, and later preferences. */
export interface Setting {
  key: string;
  value: unknown;
}

export interface AttachmentBlob {
  id: string;
  blob: Blob;
}

/**
 * Input typed and not yet saved where it belongs, kept in the database at
 * each keystroke so that a crash, a dead battery or a reload loses nothing:
 * a note's text between its saves (`note`), the Q&A composer's next note
 * (`composer`), a form's input until it is submitted (`form`). Device-local.
 *
 * A draft records who typed it, when, and which stored version of its
 * record it was typed over (`basedOn`, the record's hlc; null for a record
 * that did not exist yet), so that a draft never goes over text that
 * changed after it was typed (see noteDrafts.ts).
 */
export interface Draft {
  key: string;
  kind: 'note' | 'composer' | 'form';
  /** For a note: what the text belongs to, so that it can be saved on the next start. */
  target?: NoteTarget;
  value: unknown;
  memberId: RecordId | null;
  deviceId: string;
  typedAt: string;
  basedOn: string | null;
  /**
   * For a note: the value its editor showed when the typing began, so that
   * what was typed merges into the note however it changed since; absent
   * in drafts made before texts merged.
   */
  typedOver?: unknown;
  /** The run of the app that typed it; drafts of a run still open (another tab) are its own. */
  sessionId: string;
}

/**
 * A change written here and not yet acknowledged by the sync server. While a
 * push carrying it waits for its answer it is `sending`: the server may have
 * stored it already, so a later write of its leaf no longer takes its place
 * (see writeRecords).
 */
export type OutboxChange = Change & {
  sending?: true;
  /** The leaf this change (and the unsent ones it took the place of) replaced here; null for a leaf it made. */
  replaced?: Leaf | null;
};

/**
 * A change that did not become its leaf's value: it lost to a concurrent one
 * (shared/sync/merge.ts, lostOf), or the sync server refused it by the roles
 * and this device took it back (`refused`, why).
 */
export type LostChange = Change & { refused?: Refusal };

/** A change applied here, with what its leaf held before on this device. */
export interface HistoryEntry extends Change {
  /** The leaf's value here before the change; absent when the leaf was new here, or the change never became its value. */
  previous?: unknown;
  /**
   * For a leaf merged edit by edit (shared/notes/minutesMerge.ts), a change
   * written here: the value the other devices knew when it was written over
   * it, the base of the merge should it lose.
   */
  over?: unknown;
  /** Written on this device, or received from another. */
  origin: 'local' | 'remote';
}

/**
 * A signed change as this device pulled it (schema step 11): what it passes
 * on, as its author wrote it, when a server lost the trip or in a file.
 * Unsigned changes from before signatures are not kept: no server would
 * take them again.
 */
export type LoggedChange = Change & {
  bundle: string;
  /** Its place in this device's log, in the order it came (absent in rows logged before it was kept). */
  at?: number;
  /** 1 while a change a file brought waits to be passed on to the trip's server (relay.ts); absent otherwise. */
  passOn?: 1;
};

/** A trip's device key this device verified down from the trip's first device (signatures.ts). */
export type HeldKey = RelayedKey & { tripId: RecordId; revokedAfter: number | null };

/** An attachment's bytes from a .fieldbook file being taken in, checked against its name, until the file is applied. */
export interface StagedFile {
  sha256: string;
  blob: Blob;
}

/** A key a file carried for a device the trip does not know yet: as it claims to be, until an organiser decides. */
export type UnknownKey = RelayedKey & { tripId: RecordId };

/**
 * A trip's snapshot as a new device began from it, its states kept packed
 * (writes/recordStates.ts): up to where it holds the log, the latest stamp
 * in it, and into how many buckets its states are spread.
 */
export interface StateBase {
  tripId: string;
  upTo: number;
  latest: string;
  buckets: number;
}

/**
 * One bucket of a snapshot's packed states (format 2, shared/sync/snapshotPacking.ts)
 * as JSON; bucket STRINGS_BUCKET holds the strings they name.
 */
export interface StateBucket {
  tripId: string;
  bucket: number;
  json: string;
}
