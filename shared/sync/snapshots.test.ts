import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc';
import { type Change, mergeAll, type RecordState } from './merge';
import { importPublicKey, newSigningKey } from './signing';
import { unpackStates } from './snapshotPacking';
import {
  decodeSnapshot,
  encodeSnapshot,
  MAX_SNAPSHOT_JSON,
  type SnapshotBody,
  type SnapshotMeta,
  signSnapshot,
  verifySnapshot,
} from './snapshots';
import { firstState, toBase64 } from './texts';

const TRIP = '0192a000-0000-7000-8000-0000000000aa';
const OTHER_TRIP = '0192a000-0000-7000-8000-0000000000bb';
const MEMBER = '0192a000-0000-7000-8000-000000000001';
const ANSWER = '0192a000-0000-7000-8000-000000000002';
const ID = (n: number) => `0192a000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const SHA = 'a'.repeat(64);

let made = 100;
function change(table: Change['table'], recordId: string, path: string, value: unknown, millis = 0): Change {
  made += 1;
  return {
    id: ID(made),
    table,
    recordId,
    tripId: TRIP,
    path,
    value,
    hlc: formatHlc({ millis: Date.parse('1996-10-22T06:30:00Z') + millis, counter: 0, node: 'laptop' }),
    base: null,
    deviceId: 'laptop',
    memberId: MEMBER,
  };
}

/** A member and an answer of the trip, and a telephone number written twice apart, one of which lost. */
function tripState(): { states: RecordState[]; lost: Change[] } {
  const lostPhone = change('members', MEMBER, 'phone', '+82-2-111-1111', 1);
  const changes = [
    change('members', MEMBER, 'name', '강원도 과학기술전문위원'),
    change('members', MEMBER, 'role', 'member'),
    change('members', MEMBER, 'phone', '+82-2-222-2222', 2),
    lostPhone,
    change('checklistAnswers', ANSWER, 'memberId', MEMBER),
    change('checklistAnswers', ANSWER, 'body/text', {
      yjs: toBase64(firstState(ANSWER, 'body/text', '예산을 총괄한다.')),
    }),
    change('checklistAnswers', ANSWER, 'body/lang', 'ko'),
  ];
  return { states: [...mergeAll(changes).records.values()], lost: [lostPhone] };
}

const metaOf = (upTo: number): SnapshotMeta => ({
  upTo,
  upToId: ID(1),
  sha256: SHA,
  size: 1,
  deviceId: 'laptop',
  signature: `${'A'.repeat(86)}==`,
});

const bodyOf = (changes: Partial<SnapshotBody> = {}): SnapshotBody => ({
  tripId: TRIP,
  upTo: 40,
  ...tripState(),
  ...changes,
});

/** A state as it came, with one leaf put in its place. */
function withLeaf(state: RecordState, path: string, leaf: unknown): RecordState {
  return { ...state, leaves: { ...state.leaves, [path]: leaf } } as RecordState;
}

describe('a snapshot’s bytes', () => {
  it('give back every record’s leaves and the changes that lost, as written', () => {
    const body = bodyOf();
    const bytes = encodeSnapshot(body);
    const { packed, ...read } = decodeSnapshot(bytes, TRIP, metaOf(40));
    expect(read).toEqual(body);
    // Packed as they came, for a device to keep: they unpack to the same states.
    expect(unpackStates(packed.strings, packed.states, TRIP)).toEqual(body.states);
    // Leaves repeat their stamps and devices: zipped, the bytes are much smaller than the JSON.
    expect(bytes.byteLength).toBeLessThan(JSON.stringify(body).length);
  });

  it('are refused whole when they are not a snapshot of this trip up to where its listing says', () => {
    // As format 1 wrote them, each state whole: what every format's states are checked as.
    const encoded = (body: object) => new Uint8Array(gzipSync(Buffer.from(JSON.stringify({ format: 1, ...body }))));
    const refusal = (bytes: Uint8Array, upTo = 40) => {
      try {
        decodeSnapshot(bytes, TRIP, metaOf(upTo));
        return 'taken';
      } catch (error) {
        return (error as { problem?: string }).problem;
      }
    };
    const body = bodyOf();
    const [member, answer] = body.states;
    if (!member || !answer) throw new Error('no states');
    expect(refusal(new Uint8Array([1, 2, 3]) as Uint8Array)).toBe('damaged');
    expect(refusal(new Uint8Array(gzipSync(Buffer.from('{"format":1,'))) as Uint8Array<ArrayBuffer>)).toBe('damaged');
    expect(refusal(encodeSnapshot(body), 41)).toBe('invalid');
    expect(refusal(encoded({ ...body, tripId: OTHER_TRIP }))).toBe('invalid');
    expect(refusal(encoded({ ...body, format: 3 }))).toBe('invalid');
    const role = member.leaves.role;
    const answerText = answer.leaves['body/text'];
    const broken: RecordState[][] = [
      // A value its leaf does not accept, a path that is no leaf, a state of another trip.
      [withLeaf(member, 'role', { ...role, value: 'king' }), answer],
      [withLeaf(member, 'salary', role), answer],
      [{ ...member, tripId: OTHER_TRIP }, answer],
      // A merged text whose state Yjs cannot read: it would stop the device merging that text.
      [member, withLeaf(answer, 'body/text', { ...answerText, text: 'AAAA' })],
      // A stamp that is no stamp, a field no leaf has, a concurrent change whose author is no member's id.
      [withLeaf(member, 'role', { ...role, hlc: 'yesterday' }), answer],
      [withLeaf(member, 'role', { ...role, script: 'alert(1)' }), answer],
      [withLeaf(member, 'role', { ...role, concurrent: [{ ...role, memberId: 'everyone' }] }), answer],
    ];
    for (const states of broken) expect(refusal(encoded({ ...body, states }))).toBe('invalid');
    // Format 2 names its strings by index: each break that packing keeps is refused there too.
    for (const states of [broken[0], broken[1], broken[3], broken[4], broken[6]])
      expect(refusal(encodeSnapshot({ ...body, states: states ?? [] }))).toBe('invalid');
    const [lost] = body.lost;
    if (!lost) throw new Error('no lost change');
    expect(refusal(encoded({ ...body, lost: [{ ...lost, tripId: OTHER_TRIP }] }))).toBe('invalid');
    expect(refusal(encoded({ ...body, lost: [{ ...lost, value: 12 }] }))).toBe('invalid');
  });

  it('are refused in format 2 when a leaf names a string the snapshot does not hold, or has the wrong shape', () => {
    const body = bodyOf();
    const unzipped = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(gunzipSync(bytes)));
    const packed = unzipped(encodeSnapshot(body));
    expect(packed.format).toBe(2);
    expect(decodeSnapshot(encodeSnapshot(body), TRIP, metaOf(40))).toMatchObject(body);
    const refusal = (change: (json: { strings: unknown[]; states: unknown[][] }) => void) => {
      const json = structuredClone(packed);
      change(json);
      try {
        decodeSnapshot(new Uint8Array(gzipSync(Buffer.from(JSON.stringify(json)))), TRIP, metaOf(40));
        return 'taken';
      } catch (error) {
        return (error as { problem?: string }).problem;
      }
    };
    const leafOf = (json: { states: unknown[][] }) => json.states[0]?.[3] as unknown[];
    expect(refusal(() => {})).toBe('taken');
    expect(refusal((json) => (leafOf(json)[2] = json.strings.length))).toBe('invalid');
    expect(refusal((json) => (leafOf(json)[4] = -3))).toBe('invalid');
    expect(refusal((json) => (leafOf(json)[4] = 0.5))).toBe('invalid');
    expect(refusal((json) => leafOf(json).splice(6))).toBe('invalid');
    expect(refusal((json) => leafOf(json).push({ x: 1 }))).toBe('invalid');
    expect(refusal((json) => json.states[0]?.push(2))).toBe('invalid');
    expect(refusal((json) => json.strings.push(7))).toBe('invalid');
    // A path named __proto__ is a path like any other, which no record has.
    expect(
      refusal((json) => {
        json.strings.push('__proto__');
        json.states[0]?.push(json.strings.length - 1, leafOf(json));
      }),
    ).toBe('invalid');
  });

  it('are refused when they unzip to more than a device should hold', { timeout: 30_000 }, () => {
    const bomb = new Uint8Array(gzipSync(Buffer.alloc(MAX_SNAPSHOT_JSON + 1, 0x20)));
    expect(() => decodeSnapshot(bomb, TRIP, metaOf(40))).toThrow(expect.objectContaining({ problem: 'too_large' }));
  });
});

describe('a snapshot’s signature', () => {
  it('verifies with its signer’s key only, over the trip, the place in the log and the bytes it names', async () => {
    const signer = await newSigningKey();
    const other = await newSigningKey();
    const { signature: _, ...unsigned } = metaOf(40);
    const signed = await signSnapshot(signer.privateKey, TRIP, unsigned);
    const key = await importPublicKey(signer.publicKey);
    expect(await verifySnapshot(key, TRIP, signed)).toBe(true);
    expect(await verifySnapshot(await importPublicKey(other.publicKey), TRIP, signed)).toBe(false);
    expect(await verifySnapshot(key, OTHER_TRIP, signed)).toBe(false);
    for (const altered of [
      { upTo: 41 },
      { upToId: ID(2) },
      { sha256: 'b'.repeat(64) },
      { size: 2 },
      { deviceId: 'phone' },
    ])
      expect(await verifySnapshot(key, TRIP, { ...signed, ...altered })).toBe(false);
  });
});
