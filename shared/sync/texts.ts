import { diffChars } from 'diff';
import * as Y from 'yjs';
import { type Checkpoint, isMergedText, type VouchedHead } from './leaves';

export { isMergedText };

/**
 * Merged texts (docs/sync-protocol.md, section 3.4): the free texts several
 * members write at once (a note's text and each of its translations) merge
 * as Yjs documents instead of taking the later value. A change of such a leaf
 * carries a Yjs update (`{ yjs }`, version 2 encoding, base64); the leaf's
 * state is every update merged, and its value the plain text they make, kept
 * in the record so that everything else reads text as before.
 */

/** The name of the one Y.Text in each document. */
const TEXT = 'text';

/** The value a change of a merged text carries: a Yjs update. */
export interface TextUpdate {
  yjs: string;
}

export type { Checkpoint, VouchedHead };

export function isCheckpoint(value: unknown): value is Checkpoint {
  return isTextUpdate(value) && typeof (value as Checkpoint).upTo === 'number';
}

export function isTextUpdate(value: unknown): value is TextUpdate {
  return typeof value === 'object' && value !== null && typeof (value as TextUpdate).yjs === 'string';
}

// Base64 by hand: shared/ runs in the browser and in Node, and neither's Buffer nor fromBase64 is in both.
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Whether base64 holds a Yjs update this code can read: a device must never store one that would stop its syncing. */
export function isReadableUpdate(base64: string): boolean {
  try {
    Y.decodeUpdateV2(fromBase64(base64));
    return true;
  } catch {
    return false;
  }
}

/**
 * A document for one leaf's state. Deleted text is kept (no garbage
 * collection): a version in a note's history may still show it. The guid is
 * never synced, so a fixed one spares drawing a random UUID (31 calls for
 * random bytes) for every document: a first sync opens tens of thousands.
 */
function newDoc(): Y.Doc {
  return new Y.Doc({ gc: false, guid: 'fieldbook-text' });
}

function docOf(state: Uint8Array | null): Y.Doc {
  const doc = newDoc();
  if (state) Y.applyUpdateV2(doc, state);
  return doc;
}

/** The plain text a merged state makes. */
export function textOf(state: Uint8Array | null): string {
  const doc = docOf(state);
  const text = doc.getText(TEXT).toString();
  doc.destroy();
  return text;
}

/** Updates merged into one, in any order: the same state for the same updates. */
export function mergeUpdates(updates: readonly Uint8Array[]): Uint8Array {
  return Y.mergeUpdatesV2([...updates]);
}

/** The Yjs client ids a merged state holds text of. */
export function clientsOf(state: Uint8Array): Set<number> {
  return new Set(Y.decodeStateVector(Y.encodeStateVectorFromUpdateV2(state)).keys());
}

/**
 * Whether a state holds everything `update` does: every item it made and
 * every deletion it records. What the server checks before letting an
 * update go in favour of a checkpoint, so that no text is lost to one that
 * missed something.
 */
export function holdsAll(state: Uint8Array): (update: Uint8Array) => boolean {
  const held = Y.decodeStateVector(Y.encodeStateVectorFromUpdateV2(state));
  const { ds } = Y.decodeUpdateV2(state);
  return (update) => {
    try {
      const { to } = Y.parseUpdateMetaV2(update);
      for (const [client, clock] of to) if ((held.get(client) ?? 0) < clock) return false;
      return Y.equalDeleteSets(ds, Y.mergeDeleteSets([ds, Y.decodeUpdateV2(update).ds]));
    } catch {
      return false;
    }
  };
}

/** FNV-1a over the UTF-16 units of a string: a 32-bit client id every device derives alike. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The client id of a text's first content: derived from the record, the
 * leaf and the text, so that two devices that start a leaf with the same
 * text (the sample trip loaded on both, or a text written before texts
 * merged) make the very same Yjs items, which merge into one, and two that
 * start it with different texts keep both.
 */
export function firstClientOf(recordId: string, path: string, text: string): number {
  return hash32(`${recordId}/${path}/${text}`);
}

