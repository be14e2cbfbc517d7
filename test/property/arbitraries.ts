import type { LocalizedName } from '@shared/model';
import { CHUNK_BYTES } from '@shared/sync/blobs';
import fc from 'fast-check';
import { BACKGROUND_DOWNLOAD_BYTES } from '../../renderer/data/sync/fileDownloads';
import type { Fault } from '../fixtures/faultyProxy';

/** What a member does on a device through the app's repositories. */
export type Write =
  | { kind: 'answer'; as: number; visit: number; question: number; text: string }
  | { kind: 'minutes'; visit: number; field: 'decisions'; text: string }
  /**
   * Typing into the minutes' discussion, which several members write at once:
   * a run of text at a place, in the device's first window or its second
   * (`tab`), over the text as the editor last showed it (`stale`) or as it is.
   */
  | { kind: 'type'; visit: number; at: number; tab: 0 | 1; stale: boolean }
  | { kind: 'attendees'; visit: number; members: number[] }
  | { kind: 'addQa'; visit: number; question: string }
  | { kind: 'editQa'; note: number; answer: string }
  | { kind: 'deleteQa'; note: number }
  | { kind: 'restoreQa'; note: number }
  | { kind: 'item'; visit: number; field: 'location' | 'host' | 'startTime'; value: string }
  | { kind: 'deleteItem'; visit: number }
  | { kind: 'member'; member: number; field: 'affiliation' | 'phone'; value: string }
  | { kind: 'removeMember'; member: number }
  | { kind: 'restoreMember'; member: number }
  /** A file of `size` bytes, made from `seed`: the same seed and size on two devices is the same file. */
  | { kind: 'attach'; visit: number; size: number; seed: number }
  | { kind: 'undo' }
  | DirectoryWrite
  /**
   * Picking a person of the directory (`person` as in DirectoryWrite) as the
   * screens do, or taking them out again when they are
   * there already: into an item's contacts (organisers), the minutes' hosts
   * present, a Q&A note's answerer.
   */
  | { kind: 'pickContact'; visit: number; person: number }
  | { kind: 'pickHost'; visit: number; person: number }
  | { kind: 'pickAnswerer'; note: number; person: number }
  /**
   * A contact written into an item as a copy without `personId`, as an app
   * before version 11 and the sample trip write them (taken out again when it
   * is there): it stands for the entry derived from it (docs/sync-protocol.md,
   * section 3.7).
   */
  | { kind: 'typeContact'; visit: number; copy: number };

/** A correction of one field of a directory entry: a value leaf, or one language of a name. */
export type PersonField = 'phone' | 'reading' | 'contact' | 'name/ko' | 'title/ja' | 'organisation/ja';

/**
 * What a member does to the trip's directory of host people (the People
 * page): `person` picks, round the list, one of the people the world knows
 * of (those derived from the typed contacts, then those added on any device,
 * synced or not).
 */
export type DirectoryWrite =
  | { kind: 'addPerson'; name: number }
  | { kind: 'correctPerson'; person: number; field: PersonField; value: number }
  | { kind: 'deletePerson'; person: number }
  | { kind: 'restorePerson'; person: number };

export type Command =
  | { type: 'write'; client: number; write: Write }
  | { type: 'sync'; client: number; faults: Fault[] }
  /** The three devices sync at once, their requests interleaving through the proxy. */
  | { type: 'syncTogether'; faults: Fault[][] }
  /** A device syncs while its member goes on writing (the app syncs shortly after every change). */
  | { type: 'syncWhileWriting'; client: number; faults: Fault[]; write: Write }
  /** A member attaches a file and the device syncs, its upload cut after `after` chunks (by `fault`): a later sync resumes it. */
  | { type: 'cutUpload'; client: number; write: Extract<Write, { kind: 'attach' }>; after: number; fault: Fault }
  /** A device writes a .fieldbook file and another takes it in, with no server between them. */
  | { type: 'exchange'; from: number; to: number }
  | { type: 'offline'; client: number }
  | { type: 'online'; client: number }
  /** The app is closed and opened again, its device's clock now `skew` off (it may have gone back). */
  | { type: 'restart'; client: number; skew: number }
  | { type: 'serverDown' }
  | { type: 'serverUp' }
  | { type: 'serverRestart' }
  | { type: 'deliverLate' }
  /** The server compacts the trip's log (it also does on its own, after many pushes and before a first sync). */
  | { type: 'compact' }
  | { type: 'tick'; ms: number }
  /**
   * The trip's interpreter (device 3, joined when first used) tries a change
   * of the directory, which their role does not allow; `unaware`, on a device
   * that has not heard of their role yet (its roster says member), so that it
   * writes and the server refuses. The device syncs after.
   */
  | { type: 'interpreter'; write: DirectoryWrite; unaware: boolean; faults: Fault[] }
  /**
   * Two devices correct the same person, one after the other with no sync
   * between (so neither saw the other's): the same field or two; `stored`,
   * one of the people both devices hold stored (when there are any), not one
   * they both still derive.
   */
  | {
      type: 'correctAtOnce';
      clients: [number, number];
      person: number;
      stored: boolean;
      corrections: [Correction, Correction];
    };

