import { newId } from '@shared/model';
import { formatHlc } from '@shared/sync/hlc';
import type { RecordState } from '@shared/sync/merge';
import { packStates } from '@shared/sync/snapshotPacking';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../../test/fixtures/store';
import type { FieldbookDB } from '../database/db';
import {
  BASE_BUCKETS,
  baseRows,
  bucketOf,
  DamagedStatesError,
  deleteState,
  getState,
  getStates,
  holdsStates,
  latestStamp,
  stateKey,
  stateTables,
  tripStates,
} from './recordStates';

/** `count` answers' states of one trip, each with its text leaf, stamped one after another. */
function answerStates(tripId: string, count: number): RecordState[] {
  return Array.from({ length: count }, (_, index) => ({
    table: 'checklistAnswers' as const,
    id: newId(),
    tripId,
    leaves: {
      'body/text': {
        id: newId(),
        value: `답변 ${index}`,
        hlc: formatHlc({ millis: 1_700_000_000_000 + index, counter: 0, node: 'organiser-laptop' }),
        base: null,
        deviceId: 'organiser-laptop',
        memberId: null,
      },
    },
  }));
}

const stored = (state: RecordState) => ({ ...state, key: stateKey(state.table, state.id) });

/** A device that began `tripId` from a snapshot holding `states`, kept as takeSnapshot keeps them. */
async function deviceFromSnapshot(tripId: string, states: RecordState[]): Promise<FieldbookDB> {
  const { db } = await openTestStore();
  const latest =
    states
      .map((state) => state.leaves['body/text']?.hlc ?? '')
      .sort()
      .at(-1) ?? '';
  const { base, buckets } = baseRows(tripId, { upTo: 40, latest }, packStates(states));
  await db.transaction('rw', stateTables(db), async () => {
    await db.stateBases.put(base);
    await db.stateBuckets.bulkPut(buckets);
  });
  return db;
}

describe('merge states kept as a snapshot brought them', () => {
  it('spread over buckets by a hash of their key that every device computes alike', () => {
    const keys = answerStates(newId(), 2000).map((state) => stateKey(state.table, state.id));
    const counts = new Array<number>(BASE_BUCKETS).fill(0);
    for (const key of keys) counts[bucketOf(key, BASE_BUCKETS)] = (counts[bucketOf(key, BASE_BUCKETS)] ?? 0) + 1;
    // Some thirty keys a bucket: none left empty, none holding a tenth of them.
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeLessThan(keys.length / 10);
    // Pinned: buckets written by one version of the app are read by the next, so the hash never changes.
    expect(bucketOf('checklistAnswers:01a25184-881e-7500-82ca-fecf63125095', BASE_BUCKETS)).toBe(25);
    expect(bucketOf('trips:01a25184-881e-7500-82ca-fecf63125095', BASE_BUCKETS)).toBe(2);
  });

  it('are read as the records’ states until a record is written, whose own row is read from then on', async () => {
    const tripId = newId();
    const states = answerStates(tripId, 300);
    const db = await deviceFromSnapshot(tripId, states);
    const [first, second] = states;
    if (!first || !second) throw new Error('no states');
    expect(await holdsStates(db, tripId)).toBe(true);
    expect(await holdsStates(db, newId())).toBe(false);
    expect(await getState(db, stateKey(first.table, first.id))).toEqual(stored(first));
    expect(await getStates(db, [stateKey(second.table, second.id), 'checklistAnswers:none'])).toEqual([
      stored(second),
      undefined,
    ]);

    const written = stored({
      ...first,
      leaves: { ...first.leaves, 'body/text': { ...first.leaves['body/text'], value: '고친 답변' } },
    } as RecordState);
    await db.recordStates.put(written);
    expect(await getState(db, written.key)).toEqual(written);
    const all = await tripStates(db, tripId);
    expect(all).toHaveLength(300);
    expect(all.find((state) => state.key === written.key)).toEqual(written);
    expect(new Set(all.map((state) => state.key))).toEqual(
      new Set(states.map((state) => stateKey(state.table, state.id))),
    );
  });

  it('count their latest stamp among the device’s, and a state removed stays removed', async () => {
    const tripId = newId();
    const states = answerStates(tripId, 50);
    const db = await deviceFromSnapshot(tripId, states);
    expect(await latestStamp(db, () => true)).toBe(states.at(-1)?.leaves['body/text']?.hlc);

    const [first] = states;
    if (!first) throw new Error('no states');
    await db.transaction('rw', stateTables(db), () => deleteState(db, stored(first)));
    // The snapshot's packed state is no longer the record's: it reads as none, and is in no list of the trip's.
    expect(await getState(db, stateKey(first.table, first.id))).toBeUndefined();
    expect(await getStates(db, [stateKey(first.table, first.id)])).toEqual([undefined]);
    expect((await tripStates(db, tripId)).map((state) => state.id)).not.toContain(first.id);
    expect(await tripStates(db, tripId)).toHaveLength(49);
  });

  it('stop a write, rather than go on without them, when a bucket of them is damaged', async () => {
    const tripId = newId();
    const states = answerStates(tripId, 50);
    const db = await deviceFromSnapshot(tripId, states);
    const [first] = states;
    if (!first) throw new Error('no states');
    const key = stateKey(first.table, first.id);
    await db.stateBuckets.put({ tripId, bucket: bucketOf(key, BASE_BUCKETS), json: '[[1]]' });
    await expect(getState(db, key)).rejects.toThrow(DamagedStatesError);
    // A key the snapshot does not hold reads no bucket at all.
    expect(await getState(db, 'checklistAnswers:not-in-the-snapshot')).toBeUndefined();
  });
});
