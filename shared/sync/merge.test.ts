import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc';
import { applyChange, type Change, checkChange, mergeAll, recordOf } from './merge';
import { firstState, toBase64, writeText } from './texts';

const TRIP = '0192a000-0000-7000-8000-0000000000aa';
const RECORDS = ['0192a000-0000-7000-8000-000000000001', '0192a000-0000-7000-8000-000000000002'];
const DEVICES = ['laptop', 'phone', 'tablet'];
const PATHS = ['body/text', 'body/lang', 'body/translations/ja', 'deletedAt'] as const;
/** Updates of a merged text as devices write them: a first text, and two edits of it made apart. */
const first = firstState(RECORDS[0] ?? '', 'body/text', '예산');
const UPDATES = [
  first,
  writeText({ state: first, legacy: null, recordId: '', path: '', clientId: 5, text: '현 예산의 1/4' }).update,
  writeText({ state: first, legacy: null, recordId: '', path: '', clientId: 6, text: '국가 예산' }).update,
  writeText({
    state: null,
    legacy: '予算',
    recordId: RECORDS[1] ?? '',
    path: 'body/text',
    clientId: 7,
    text: '予算の半分',
  }).update,
].map((update) => ({ yjs: toBase64(update) }));

const VALUE_OF: Record<(typeof PATHS)[number], fc.Arbitrary<unknown>> = {
  // Plain values from before texts merged, and updates.
  'body/text': fc.constantFrom('예산', '予算', 'budget', '', ...UPDATES),
  'body/lang': fc.constantFrom('ko', 'ja', 'en'),
  'body/translations/ja': fc.constantFrom('予算', null),
  deletedAt: fc.constantFrom(null, '1996-10-22T06:30:00.000Z'),
};

let counter = 0;
const changeId = () => {
  counter += 1;
  return `0192b000-0000-7000-8000-${counter.toString(16).padStart(12, '0')}`;
};

/** Changes of answers as devices write them: a small world, so that leaves collide often. */
const changes = fc.array(
  fc
    .record({
      recordId: fc.constantFrom(...RECORDS),
      path: fc.constantFrom(...PATHS),
      millis: fc.integer({ min: 0, max: 20 }),
      counter: fc.integer({ min: 0, max: 2 }),
      deviceId: fc.constantFrom(...DEVICES),
      base: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
    })
    .chain((shape) =>
      VALUE_OF[shape.path].map(
        (value): Change => ({
          id: changeId(),
          table: 'checklistAnswers',
          recordId: shape.recordId,
          tripId: TRIP,
          path: shape.path,
          value,
          hlc: formatHlc({ millis: shape.millis, counter: shape.counter, node: shape.deviceId }),
          base: shape.base === null ? null : formatHlc({ millis: shape.base, counter: 0, node: 'laptop' }),
          deviceId: shape.deviceId,
          memberId: null,
        }),
      ),
    ),
  { maxLength: 40 },
);

const settings = { seed: Number(process.env.FAST_CHECK_SEED ?? 1996), numRuns: 300 };

function snapshot(result: ReturnType<typeof mergeAll>) {
  return {
    records: [...result.records.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, state]) => [key, recordOf(state)]),
    lost: [...result.lost].sort(),
  };
}