export type Correction = Pick<Extract<DirectoryWrite, { kind: 'correctPerson' }>, 'field' | 'value'>;

const client = fc.integer({ min: 0, max: 2 });
const visit = fc.integer({ min: 0, max: 1 });
// Few values, so that devices often write the same value, or back the value they replaced.
const words = fc.constantFrom('현 예산의 1/4~1/5', '県の予算', 'budget', '공업기술센터', '');
const note = fc.integer({ min: 0, max: 5 });

const fault: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'pass' } as const) },
  fc.constant({ kind: 'drop' } as const),
  fc.constant({ kind: 'cut' } as const),
  fc.constant({ kind: 'duplicate' } as const),
  fc.constant({ kind: 'late' } as const),
  fc.integer({ min: 1, max: 30 }).map((ms) => ({ kind: 'delay', ms }) as const),
);
const faults = fc.array(fault, { maxLength: 4 });

const attach = fc.record({
  kind: fc.constant('attach' as const),
  visit,
  // Mostly a photo in one chunk; sometimes one in two chunks, whose upload can be cut between them; and
  // one large enough to wait on the server until it is opened (BACKGROUND_DOWNLOAD_BYTES), in three.
  size: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(1, 3000, 40_000) },
    fc.constant(CHUNK_BYTES + 1),
    fc.constant(BACKGROUND_DOWNLOAD_BYTES + 1),
  ),
  // Few seeds and sizes, so that two devices sometimes hold the same file.
  seed: fc.integer({ min: 1, max: 3 }),
});

// Few people and values, so that devices often correct the same person, and the same field, at once.
const person = fc.integer({ min: 0, max: 4 });

/** The values a correction of each field sets. */
export const PERSON_VALUES: Record<PersonField, readonly string[]> = {
  phone: ['', '092-651-1111', '058-272-1111'],
  reading: ['', 'ふくおか たろう', 'ぎふ はなこ'],
  contact: ['', '秘書課経由', 'fax 092-643-3117'],
  'name/ko': ['후쿠오카 다로', '기후 하나코'],
  'title/ja': ['課長', '部長'],
  'organisation/ja': ['福岡県庁', '岐阜県工業技術センター'],
};

/** The names people are added under, each in its script's language: two devices adding the same name make two entries. */
export const PERSON_NAMES: readonly LocalizedName[] = [
  { ja: '福岡 太郎' },
  { ko: '기후 하나코' },
  { en: 'TANAKA Ichiro' },
];

const personField = fc.constantFrom(...(Object.keys(PERSON_VALUES) as PersonField[]));
const correction: fc.Arbitrary<Correction> = fc.record({ field: personField, value: fc.nat(2) });

export const directoryWriteArbitrary: fc.Arbitrary<DirectoryWrite> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('addPerson' as const), name: fc.nat(PERSON_NAMES.length - 1) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('correctPerson' as const),
      person,
      field: personField,
      value: fc.nat(2),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deletePerson' as const), person }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('restorePerson' as const), person }) },
);

/** What members do with the directory: write it, and pick its people where records name them. */
const directoryArbitrary: fc.Arbitrary<Write> = fc.oneof(
  { weight: 4, arbitrary: directoryWriteArbitrary },
  fc.record({ kind: fc.constant('pickContact' as const), visit, person }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('pickHost' as const), visit, person }) },
  fc.record({ kind: fc.constant('pickAnswerer' as const), note, person }),
  fc.record({ kind: fc.constant('typeContact' as const), visit, copy: fc.nat(1) }),
);

