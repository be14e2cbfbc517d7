import { REPORT_SECTIONS } from '@shared/model';
import { leafPaths, leafSchema, SYNCED_TABLES, type SyncedTable } from '@shared/sync/leaves';
import type { Refusal } from '@shared/sync/permissions';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { describeEachBackend } from './test/backends';
import {
  changeOf,
  joinAs,
  memberChanges,
  publishTrip,
  pullAll,
  push,
  serverForSuite,
  type TestDevice,
  type TestServer,
} from './test/harness';

// ---- The rules, written from docs/sync-protocol.md section 8, not from shared/sync/permissions.ts ----

/** Who writes: the publisher, a member the organiser made an organiser, a member, an interpreter, one taken off the roster. */
type Role = 'organiser' | 'coOrganiser' | 'member' | 'interpreter' | 'removed';
const ROLES: Role[] = ['organiser', 'coOrganiser', 'member', 'interpreter', 'removed'];
/** Whose a record is: the writer's, another member's, nobody's (a Q&A note made before notes named their writer), or '-' (no owner). */
type Whose = 'mine' | 'theirs' | 'nobody' | '-';
type Op = 'create' | 'change' | 'delete' | 'restore';
type Verdict = Refusal | 'ok';

/**
 * What a plain member may write, table by table: 'no', the official record
 * (organisers_only); 'any', any item's; 'own', what is theirs (not_yours
 * otherwise); 'contact', their own roster entry's email and phone only.
 */
const MEMBER: Record<SyncedTable, 'no' | 'any' | 'own' | 'contact'> = {
  trips: 'no',
  itineraryItems: 'no',
  checklistQuestions: 'no',
  glossaryTerms: 'no',
  reportNotes: 'no',
  reportLayouts: 'no',
  minutes: 'any',
  attachments: 'any',
  hostPeople: 'any',
  checklistAnswers: 'own',
  qaNotes: 'own',
  // The document says nothing of versions: read here as part of the note they are a version of.
  noteVersions: 'own',
  members: 'contact',
};
/** The leaf that says whose a record is, which a member sets to no one but themselves (a version's: its note). */
const OWNER: Partial<Record<SyncedTable, string>> = {
  checklistAnswers: 'memberId',
  qaNotes: 'writtenBy',
  noteVersions: 'recordId',
};
/** An interpreter's: a text's translations and their review marks (`body/translations/ja`, `body/reviewed/ko`). */
const TRANSLATION = /^[^/]+\/(translations|reviewed)\/(ko|ja|en)$/;

function ruled(role: Role, table: SyncedTable, whose: Whose, op: Op, path: string, ownedByWriter: boolean): Verdict {
  if (role === 'removed') return 'not_on_roster';
  // Restoring one's own entry: it was deleted just before, so its writer is on no roster (the log before the push).
  if (table === 'members' && whose === 'mine' && op === 'restore') return 'not_on_roster';
  if (role === 'organiser' || role === 'coOrganiser') return 'ok';
  if (role === 'interpreter') return TRANSLATION.test(path) ? 'ok' : 'translations_only';
  switch (MEMBER[table]) {
    case 'no':
      return 'organisers_only';
    case 'any':
      return 'ok';
    case 'contact':
      return whose === 'mine' && op === 'change' && (path === 'email' || path === 'phone') ? 'ok' : 'organisers_only';
    case 'own':
      // A Q&A note that names no writer (written before notes named theirs) is any member's to go on with.
      if (table === 'qaNotes' && whose === 'nobody') return path !== OWNER[table] || ownedByWriter ? 'ok' : 'not_yours';
      return whose === 'mine' && (path !== OWNER[table] || ownedByWriter) ? 'ok' : 'not_yours';
  }
}

// ---- Values every leaf accepts ----

interface Ids {
  writer: string;
  other: string;
  visit: string;
  answers: { mine: string; theirs: string };
}
const AT = '1996-10-24T06:00:00.000Z';
const QUESTION = v7();