/** A leaf's first state: its text inserted by the client every device derives alike. */
export function firstState(recordId: string, path: string, text: string): Uint8Array {
  const doc = newDoc();
  doc.clientID = firstClientOf(recordId, path, text);
  if (text) doc.getText(TEXT).insert(0, text);
  const state = Y.encodeStateAsUpdateV2(doc);
  doc.destroy();
  return state;
}

interface Edit {
  /** Where, in the text the edit was made over. */
  at: number;
  remove: number;
  insert: string;
}

/**
 * The edit that turns one text into another: what lies between their common
 * start and their common end. Typing between two saves is one such stretch;
 * a finer diff of unrelated texts would keep scattered common characters
 * (spaces, particles) that a concurrent edit may delete, and tear the text.
 */
function editsBetween(from: string, to: string): Edit[] {
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let end = 0;
  while (end < from.length - start && end < to.length - start && from.at(-1 - end) === to.at(-1 - end)) end++;
  // Never between the two halves of a surrogate pair (an emoji, a rare Han character).
  const high = (text: string, index: number) => /[\uD800-\uDBFF]/.test(text[index] ?? '');
  if (start > 0 && high(from, start - 1)) start--;
  if (end > 0 && high(from, from.length - end - 1)) end--;
  const remove = from.length - start - end;
  const insert = to.slice(start, to.length - end);
  return remove === 0 && insert === '' ? [] : [{ at: start, remove, insert }];
}

/**
 * Where each position of `base` is in `now` (a text that moved on from it),
 * and which of its characters are still there: a typed edit made over `base`
 * lands in `now` where it was meant, keeping what others wrote meanwhile.
 */
function alignment(base: string, now: string) {
  const position: number[] = new Array(base.length + 1).fill(0);
  const kept: boolean[] = new Array(base.length).fill(false);
  let b = 0;
  let n = 0;
  for (const part of diffChars(base, now)) {
    const length = part.value.length;
    if (part.added) n += length;
    else if (part.removed) {
      for (let i = 0; i < length; i++) position[b + i] = n;
      b += length;
    } else {
      for (let i = 0; i < length; i++) {
        position[b + i] = n + i;
        kept[b + i] = true;
      }
      b += length;
      n += length;
    }
  }
  position[base.length] = n;
  return { position, kept };
}

/** Applies edits made over `base` to the Y.Text, which holds `base` moved on by others' edits. */
function applyEdits(text: Y.Text, base: string, edits: readonly Edit[]): void {
  const now = text.toString();
  const { position, kept } = now === base ? { position: null, kept: null } : alignment(base, now);
  const at = (index: number) => (position ? (position[index] ?? now.length) : index);
  // From the end, so that each edit's positions still hold when it is applied.
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) {
    // What the edit removes, as far as it is still there, run by run: text others added inside it stays.
    let end = edit.at + edit.remove;
    while (end > edit.at) {
      let start = end - 1;
      if (kept && !kept[start]) {
        end = start;
        continue;
      }
      while (start > edit.at && (!kept || kept[start - 1]) && at(start - 1) === at(start) - 1) start--;
      text.delete(at(start), end - start);
      end = start;
    }
    // Typed text follows the character it was typed after, as Yjs anchors it: a member typing on keeps one run.
    const after = edit.at > 0 && (!kept || kept[edit.at - 1]) ? at(edit.at - 1) + 1 : at(edit.at);
    if (edit.insert) text.insert(after, edit.insert);
  }
}

export interface TextWrite {
  /** The leaf's merged state before the write; null when it has none yet. */
  state: Uint8Array | null;
  /** Its text from before texts merged (a plain value), when it has no merged state. */
  legacy: string | null;
  recordId: string;
  path: string;
  /** This writer's Yjs client id: never shared by two writers (see the store's write context). */
  clientId: number;
  /** The text the writer wants. */
  text: string;
  /**
   * The text the writer typed over, when it is not the leaf's text now (an
   * editor that kept typing while others' edits arrived): only what was
   * typed since is applied, and the others' edits stay. Without it the
   * write sets the text, as a form or a restore does.
   */
  base?: string | undefined;
}