describe('merging changes', () => {
  it('gives the same records and the same lost changes whatever the order, repetition and batching', () => {
    fc.assert(
      fc.property(changes, fc.infiniteStream(fc.nat()), fc.nat({ max: 40 }), (written, randoms, batch) => {
        const expected = snapshot(mergeAll(written));
        const shuffled = [...written].sort(() => (randoms.next().value % 3) - 1);
        const repeated = [...shuffled, ...written.slice(0, batch)];
        // Applied batch by batch, each batch on the records the earlier ones made.
        let records = mergeAll([]).records;
        for (let at = 0; at < repeated.length; at += Math.max(1, batch)) {
          for (const change of repeated.slice(at, at + Math.max(1, batch))) {
            const key = `${change.table}:${change.recordId}`;
            records.set(key, applyChange(records.get(key), change).state);
          }
          records = new Map(records);
        }
        const batched = mergeAll(repeated);
        expect(snapshot(batched)).toEqual(expected);
        expect(snapshot({ records, lost: batched.lost })).toEqual(expected);
      }),
      settings,
    );
  });

  it('lets the later stamp win a leaf, ties broken by device, and keeps the other leaves of the record', () => {
    const base = {
      table: 'checklistAnswers' as const,
      recordId: RECORDS[0] ?? '',
      tripId: TRIP,
      memberId: null,
      base: null,
    };
    const author = {
      ...base,
      id: changeId(),
      path: 'body/text',
      value: '예산',
      hlc: formatHlc({ millis: 5, counter: 0, node: 'laptop' }),
      deviceId: 'laptop',
    };
    const translator = {
      ...base,
      id: changeId(),
      path: 'body/translations/ja',
      value: '予算',
      hlc: formatHlc({ millis: 4, counter: 0, node: 'phone' }),
      deviceId: 'phone',
    };
    const sameTime = {
      ...base,
      id: changeId(),
      path: 'body/text',
      value: '예산안',
      hlc: formatHlc({ millis: 5, counter: 0, node: 'tablet' }),
      deviceId: 'tablet',
    };
    const { records, lost } = mergeAll([sameTime, translator, author]);
    const record = recordOf(
      [...records.values()][0] ?? { table: 'checklistAnswers', id: '', tripId: TRIP, leaves: {} },
    );
    expect(record.body).toEqual({ text: '예산안', translations: { ja: '予算' } });
    expect(record.updatedBy).toEqual({ deviceId: 'tablet', memberId: null });
    expect(record.createdAt).toBe(new Date(4).toISOString());
    expect([...lost]).toEqual([author.id]);
  });

  it('marks as lost only a change the winner did not know of, not one it was written over', () => {
    const base = {
      table: 'checklistAnswers' as const,
      recordId: RECORDS[0] ?? '',
      tripId: TRIP,
      memberId: null,
      path: 'body/text',
    };
    const first = {
      ...base,
      id: changeId(),
      value: '초안',
      hlc: formatHlc({ millis: 1, counter: 0, node: 'laptop' }),
      base: null,
      deviceId: 'laptop',
    };
    const edit = {
      ...base,
      id: changeId(),
      value: '고친 글',
      hlc: formatHlc({ millis: 2, counter: 0, node: 'phone' }),
      base: first.hlc,
      deviceId: 'phone',
    };
    const meanwhile = {
      ...base,
      id: changeId(),
      value: '다른 고침',
      hlc: formatHlc({ millis: 3, counter: 0, node: 'tablet' }),
      base: first.hlc,
      deviceId: 'tablet',
    };
    expect([...mergeAll([first, edit]).lost]).toEqual([]);
    expect([...mergeAll([meanwhile, first, edit]).lost]).toEqual([edit.id]);
  });

  it('does not count as lost a change with the same value, its keys in another order', () => {
    const base = {
      table: 'itineraryItems' as const,
      recordId: RECORDS[0] ?? '',
      tripId: TRIP,
      memberId: null,
      path: 'host',
      base: null,
    };
    const laptop = {
      ...base,
      id: changeId(),
      value: { ko: '후쿠오카현청', ja: '福岡県庁', people: ['知事'] },
      hlc: formatHlc({ millis: 1, counter: 0, node: 'laptop' }),
      deviceId: 'laptop',
    };
    const phone = {
      ...base,
      id: changeId(),
      value: { people: ['知事'], ja: '福岡県庁', ko: '후쿠오카현청' },
      hlc: formatHlc({ millis: 1, counter: 0, node: 'phone' }),
      deviceId: 'phone',
    };
    const other = { ...phone, id: changeId(), value: { ...phone.value, people: ['副知事'] } };
    expect([...mergeAll([laptop, phone]).lost]).toEqual([]);
    expect([...mergeAll([laptop, other]).lost]).toEqual([laptop.id]);
  });
});

