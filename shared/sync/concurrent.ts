import { formatHlc, parseHlc } from './hlc';

/**
 * A change as a leaf keeps it: what it set, when, over what (`base`, the
 * stamp of the value its writer saw and replaced) and by whom.
 */
export interface Head {
  id: string;
  value: unknown;
  hlc: string;
  base: string | null;
  deviceId: string;
  memberId: string | null;
  /** The bundle whose signature covers the change (signing.ts), when it had one: kept so a lost change can be shown and relayed as signed. */
  bundle?: string | null;
}

/**
 * A value leaf as a device keeps it (docs/sync-protocol.md, section 3.2):
 * the change that won it, the stamps its writers replaced, and the changes
 * no writer replaced besides the winner, those that lost among them.
 */
export interface ValueLeaf extends Head {
  /**
   * The stamps of this leaf's values that a change was written over (the
   * `base` of every change received), sorted, from HORIZON_MS before the
   * winner on; absent when it is the winner's own base alone.
   */
  seen?: string[];
  /**
   * The changes of this leaf that no change was written over, other than the
   * winner, in stamp order: those with another value than the winner's are
   * lost; those with the same one lose should the value change.
   */
  concurrent?: Head[];
}

/**
 * How far before a leaf's winner a change counts as seen by the leaf's
 * writers whatever its stamp: a writer's clock comes after every stamp it
 * received, so such a change comes from a device that heard nothing of the
 * trip for that long. It bounds what a leaf keeps (the stamps replaced in
 * that time), and, being reckoned from the winner, which every device holds
 * and compaction keeps, it is the same on every device.
 */
export const HORIZON_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Which of two changes of one leaf wins: the later stamp; stamps end with the
 * device id, so two devices never tie; the change id settles the impossible
 * rest, so the rule is total.
 */
export function wins(a: Pick<Head, 'hlc' | 'id'>, b: Pick<Head, 'hlc' | 'id'>): boolean {
  return a.hlc === b.hlc ? a.id > b.id : a.hlc > b.hlc;
}

const byStamp = (a: Head, b: Head) => (wins(a, b) ? 1 : -1);

/** The stamp before which a change of a leaf that `winner` holds counts as seen; '' when none does. */
export function horizonOf(winner: Pick<Head, 'hlc'>): string {
  const millis = parseHlc(winner.hlc).millis - HORIZON_MS;
  return millis > 0 ? formatHlc({ millis, counter: 0, node: '' }) : '';
}

export const headOf = ({ id, value, hlc, base, deviceId, memberId, bundle }: Head): Head => ({
  id,
  value,
  hlc,
  base,
  deviceId,
  memberId,
  ...(bundle === undefined ? {} : { bundle }),
});

/** The stamps a leaf's writers replaced, as far as the leaf knows (a leaf kept before it knew more: its own base). */
export function seenOf(leaf: ValueLeaf | undefined): string[] {
  if (!leaf) return [];
  return leaf.seen ?? (leaf.base === null ? [] : [leaf.base]);
}

/**
 * A value leaf made of changes (`heads`, one per id) and the stamps their
 * writers replaced: the winner, the others no writer replaced, the stamps
 * from the horizon on. A function of the changes alone, whatever order they
 * came in: so every device and the oracle keep the same leaf.
 */
export function leafOf(heads: readonly Head[], replaced: Iterable<string>): ValueLeaf {
  const [first, ...rest] = heads;
  if (!first) throw new Error('A leaf needs a change');
  const winner = rest.reduce((best, head) => (wins(head, best) ? head : best), first);
  const horizon = horizonOf(winner);
  const seen = [...new Set(replaced)].filter((stamp) => stamp >= horizon).sort();
  const concurrent = heads
    .filter((head) => head.id !== winner.id && head.hlc >= horizon && !seen.includes(head.hlc))
    .map(headOf)
    .sort(byStamp);
  const leaf: ValueLeaf = headOf(winner);
  const ownBase = winner.base === null ? [] : [winner.base];
  if (seen.length !== ownBase.length || seen.some((stamp, index) => stamp !== ownBase[index])) leaf.seen = seen;
  if (concurrent.length > 0) leaf.concurrent = concurrent;
  return leaf;
}

/** The changes a value leaf holds: its winner and the concurrent ones. */
export const headsOf = (leaf: ValueLeaf | undefined): Head[] =>
  leaf ? [headOf(leaf), ...(leaf.concurrent ?? [])] : [];

/** Whether a value leaf holds the change already, as its winner or a concurrent one. */
export const holds = (leaf: ValueLeaf | undefined, id: string): boolean =>
  leaf !== undefined && (leaf.id === id || (leaf.concurrent ?? []).some((head) => head.id === id));

/**
 * A value leaf with one more change, or `dropped` (a change of this device
 * never sent, which the new one took the place of) left out. Pure.
 */
export function withChange(leaf: ValueLeaf | undefined, incoming: Head, dropped?: string): ValueLeaf {
  const heads = headsOf(leaf).filter((head) => head.id !== dropped && head.id !== incoming.id);
  return leafOf([...heads, incoming], [...seenOf(leaf), ...(incoming.base === null ? [] : [incoming.base])]);
}

/** The changes of a value leaf that lost: the concurrent ones whose value differs from the winner's. */
export function lostHeads(leaf: ValueLeaf | undefined): Head[] {
  return (leaf?.concurrent ?? []).filter((head) => !sameValue(head.value, leaf?.value));
}

/**
 * Equal as values, whatever the order of object keys: devices and the
 * server may hand the same object back with its keys in another order.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = new Map(Object.entries(b).filter(([, value]) => value !== undefined));
  return left.length === right.size && left.every(([key, value]) => right.has(key) && sameValue(value, right.get(key)));
}

/**
 * A value leaf as if `withdrawn` (its winner, this device's change the server
 * refused) had never been written: the leaf it replaced here (`replaced`)
 * and the changes received since, the later winning; undefined when none
 * is left. The stamp it was written over is no longer taken as replaced,
 * unless a change received was written over it too.
 */
export function withoutChange(leaf: ValueLeaf, withdrawn: Head, replaced: ValueLeaf | null): ValueLeaf | undefined {
  const concurrent = leaf.concurrent ?? [];
  const heads = [...headsOf(replaced ?? undefined), ...concurrent].filter(
    (head, index, all) => head.id !== withdrawn.id && all.findIndex((other) => other.id === head.id) === index,
  );
  if (heads.length === 0) return undefined;
  const kept = seenOf(leaf).filter(
    (stamp) => stamp !== withdrawn.base || concurrent.some((head) => head.base === stamp),
  );
  return leafOf(heads, [...kept, ...seenOf(replaced ?? undefined)]);
}