export const writeArbitrary: fc.Arbitrary<Write> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      as: fc.integer({ min: 0, max: 2 }),
      visit,
      question: fc.integer({ min: 0, max: 1 }),
      text: words,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('minutes' as const),
      visit,
      field: fc.constant('decisions' as const),
      text: words,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      visit,
      at: fc.nat(),
      tab: fc.constantFrom(0 as const, 1 as const),
      stale: fc.boolean(),
    }),
  },
  fc.record({
    kind: fc.constant('attendees' as const),
    visit,
    members: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }),
  }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('addQa' as const), visit, question: words }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('editQa' as const), note, answer: words }) },
  fc.record({ kind: fc.constant('deleteQa' as const), note }),
  fc.record({ kind: fc.constant('restoreQa' as const), note }),
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.record({
        kind: fc.constant('item' as const),
        visit,
        field: fc.constant('location' as const),
        value: fc.constantFrom('', '福岡市博多区', '岐阜市'),
      }),
      fc.record({
        kind: fc.constant('item' as const),
        visit,
        field: fc.constant('host' as const),
        value: fc.constantFrom('福岡県庁', '岐阜県庁', '県庁'),
      }),
      fc.record({
        kind: fc.constant('item' as const),
        visit,
        field: fc.constant('startTime' as const),
        value: fc.constantFrom('09:00', '10:00', '11:00'),
      }),
    ),
  },
  fc.record({ kind: fc.constant('deleteItem' as const), visit }),
  fc.record({
    kind: fc.constant('member' as const),
    member: fc.integer({ min: 0, max: 3 }),
    field: fc.constant('affiliation' as const),
    value: fc.constantFrom('', '福岡県', '岐阜県'),
  }),
  fc.record({
    kind: fc.constant('member' as const),
    member: fc.integer({ min: 0, max: 3 }),
    field: fc.constant('phone' as const),
    value: fc.constantFrom('', '052-123-4567', '092-651-1111'),
  }),
  fc.record({ kind: fc.constant('removeMember' as const), member: fc.constant(3) }),
  fc.record({ kind: fc.constant('restoreMember' as const), member: fc.constant(3) }),
  attach,
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' } as const) },
  { weight: 8, arbitrary: directoryArbitrary },
);

export const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ type: fc.constant('write' as const), client, write: writeArbitrary }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('sync' as const), client, faults }) },
  fc.record({ type: fc.constant('syncTogether' as const), faults: fc.tuple(faults, faults, faults) }),
  fc.record({
    type: fc.constant('syncWhileWriting' as const),
    client,
    faults,
    write: writeArbitrary,
  }),
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('cutUpload' as const),
      client,
      write: attach,
      after: fc.integer({ min: 0, max: 2 }),
      fault: fc.constantFrom({ kind: 'drop' } as const, { kind: 'cut' } as const, { kind: 'late' } as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ type: fc.constant('exchange' as const), from: client, to: client })
      .filter(({ from, to }) => from !== to),
  },
  fc.record({ type: fc.constant('offline' as const), client }),
  fc.record({ type: fc.constant('online' as const), client }),
  fc.record({ type: fc.constant('restart' as const), client, skew: fc.integer({ min: -90_000, max: 90_000 }) }),
  fc.constant({ type: 'serverDown' } as const),
  fc.constant({ type: 'serverUp' } as const),
  fc.constant({ type: 'serverRestart' } as const),
  fc.constant({ type: 'deliverLate' } as const),
  fc.constant({ type: 'compact' } as const),
  { weight: 2, arbitrary: fc.record({ type: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 3000 }) }) },
  fc.record({
    type: fc.constant('interpreter' as const),
    write: directoryWriteArbitrary,
    unaware: fc.boolean(),
    faults,
  }),
  fc.record({
    type: fc.constant('correctAtOnce' as const),
    clients: fc.constantFrom<[number, number]>([0, 1], [1, 0], [0, 2], [2, 0], [1, 2], [2, 1]),
    // Mostly the people every device holds from the start (derived from the visits' contacts, or stored).
    person: fc.integer({ min: 0, max: 2 }),
    stored: fc.boolean(),
    // Half the time the same field, so that one of the two loses.
    corrections: fc.oneof(
      fc.tuple(correction, correction),
      correction.chain((first) =>
        fc.tuple(fc.constant(first), fc.record({ field: fc.constant(first.field), value: fc.nat(2) })),
      ),
    ),
  }),
);