describe('checking a change', () => {
  const valid = {
    id: '0192b000-0000-7000-8000-000000000999',
    table: 'checklistAnswers',
    recordId: RECORDS[0],
    tripId: TRIP,
    path: 'body/text',
    value: '예산',
    hlc: formatHlc({ millis: 1, counter: 0, node: 'laptop' }),
    base: null,
    deviceId: 'laptop',
    memberId: null,
  };

  it('accepts a change of a known leaf with a value it takes', () => {
    expect(checkChange(valid).ok).toBe(true);
  });

  it('refuses an unknown table or leaf, a value of the wrong type, a malformed change', () => {
    expect(checkChange({ ...valid, table: 'settings' })).toEqual({ ok: false, problem: 'unknown_table' });
    expect(checkChange({ ...valid, path: 'body' })).toEqual({ ok: false, problem: 'unknown_leaf' });
    expect(checkChange({ ...valid, value: { text: 1 } })).toEqual({ ok: false, problem: 'invalid_value' });
    expect(checkChange({ ...valid, hlc: 'yesterday' })).toEqual({ ok: false, problem: 'invalid_change' });
    expect(checkChange('not a change')).toEqual({ ok: false, problem: 'invalid_change' });
  });
});

describe('merged texts', () => {
  const at = { table: 'checklistAnswers' as const, recordId: RECORDS[0] ?? '', tripId: TRIP, memberId: null };
  const change = (value: unknown, millis: number, deviceId: string, path = 'body/text'): Change => ({
    ...at,
    id: changeId(),
    path,
    value,
    hlc: formatHlc({ millis, counter: 0, node: deviceId }),
    base: null,
    deviceId,
  });
  const update = (state: Uint8Array | null, text: string, clientId: number, legacy: string | null = null) =>
    writeText({ state, legacy, recordId: at.recordId, path: 'body/text', clientId, text });

  it('merges concurrent updates of a text, whatever their stamps, and marks none of them lost', () => {
    const start = update(null, '회의록.', 1);
    const early = update(start.state, '회의록. 김의 메모', 2);
    const late = update(start.state, '회의록. 이의 메모', 3);
    const changes = [
      change({ yjs: toBase64(start.update) }, 1, 'a'),
      change({ yjs: toBase64(early.update) }, 2, 'b'),
      change({ yjs: toBase64(late.update) }, 9, 'c'),
    ];
    const { records, lost } = mergeAll(changes);
    const record = recordOf([...records.values()][0] ?? { table: 'checklistAnswers', id: '', tripId: '', leaves: {} });
    expect((record.body as { text: string }).text).toMatch(/^회의록\. (김의 메모 이의 메모|이의 메모 김의 메모)$/);
    expect([...lost]).toEqual([]);
  });

  it('keeps in the history a text from before texts merged that the merged text did not begin from', () => {
    const older = change('예전 글', 1, 'a');
    const newer = { ...change('예전 글, 고친 것', 2, 'b'), base: older.hlc };
    // A device that had only the older one began the merged text from it.
    const begun = update(null, '예전 글 + 새 글', 5, '예전 글');
    const merged = change({ yjs: toBase64(begun.update) }, 3, 'c');
    expect([...mergeAll([older, merged]).lost]).toEqual([]);
    expect([...mergeAll([older, newer, merged]).lost]).toEqual([newer.id]);
    const fromNewer = update(null, '예전 글, 고친 것 + 새 글', 6, '예전 글, 고친 것');
    expect([...mergeAll([older, newer, change({ yjs: toBase64(fromNewer.update) }, 4, 'd')]).lost]).toEqual([]);
  });

  it('refuses an update Yjs cannot read, or with anything beside it', () => {
    const valid = change({ yjs: toBase64(update(null, '글', 1).update) }, 1, 'a');
    expect(checkChange(valid).ok).toBe(true);
    expect(checkChange({ ...valid, value: { yjs: '////' } })).toEqual({ ok: false, problem: 'invalid_value' });
    expect(checkChange({ ...valid, value: { yjs: 'AAAA', extra: 1 } })).toEqual({
      ok: false,
      problem: 'invalid_value',
    });
    expect(checkChange({ ...valid, path: 'body/lang', value: { yjs: 'AAAA' } })).toEqual({
      ok: false,
      problem: 'invalid_value',
    });
  });
});
