import type { Head } from './concurrent';
import type { Leaf, RecordState } from './merge';

/**
 * A snapshot's states as format 2 writes them (docs/sync-protocol.md,
 * section 3.6): a trip's leaves repeat a few hundred strings tens of
 * thousands of times (their stamps, devices, authors, bundles, paths and
 * tables), which format 1 wrote out each time, so that its JSON was three
 * fifths names. Format 2 writes each such string once, in `strings`, and a
 * leaf as an array that names them by index; what a device must unzip,
 * decode and parse shrinks by half, and the strings a check has passed are
 * the same few objects from one leaf to the next.
 *
 * A state is `[table, id, path, leaf, path, leaf, ...]` (table and paths as
 * indices), a leaf `[id, value, hlc, base, deviceId, memberId, bundle]`
 * with, when it has any, an eighth element `{ s, c, t, l }`: its `seen`
 * stamps (indices), its `concurrent` changes (heads as arrays), its merged
 * text (`text`, base64) and its `legacy` leaf. Null is -1; a bundle a change
 * never had is -2, so that every leaf comes back exactly as it went.
 */

const NULL = -1;
const ABSENT = -2;

type PackedHead = [string, unknown, number, number, number, number, number];
interface PackedExtra {
  s?: number[];
  c?: PackedHead[];
  t?: string;
  l?: PackedLeaf;
}
type PackedLeaf = PackedHead | [...PackedHead, PackedExtra];

export interface PackedStates {
  strings: string[];
  states: unknown[][];
}

/** Packs states into format 2: each repeated string written once. */
export function packStates(states: readonly RecordState[]): PackedStates {
  const strings: string[] = [];
  const indices = new Map<string, number>();
  const name = (value: string): number => {
    let index = indices.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      indices.set(value, index);
    }
    return index;
  };
  const nameOrNull = (value: string | null | undefined) =>
    value === undefined ? ABSENT : value === null ? NULL : name(value);
  const head = (one: Head): PackedHead => [
    one.id,
    one.value,
    name(one.hlc),
    nameOrNull(one.base),
    name(one.deviceId),
    nameOrNull(one.memberId),
    nameOrNull(one.bundle),
  ];
  const leaf = (one: Leaf): PackedLeaf => {
    const extra: PackedExtra = {};
    if (one.seen) extra.s = one.seen.map(name);
    if (one.concurrent) extra.c = one.concurrent.map(head);
    if (one.text !== undefined) extra.t = one.text;
    if (one.legacy) extra.l = leaf(one.legacy);
    return Object.keys(extra).length > 0 ? [...head(one), extra] : head(one);
  };
  return {
    strings,
    states: states.map((state) => {
      const packed: unknown[] = [name(state.table), state.id];
      for (const [path, one] of Object.entries(state.leaves)) packed.push(name(path), leaf(one));
      return packed;
    }),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Unpacks format 2's states for the trip `tripId`, as format 1 held them,
 * or null when their shape is not format 2's (an index out of range, a
 * leaf of the wrong length, a key no leaf has). Only the shape is checked
 * here: the stamps, ids and values are checked as format 1's are.
 */
export function unpackStates(strings: readonly unknown[], packed: readonly unknown[], tripId: string) {
  if (!strings.every((one) => typeof one === 'string')) return null;
  const named = strings as readonly string[];
  const string = (index: unknown): string => {
    const value = Number.isInteger(index) ? named[index as number] : undefined;
    if (value === undefined) throw new RangeError('not a string of the snapshot');
    return value;
  };
  const orNull = (index: unknown) => (index === NULL ? null : string(index));
  const head = (packedHead: unknown): Head => {
    if (!Array.isArray(packedHead) || packedHead.length < 7) throw new RangeError('not a head');
    const [id, value, hlc, base, deviceId, memberId, bundle] = packedHead;
    if (typeof id !== 'string') throw new RangeError('not a change id');
    const one: Head = {
      id,
      value,
      hlc: string(hlc),
      base: orNull(base),
      deviceId: string(deviceId),
      memberId: orNull(memberId),
    };
    if (bundle !== ABSENT) one.bundle = orNull(bundle);
    return one;
  };
  const leaf = (packedLeaf: unknown, depth = 0): Leaf => {
    const one: Leaf = head(packedLeaf);
    const { length } = packedLeaf as unknown[];
    if (length === 7) return one;
    const extra = (packedLeaf as unknown[])[7];
    if (length !== 8 || !isObject(extra)) throw new RangeError('not a leaf');
    // A legacy leaf holds one text's changes from before texts merged: no merged state, no legacy of its own.
    const keys = depth === 0 ? ['s', 'c', 't', 'l'] : ['s', 'c'];
    for (const key in extra) if (!keys.includes(key)) throw new RangeError('not a leaf');
    const { s, c, t, l } = extra;
    if (s !== undefined) one.seen = Array.isArray(s) ? s.map(string) : [string(undefined)];
    if (c !== undefined) one.concurrent = Array.isArray(c) ? c.map(head) : [head(undefined)];
    if (t !== undefined) one.text = t as string;
    if (l !== undefined) one.legacy = leaf(l, depth + 1);
    return one;
  };
  try {
    return packed.map((state): RecordState => {
      if (!Array.isArray(state) || state.length % 2 !== 0 || typeof state[1] !== 'string') throw new RangeError();
      const leaves: [string, Leaf][] = [];
      for (let at = 2; at < state.length; at += 2) leaves.push([string(state[at]), leaf(state[at + 1])]);
      // fromEntries makes a path such as __proto__ a key like any other, for the checks to refuse.
      const table = string(state[0]) as RecordState['table'];
      return { table, id: state[1], tripId, leaves: Object.fromEntries(leaves) };
    });
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