/**
 * A local write of a merged text: the update to send (what this write adds,
 * with the leaf's first text when it had none, so that every update carries
 * what it was made over), the merged state after it, and its plain text.
 */
export function writeText({ state, legacy, recordId, path, clientId, text, base }: TextWrite): {
  update: Uint8Array;
  state: Uint8Array;
  text: string;
} {
  if (!state && !legacy) {
    const first = firstState(recordId, path, text);
    return { update: first, state: first, text };
  }
  const doc = docOf(state ?? firstState(recordId, path, legacy ?? ''));
  doc.clientID = clientId;
  const ytext = doc.getText(TEXT);
  const over = base ?? ytext.toString();
  doc.transact(() => applyEdits(ytext, over, editsBetween(over, text)));
  // Relative to what is stored: a first write over a legacy text carries that text's items too.
  const update = Y.encodeStateAsUpdateV2(doc, state ? Y.encodeStateVectorFromUpdateV2(state) : undefined);
  const merged = state ? mergeUpdates([state, update]) : Y.encodeStateAsUpdateV2(doc);
  const written = ytext.toString();
  doc.destroy();
  return { update, state: merged, text: written };
}

/**
 * A merged text as a state shows it now, in a few bytes (what is there and
 * what was deleted, not the text): a note's version keeps this, and finds
 * its text again in the note's state, which keeps deleted text (textAt).
 */
export function snapshotOf(state: Uint8Array): string {
  const doc = docOf(state);
  const snapshot = toBase64(Y.encodeSnapshotV2(Y.snapshot(doc)));
  doc.destroy();
  return snapshot;
}

/** The text a snapshot saw, from a state that holds at least what it saw; null when the state lacks some of it yet. */
export function textAt(state: Uint8Array, snapshot: string): string | null {
  const doc = docOf(state);
  try {
    const seen = Y.decodeSnapshotV2(fromBase64(snapshot));
    const held = Y.decodeStateVector(Y.encodeStateVector(doc));
    for (const [client, clock] of seen.sv) if ((held.get(client) ?? 0) < clock) return null;
    const then = Y.createDocFromSnapshot(doc, seen);
    const text = then.getText(TEXT).toString();
    then.destroy();
    return text;
  } catch {
    return null;
  } finally {
    doc.destroy();
  }
}

/** How many base64 characters `bytes` take. */
export function base64Length(bytes: Uint8Array): number {
  return 4 * Math.ceil(bytes.length / 3);
}

/**
 * A merged state as updates of at most `max` base64 characters each: one
 * per group of the Yjs clients that wrote it (every part with the whole
 * record of deletions), which merge into the state again in any order. So
 * all a device holds of a text, sent again when it starts over, never makes a
 * change too long for the server. One client's own part longer than `max`
 * (a single run of the app that typed that much) stays whole.
 */
export function splitState(state: Uint8Array, max: number): Uint8Array[] {
  if (base64Length(state) <= max) return [state];
  const ends = Y.decodeStateVector(Y.encodeStateVectorFromUpdateV2(state));
  // What the state holds of `clients` only: a state vector that says it has everything of the others.
  const partOf = (clients: ReadonlySet<number>) =>
    Y.diffUpdateV2(
      state,
      Y.encodeStateVector(new Map([...ends].map(([client, clock]) => [client, clients.has(client) ? 0 : clock]))),
    );
  const groups: { clients: Set<number>; length: number }[] = [];
  for (const client of ends.keys()) {
    const length = base64Length(partOf(new Set([client])));
    const group = groups.find((open) => open.length + length <= max);
    if (group) {
      group.clients.add(client);
      group.length += length;
    } else groups.push({ clients: new Set([client]), length });
  }
  // Joined, parts are about as long as their lengths added (each repeats the deletions the join holds once);
  // should a join come out longer after all, its clients go one by one.
  return groups.flatMap(({ clients }) => {
    const part = partOf(clients);
    return base64Length(part) <= max ? [part] : [...clients].map((client) => partOf(new Set([client])));
  });
}
