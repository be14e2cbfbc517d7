import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HORIZON_MS, horizonOf } from './concurrent';
import { formatHlc, parseHlc } from './hlc';
import { applyChange, type Change, lostMoves, lostOf, mergeAll, type RecordState } from './merge';

const TRIP = '0192a000-0000-7000-8000-0000000000aa';
const RECORD = '0192a000-0000-7000-8000-000000000001';
const PATH = 'body/lang';
const MINUTE = 60_000;
/** Wall time of the sample trip's first morning, as a device's clock gives it. */
const NOW = Date.UTC(1996, 9, 22, 0, 30);

let counter = 0;
function answer(value: string, millis: number, deviceId: string, over: Change | null): Change {
  counter += 1;
  return {
    id: `0192b000-0000-7000-8000-${counter.toString(16).padStart(12, '0')}`,
    table: 'checklistAnswers',
    recordId: RECORD,
    tripId: TRIP,
    path: PATH,
    value,
    hlc: formatHlc({ millis, counter: 0, node: deviceId }),
    base: over?.hlc ?? null,
    deviceId,
    memberId: null,
  };
}

/**
 * A device receiving changes one by one, in its own order, marking lost
 * changes as its leaves say after each (the renderer's keepLost does so).
 */
function device(changes: readonly Change[]): { state: RecordState | undefined; marked: string[] } {
  let state: RecordState | undefined;
  const marked = new Set<string>();
  for (const change of changes) {
    const before = state;
    state = applyChange(state, change).state;
    const { lost, cleared } = lostMoves(before, state, PATH);
    for (const id of cleared) marked.delete(id);
    for (const { id } of lost) marked.add(id);
  }
  return { state, marked: [...marked].sort() };
}

