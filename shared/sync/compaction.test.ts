import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LoggedChange, planCompaction } from './compaction';
import { HORIZON_MS, wins } from './concurrent';
import { formatHlc } from './hlc';
import { type Change, mergeAll, recordOf } from './merge';
import { type Checkpoint, firstState, fromBase64, mergeUpdates, textOf, toBase64, writeText } from './texts';

const TRIP = '0192a000-0000-7000-8000-0000000000aa';
const RECORD = '0192a000-0000-7000-8000-000000000001';
const DEVICES = ['laptop', 'phone', 'tablet'];
let counter = 0;
const nextId = () => {
  counter += 1;
  return `0192c000-0000-7000-8000-${counter.toString(16).padStart(12, '0')}`;
};

/** Updates of one text as three devices type into it, each over what it had. */
const first = firstState(RECORD, 'body/text', '회의록');
const UPDATES = [
  first,
  writeText({ state: first, legacy: null, recordId: RECORD, path: 'body/text', clientId: 1, text: '회의록 김' }).update,
  writeText({ state: first, legacy: null, recordId: RECORD, path: 'body/text', clientId: 2, text: '회의록 이' }).update,
  writeText({ state: first, legacy: null, recordId: RECORD, path: 'body/text', clientId: 3, text: '박 회의록' }).update,
].map((update) => ({ yjs: toBase64(update) }));

const changes = fc
  .array(
    fc
      .record({
        path: fc.constantFrom('body/text', 'body/lang', 'deletedAt'),
        millis: fc.integer({ min: 0, max: 30 }),
        deviceId: fc.constantFrom(...DEVICES),
        base: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
        text: fc.constantFrom<unknown>('예산', '予算', ...UPDATES),
        lang: fc.constantFrom('ko', 'ja'),
        deleted: fc.constantFrom(null, '1996-10-22T06:30:00.000Z'),
      })
      .map(
        (shape): Change => ({
          id: nextId(),
          table: 'checklistAnswers',
          recordId: RECORD,
          tripId: TRIP,
          path: shape.path,
          value: shape.path === 'body/text' ? shape.text : shape.path === 'body/lang' ? shape.lang : shape.deleted,
          hlc: formatHlc({ millis: shape.millis, counter: 0, node: shape.deviceId }),
          base: shape.base === null ? null : formatHlc({ millis: shape.base, counter: 0, node: 'laptop' }),
          deviceId: shape.deviceId,
          memberId: null,
        }),
      ),
    { maxLength: 40 },
  )
  .map(logged);

/** Changes as a server's log holds them: each with its place. */
function logged(written: readonly Change[]): LoggedChange[] {
  return written.map((change, index) => ({ ...change, seq: index + 1 }));
}

const records = (result: ReturnType<typeof mergeAll>) => [...result.records.values()].map(recordOf);