/** The value leaves of each table; names, texts and deletedAt are the same shape everywhere (leafValue). */
const VALUES: Record<SyncedTable, (ids: Ids) => Record<string, unknown>> = {
  trips: () => ({
    languages: { home: 'ko', host: 'ja' },
    startDate: '1996-10-20',
    endDate: '1996-10-29',
    homeTimeZone: 'Asia/Seoul',
    destinationTimeZone: 'Asia/Tokyo',
  }),
  members: () => ({
    name: '김단원',
    nameForHosts: '金団員',
    role: 'member',
    email: 'kim@example.org',
    phone: '+82 2 555',
  }),
  itineraryItems: () => ({
    kind: 'visit',
    date: '1996-10-24',
    startTime: '14:00',
    endDate: null,
    endTime: '16:00',
    timeZone: 'Asia/Tokyo',
    endTimeZone: null,
    host: { name: { ja: '福岡県' }, address: { ja: '福岡市' }, contacts: [] },
    attendeeIds: null,
    expectedAttendees: 30,
    position: 'a0',
  }),
  checklistQuestions: () => ({ order: 1, templateKey: null, retiredAt: null }),
  checklistAnswers: (ids) => ({ visitId: ids.visit, questionId: QUESTION }),
  minutes: (ids) => ({
    visitId: ids.visit,
    hostAttendees: [],
    delegationAttendeeIds: [ids.writer],
    agenda: [],
    followUps: [
      { id: QUESTION, text: { lang: 'ko', text: '자료 요청', translations: {} }, ownerId: null, done: false },
    ],
  }),
  qaNotes: (ids) => ({
    visitId: ids.visit,
    askedBy: null,
    answeredBy: null,
    time: '15:22',
    checklistQuestionIds: [QUESTION],
    position: 'a0',
  }),
  attachments: (ids) => ({
    visitId: ids.visit,
    owner: { kind: 'visit', id: ids.visit },
    fileName: '명함.jpg',
    mimeType: 'image/jpeg',
    size: 10,
    sha256: null,
  }),
  glossaryTerms: () => ({ note: '예산' }),
  hostPeople: () => ({
    reading: 'ふくおか',
    romanised: 'FUKUOKA',
    phone: '+81 92 651 1111',
    email: 'kokusai@pref.fukuoka.example',
    contact: '国際交流課',
    cardAttachmentId: null,
  }),
  noteVersions: () => ({
    recordTable: 'checklistAnswers',
    content: { body: { text: '초안' } },
    startedAt: AT,
    stretchId: null,
    recovered: { typedAt: AT, basedOn: null, resolvedAt: null },
  }),
  reportNotes: () => ({ kind: 'evaluation', questionId: null, itemId: null }),
  reportLayouts: () => ({ order: [...REPORT_SECTIONS], omitted: [] }),
};

/** Whose records each writer makes and changes, where ownership matters (a roster entry: one's own or another's). */
const WHOSE: Partial<Record<SyncedTable, Whose[]>> = {
  checklistAnswers: ['mine', 'theirs'],
  qaNotes: ['mine', 'theirs', 'nobody'],
  noteVersions: ['mine', 'theirs'],
  members: ['mine', 'theirs'],
};

/**
 * A valid value of any leaf. The owner leaf names whose the record is when
 * it is made; a change of it names someone else's (the writer's, of another's
 * record: taking it; another's, of the writer's own: giving it away).
 */
function leafValue(table: SyncedTable, path: string, whose: Whose, op: Op, ids: Ids): unknown {
  if (path === OWNER[table]) {
    const named = op === 'create' ? whose : whose === 'mine' ? 'theirs' : 'mine';
    if (table === 'noteVersions') return named === 'mine' ? ids.answers.mine : ids.answers.theirs;
    return named === 'nobody' ? null : named === 'mine' ? ids.writer : ids.other;
  }
  // One's own role set to organiser: a no-op for an organiser, a grab for anyone else.
  if (table === 'members' && path === 'role') return whose === 'mine' ? 'organiser' : 'member';
  const [field = '', part] = path.split('/');
  if (path === 'deletedAt') return null;
  if (part === 'lang') return 'ko';
  if (part === 'text') return '원문';
  if (part === 'translations') return '번역';
  if (part === 'reviewed') return true;
  if (part) return `${field} ${part}`; // a name's language
  const values = VALUES[table](ids);
  if (!(field in values)) throw new Error(`No value for ${table} ${field}`);
  return values[field];
}

const owns = (value: unknown, ids: Ids) => value === ids.writer || value === ids.answers.mine;

describe('the fixtures of the roles table', () => {
  it('gives every leaf of every table a value its schema accepts', () => {
    const ids: Ids = { writer: v7(), other: v7(), visit: v7(), answers: { mine: v7(), theirs: v7() } };
    for (const table of SYNCED_TABLES)
      for (const op of ['create', 'change'] as const)
        for (const whose of WHOSE[table] ?? ['-' as const])
          for (const path of leafPaths(table)) {
            const value = leafValue(table, path, whose, op, ids);
            expect(leafSchema(table, path)?.safeParse(value).success, `${table} ${path} ${JSON.stringify(value)}`).toBe(
              true,
            );
          }
  });
});

// ---- Every role x every table x create, change each leaf, delete, restore ----

describeEachBackend('who may change what, leaf by leaf, as section 8 says', (backend) => {
  // Compaction off: the log is read back whole, every accepted change in it.
  const server = serverForSuite(backend, { compactAfter: null });

  for (const role of ROLES)
    it(`answers each change of a ${role} as the rules say, and stores none it refuses`, {
      timeout: 300_000,
    }, async () => {
      const { wrong, checked } = await asWriter(server, role);
      expect(wrong).toEqual([]);
      // Every leaf path of every table at least once a role (176), most several times.
      expect(checked).toBe(489);
    });
});

