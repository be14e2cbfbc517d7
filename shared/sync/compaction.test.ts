import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NOTE_TEXT } from '../model';
import { planCompaction } from './compaction';
import { formatHlc } from './hlc';
import { MAX_TEXT_UPDATE } from './leaves';
import { type Change, mergeAll, recordOf } from './merge';
import { base64Length, firstState, mergeUpdates, toBase64, writeText } from './texts';

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

const changes = fc.array(
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
);

const records = (result: ReturnType<typeof mergeAll>) => [...result.records.values()].map(recordOf);

describe('compacting a trip’s log', () => {
  it('keeps what makes the same records and the same lost changes, whatever was written', () => {
    fc.assert(
      fc.property(changes, (written) => {
        const { superseded, checkpoints } = planCompaction(written, nextId);
        const kept = [
          ...written.filter((change) => !superseded.has(change.id)),
          ...checkpoints.map((checkpoint) => checkpoint.change),
        ];
        const before = mergeAll(written);
        const after = mergeAll(kept);
        expect(records(after)).toEqual(records(before));
        expect([...after.lost].sort()).toEqual([...before.lost].sort());
      }),
      { numRuns: 300, seed: 1997 },
    );
  });

  it('leaves one change per leaf of a note saved many times, and one update of a text typed in many', () => {
    const saves = Array.from(
      { length: 10 },
      (_, index): Change => ({
        id: nextId(),
        table: 'checklistAnswers',
        recordId: RECORD,
        tripId: TRIP,
        path: 'body/lang',
        value: index % 2 ? 'ko' : 'ja',
        hlc: formatHlc({ millis: index, counter: 0, node: 'laptop' }),
        base: index ? formatHlc({ millis: index - 1, counter: 0, node: 'laptop' }) : null,
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
    const { superseded, checkpoints } = planCompaction([...saves, ...typed], nextId);
    expect(superseded.size).toBe(9 + typed.length);
    expect(checkpoints).toHaveLength(1);
  });

  it('keeps a text’s updates as they are when one holding them all would be too long for a change', () => {
    const start = firstState(RECORD, 'body/text', '');
    // Six members who each wrote the longest text one may, at once: no device could take one update of it.
    const updates = ['가', '나', '다', '라', '마', '바'].map(
      (syllable, index) =>
        writeText({
          state: start,
          legacy: null,
          recordId: RECORD,
          path: 'body/text',
          clientId: index + 1,
          text: syllable.repeat(MAX_NOTE_TEXT),
        }).update,
    );
    expect(base64Length(mergeUpdates(updates))).toBeGreaterThan(MAX_TEXT_UPDATE);
    const typed = updates.map(
      (update, index): Change => ({
        id: nextId(),
        table: 'checklistAnswers',
        recordId: RECORD,
        tripId: TRIP,
        path: 'body/text',
        value: { yjs: toBase64(update) },
        hlc: formatHlc({ millis: index, counter: 0, node: 'phone' }),
        base: null,
        deviceId: 'phone',
        memberId: null,
      }),
    );
    expect(planCompaction(typed, nextId)).toEqual({ superseded: new Set(), checkpoints: [] });
    expect(planCompaction(typed.slice(0, 2), nextId).checkpoints).toHaveLength(1);
  });
});