/** Every order of a few changes. */
function orders<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    orders([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('deciding a lost change by what its writer had seen', () => {
  it('marks lost, on every device, an edit concurrent with a change stamped 290 s ahead that won it', () => {
    const first = answer('ko', NOW, 'laptop', null);
    const ahead = answer('ja', NOW + 290_000, 'skewed', first);
    const honest = answer('en', NOW + MINUTE, 'phone', first);
    for (const order of orders([first, ahead, honest])) {
      const { state, marked } = device(order);
      expect(state?.leaves[PATH]?.id).toBe(ahead.id);
      expect(marked).toEqual([honest.id]);
    }
    expect([...mergeAll([first, ahead, honest]).lost]).toEqual([honest.id]);
  });

  it('does not mark lost a change a later one was written over, nor one whose value won', () => {
    const first = answer('ko', NOW, 'laptop', null);
    const edit = answer('ja', NOW + MINUTE, 'phone', first);
    const same = answer('ja', NOW + 2 * MINUTE, 'tablet', first);
    for (const order of orders([first, edit, same])) expect(device(order).marked).toEqual([]);
  });

  it('marks lost an offline edit older than the value the winner replaced, which its writer never saw', () => {
    const first = answer('ko', NOW, 'laptop', null);
    // Made offline over the first value, on a slow clock.
    const offline = answer('en', NOW + MINUTE, 'member', first);
    const second = answer('ja', NOW + 5 * MINUTE, 'phone', first);
    const third = answer('ko', NOW + 9 * MINUTE, 'tablet', second);
    for (const order of orders([first, offline, second, third])) expect(device(order).marked).toEqual([offline.id]);
  });

  it('takes the mark off a lost change once a writer replaced it, or the leaf holds its value again', () => {
    const first = answer('ko', NOW, 'laptop', null);
    const winner = answer('ja', NOW + 2 * MINUTE, 'phone', first);
    const lost = answer('en', NOW + MINUTE, 'tablet', first);
    const over = answer('ja', NOW + 3 * MINUTE, 'laptop', lost);
    const restored = answer('en', NOW + 3 * MINUTE, 'phone', winner);
    expect(device([first, winner, lost]).marked).toEqual([lost.id]);
    expect(device([first, winner, lost, over]).marked).toEqual([]);
    expect(device([first, winner, lost, restored]).marked).toEqual([]);
  });

  it('keeps a lost change marked once it falls past the horizon, so that its text stays in the history', () => {
    const first = answer('ko', NOW, 'laptop', null);
    const winner = answer('ja', NOW + 2 * MINUTE, 'phone', first);
    const lost = answer('en', NOW + MINUTE, 'tablet', first);
    const muchLater = answer('ko', NOW + HORIZON_MS + 3 * MINUTE, 'phone', winner);
    expect(device([first, winner, lost, muchLater]).marked).toEqual([lost.id]);
    // What the leaf itself says, as a device that never held it: past the horizon, seen.
    expect(lostOf(device([first, winner, lost, muchLater]).state, PATH)).toEqual([]);
  });
});

/**
 * Edits of one leaf as devices make them: each over a value made before it
 * (or over nothing), its stamp after that value's, minutes to weeks apart,
 * so that chains, concurrent edits and the horizon all occur.
 */
const edits = fc
  .array(
    fc.record({
      after: fc.nat(),
      gap: fc.constantFrom(MINUTE, 30 * MINUTE, 3 * 24 * 60 * MINUTE, HORIZON_MS / 2),
      over: fc.option(fc.nat(), { nil: null, freq: 4 }),
      value: fc.constantFrom('ko', 'ja', 'en'),
      deviceId: fc.constantFrom('laptop', 'phone', 'tablet', 'skewed'),
    }),
    { maxLength: 14 },
  )
  .map((shapes) => {
    const made: Change[] = [];
    const millisOf = (change: Change | null | undefined) => (change ? parseHlc(change.hlc).millis : NOW);
    for (const shape of shapes) {
      const over = shape.over === null ? null : (made[shape.over % Math.max(1, made.length)] ?? null);
      const since = made[shape.after % Math.max(1, made.length)];
      made.push(answer(shape.value, Math.max(millisOf(since), millisOf(over)) + shape.gap, shape.deviceId, over));
    }
    return made;
  });

const settings = { seed: Number(process.env.FAST_CHECK_SEED ?? 1997), numRuns: 300 };

describe('a value leaf with its concurrent changes', () => {
  it('is the same leaf, with the same lost changes marked, whatever order its changes come in', () => {
    fc.assert(
      fc.property(edits, fc.infiniteStream(fc.nat()), (written, randoms) => {
        const expected = mergeAll(written);
        const leaf = [...expected.records.values()][0]?.leaves[PATH];
        const shuffled = [...written, ...written.slice(0, 3)].sort(() => (randoms.next().value % 3) - 1);
        const { state, marked } = device(shuffled);
        expect(state?.leaves[PATH]).toEqual(leaf);
        // A device's marks are the oracle's, but for those made before they fell past the horizon.
        const horizon = leaf ? horizonOf(leaf) : '';
        const kept = marked.filter((id) => (written.find((change) => change.id === id)?.hlc ?? '') >= horizon);
        expect(kept).toEqual([...expected.lost].sort());
      }),
      settings,
    );
  });

  it('keeps only the stamps and changes from its horizon on, however long it was written', () => {
    fc.assert(
      fc.property(edits, (written) => {
        const leaf = [...mergeAll(written).records.values()][0]?.leaves[PATH];
        if (!leaf) return;
        const horizon = horizonOf(leaf);
        for (const stamp of leaf.seen ?? []) expect(stamp >= horizon).toBe(true);
        for (const head of leaf.concurrent ?? []) expect(head.hlc >= horizon).toBe(true);
      }),
      settings,
    );
    // A leaf saved every day for a year keeps a month of it.
    const year: Change[] = [];
    for (let day = 0; day < 365; day++)
      year.push(answer(day % 2 ? 'ko' : 'ja', NOW + day * 1440 * MINUTE, 'laptop', year.at(-1) ?? null));
    const leaf = [...mergeAll(year).records.values()][0]?.leaves[PATH];
    expect(leaf?.seen?.length ?? 1).toBeLessThanOrEqual(31);
    expect(leaf?.concurrent).toBeUndefined();
  });
});