/** One trip per writer, so that what one writer changed (an owner, a role) never decides another's verdicts. */
async function asWriter(server: TestServer, role: Role) {
  const { organiser, members } = await publishTrip(server, ['다른 단원', '작성자']);
  const [other, named] = members;
  if (!other || !named) throw new Error('The roster is short');
  const settled = async (changes: ReturnType<typeof changeOf>[]) => {
    const answer = await push(server, organiser, changes);
    expect([answer.status, answer.body.refused]).toEqual([200, []]);
  };
  const organiserSets = (table: SyncedTable, id: string, leaf: [string, unknown]) =>
    settled([changeOf(organiser, table, id, leaf)]);
  let writer: TestDevice = organiser;
  if (role !== 'organiser') {
    const onRoster = role === 'coOrganiser' ? 'organiser' : role === 'interpreter' ? 'interpreter' : 'member';
    await settled(memberChanges(organiser, named.id, '작성자', onRoster));
    writer = await joinAs(server, organiser, named.id);
    if (role === 'removed') await organiserSets('members', named.id, ['deletedAt', AT]);
  }
  const ids: Ids = { writer: writer.memberId, other: other.id, visit: v7(), answers: { mine: v7(), theirs: v7() } };
  const leaves = (table: SyncedTable, whose: Whose, op: Op) =>
    leafPaths(table).map((path): [string, unknown] => [path, leafValue(table, path, whose, op, ids)]);

  // The records there are before the writer writes, the organiser's: the writer's own roster entry last,
  // since deleting it takes its writer off the roster.
  type Held = { table: SyncedTable; whose: Whose; id: string };
  const held: Held[] = SYNCED_TABLES.flatMap((table) =>
    (WHOSE[table] ?? ['-' as const]).map((whose) => {
      if (table === 'trips') return { table, whose, id: organiser.tripId };
      if (table === 'members') return { table, whose, id: whose === 'mine' ? ids.writer : ids.other };
      return {
        table,
        whose,
        id: table === 'checklistAnswers' ? ids.answers[whose === 'mine' ? 'mine' : 'theirs'] : v7(),
      };
    }),
  ).sort(
    (a, b) => Number(a.table === 'members' && a.whose === 'mine') - Number(b.table === 'members' && b.whose === 'mine'),
  );
  for (const { table, whose, id } of held) {
    if (table === 'members') continue; // on the roster already
    const hlc = organiser.clock.tick();
    await settled(leaves(table, whose, 'create').map((leaf) => changeOf(organiser, table, id, leaf, hlc)));
  }

  const tally = { wrong: [] as string[], checked: 0 };
  const accepted = new Set<string>();
  const refused = new Set<string>();
  /** One push of the writer's, each change's answer held against the rules'. */
  const attempt = async (op: Op, { table, whose, id }: Held, sent: [string, unknown][]) => {
    const hlc = writer.clock.tick();
    const changes = sent.map((leaf) => changeOf(writer, table, id, leaf, hlc));
    const answer = await push(server, writer, changes);
    expect(answer.status, `${role} ${op} ${table}`).toBe(200);
    const reasons = new Map<number, Refusal>(
      answer.body.refused.map((r: { index: number; reason: Refusal }) => [r.index, r.reason]),
    );
    for (const [index, change] of changes.entries()) {
      const want = ruled(role, table, whose, op, change.path, owns(change.value, ids));
      const got = reasons.get(index) ?? 'ok';
      tally.checked++;
      if (got !== want) tally.wrong.push(`${role} ${op} ${table} (${whose}) ${change.path}: ${got}, not ${want}`);
      (got === 'ok' ? accepted : refused).add(change.id);
    }
    return reasons.size === 0;
  };

  // Create: a new record of every leaf in one write (a trip's one record is the trip's id: a new one is invalid).
  for (const table of SYNCED_TABLES)
    for (const whose of WHOSE[table] ?? ['-' as const]) {
      if (whose === 'nobody' || (table === 'members' && whose === 'mine')) continue; // a note names its writer; one's entry exists
      const id = table === 'trips' ? organiser.tripId : v7();
      await attempt('create', { table, whose, id }, leaves(table, whose, 'create'));
    }
  // Change: each leaf of each record alone, one push each. An owner leaf the writer could change is put back
  // by the organiser, so that whose the record is stays what the table says.
  for (const record of held)
    for (const [path, value] of leaves(record.table, record.whose, 'change')) {
      if (path === 'deletedAt') continue;
      if ((await attempt('change', record, [[path, value]])) && path === OWNER[record.table])
        await organiserSets(record.table, record.id, [
          path,
          leafValue(record.table, path, record.whose, 'create', ids),
        ]);
    }
  // Delete, then restore what is deleted (by the organiser when the writer may not delete it).
  for (const record of held) {
    if (!(await attempt('delete', record, [['deletedAt', AT]])))
      await organiserSets(record.table, record.id, ['deletedAt', AT]);
    await attempt('restore', record, [['deletedAt', null]]);
  }

  // The whole log, as the organiser pulls it: every accepted change, no refused one.
  const log = new Set((await pullAll(server, organiser)).map((change) => change.id));
  expect([...refused].filter((id) => log.has(id))).toEqual([]);
  expect([...accepted].filter((id) => !log.has(id))).toEqual([]);
  return tally;
}