describe('compacting a trip’s log', () => {
  it('keeps what makes the same records and the same lost changes, whatever was written', () => {
    fc.assert(
      fc.property(changes, (written) => {
        const superseded = planCompaction(written);
        const kept = written.filter((change) => !superseded.has(change.id));
        const before = mergeAll(written);
        const after = mergeAll(kept);
        expect(records(after)).toEqual(records(before));
        expect([...after.lost].sort()).toEqual([...before.lost].sort());
      }),
      { numRuns: 300, seed: 1997 },
    );
  });

  it('lets a device that pulled part of the log before it was compacted mark the same changes lost', () => {
    fc.assert(
      fc.property(changes, fc.array(fc.boolean(), { maxLength: 40 }), (written, pulled) => {
        const superseded = planCompaction(written);
        const held = written.filter((_, index) => pulled[index]);
        const rest = written.filter((change) => !superseded.has(change.id));
        const before = mergeAll(written);
        const after = mergeAll([...held, ...rest]);
        expect(records(after)).toEqual(records(before));
        expect([...after.lost].sort()).toEqual([...before.lost].sort());
      }),
      { numRuns: 300, seed: 1998 },
    );
  });

  it('lets go of a note’s saves from before its horizon, and keeps every update of a text typed in many, as signed', () => {
    // Saved nine times on the first day, and once more after the horizon.
    const millisOf = (index: number) => (index < 9 ? index : HORIZON_MS + index);
    const saves = Array.from(
      { length: 10 },
      (_, index): Change => ({
        id: nextId(),
        table: 'checklistAnswers',
        recordId: RECORD,
        tripId: TRIP,
        path: 'body/lang',
        value: index % 2 ? 'ko' : 'ja',
        hlc: formatHlc({ millis: millisOf(index), counter: 0, node: 'laptop' }),
        base: index ? formatHlc({ millis: millisOf(index - 1), counter: 0, node: 'laptop' }) : null,
        deviceId: 'laptop',
        memberId: null,
      }),
    );
    const typed = UPDATES.map(
      (value, index): Change =>
        ({
          ...saves[0],
          id: nextId(),
          path: 'body/text',
          value,
          hlc: formatHlc({ millis: index, counter: 0, node: 'phone' }),
        }) as Change,
    );
    const superseded = planCompaction(logged([...saves, ...typed]));
    expect(superseded.size).toBe(9);
    expect(typed.filter((update) => superseded.has(update.id))).toEqual([]);
    // Within the horizon, an edit written over another stays: a device that holds the other learns from it that it was seen.
    expect(planCompaction(logged(saves.slice(0, 9))).size).toBe(0);
  });

  describe('with checkpoints of a merged text', () => {
    /** Three writers typing into one text, each update over what its writer had, logged as they come. */
    const typing = fc
      .array(
        fc.record({
          writer: fc.integer({ min: 1, max: 3 }),
          word: fc.constantFrom('김', '이', '박', '予算', ''),
          millis: fc.integer({ min: 0, max: 50 }),
        }),
        {
          minLength: 1,
          maxLength: 12,
        },
      )
      .map((steps) => {
        const held = new Map<number, Uint8Array>();
        return logged(
          steps.map(({ writer, word, millis }) => {
            const state = held.get(writer) ?? first;
            const text = `${textOf(state)}${word}`;
            const written = writeText({
              state,
              legacy: null,
              recordId: RECORD,
              path: 'body/text',
              clientId: writer,
              text,
            });
            held.set(writer, written.state);
            return {
              id: nextId(),
              table: 'checklistAnswers',
              recordId: RECORD,
              tripId: TRIP,
              path: 'body/text',
              value: { yjs: toBase64(written.update) },
              hlc: formatHlc({ millis, counter: writer, node: DEVICES[writer - 1] ?? 'laptop' }),
              base: null,
              deviceId: DEVICES[writer - 1] ?? 'laptop',
              memberId: null,
            };
          }),
        );
      });

    /** An organiser's checkpoint of the updates it holds (those `held` keeps), standing for the log up to `upTo`. */
    function checkpointOf(log: readonly LoggedChange[], upTo: number, held: (change: LoggedChange) => boolean) {
      const mine = log.filter((change) => change.seq <= upTo && held(change));
      const updates = mine.map((change) => fromBase64((change.value as { yjs: string }).yjs));
      const latest = mine.reduce<LoggedChange | undefined>(
        (best, change) => (!best || wins(change, best) ? change : best),
        undefined,
      );
      if (!latest) return null;
      const { id, hlc, base, deviceId, memberId } = latest;
      const value: Checkpoint = {
        yjs: toBase64(mergeUpdates([first, ...updates])),
        upTo,
        head: { id, hlc, base, deviceId, memberId },
      };
      return {
        ...latest,
        id: nextId(),
        value,
        hlc: formatHlc({ millis: 99, counter: 0, node: 'organiser' }),
        deviceId: 'organiser',
        seq: log.length + 1,
      };
    }

    it('lets go of every update a checkpoint holds, and the records stay as they were', () => {
      fc.assert(
        fc.property(typing, fc.nat(), (log, cut) => {
          const upTo = cut % (log.length + 1);
          const checkpoint = checkpointOf(log, upTo, () => true);
          if (!checkpoint) return;
          const all = [...log, checkpoint];
          const superseded = planCompaction(all);
          expect([...superseded].sort()).toEqual(
            log
              .filter((change) => change.seq <= upTo)
              .map((change) => change.id)
              .sort(),
          );
          const kept = all.filter((change) => !superseded.has(change.id));
          expect(records(mergeAll(kept))).toEqual(records(mergeAll(all)));
        }),
        { numRuns: 200, seed: 2001 },
      );
    });

    it('keeps an update a checkpoint missed, so no text is lost to it', () => {
      fc.assert(
        fc.property(typing, fc.array(fc.boolean(), { maxLength: 12 }), (log, mask) => {
          const checkpoint = checkpointOf(log, log.length, (change) => mask[change.seq - 1] ?? true);
          if (!checkpoint) return;
          const all = [...log, checkpoint];
          const superseded = planCompaction(all);
          const kept = all.filter((change) => !superseded.has(change.id));
          expect(records(mergeAll(kept))).toEqual(records(mergeAll(all)));
        }),
        { numRuns: 200, seed: 2002 },
      );
    });
  });
});
