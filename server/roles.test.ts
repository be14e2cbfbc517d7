import { REPORT_SECTIONS } from '@shared/model';
import { sampleTripRecords } from '@shared/sample/stepi1996Records';
import { leavesOf, type SyncedTable } from '@shared/sync/leaves';
import type { Change } from '@shared/sync/merge';
import { type RecordFacts, refusalOf, type Writer } from '@shared/sync/permissions';
import { v7 } from 'uuid';
import { expect, it } from 'vitest';
import { describeEachBackend } from './test/backends';
import {
  call,
  changeOf,
  invitationFor,
  joinAs,
  memberChanges,
  publishTrip,
  pullAll,
  push,
  serverForSuite,
  type TestDevice,
} from './test/harness';

const at = new Date('1996-10-24T02:00:00Z').toISOString();

/**
 * One record of every table of a trip, as an organiser makes them, with the
 * facts the rules go by: answers and Q&A notes of one member and of another,
 * a version of each, and a version of the minutes.
 */
function recordsOf(tripId: string, mine: string, theirs: string) {
  const sample = sampleTripRecords((id) => ({
    id,
    createdAt: at,
    updatedAt: at,
    hlc: '00000m5ld3g-00000-device',
    updatedBy: { deviceId: 'device', memberId: null },
    deletedAt: null,
  }));
  const re = <T extends { id: string }>(record: T) => ({ ...record, id: v7(), tripId });
  const [answer] = sample.answers;
  const [qa] = sample.qaNotes;
  if (!answer || !qa) throw new Error('The sample has no notes');
  const answers = [re({ ...answer, memberId: mine }), re({ ...answer, memberId: theirs })];
  const minutes = re(sample.minutes[0] ?? never());
  const version = (table: SyncedTable, recordId: string) =>
    re({
      ...answer,
      recordTable: table,
      recordId,
      content: { body: { text: '초안' } },
      startedAt: at,
      stretchId: null,
    });
  const records: [SyncedTable, Record<string, unknown>, RecordFacts][] = [
    ['trips', { ...sample.trip, id: tripId }, { owner: null }],
    ['itineraryItems', re(sample.items[0] ?? never()), { owner: null }],
    ['checklistQuestions', re(sample.questions[0] ?? never()), { owner: null }],
    ['checklistAnswers', answers[0] ?? never(), { owner: mine }],
    ['checklistAnswers', answers[1] ?? never(), { owner: theirs }],
    ['minutes', minutes, { owner: null }],
    ['qaNotes', re({ ...qa, writtenBy: mine }), { owner: mine }],
    ['qaNotes', re({ ...qa, writtenBy: theirs }), { owner: theirs }],
    ['reportNotes', re(sample.reportNotes[0] ?? never()), { owner: null }],
    ['reportLayouts', re({ ...minutes, order: [...REPORT_SECTIONS], omitted: [] }), { owner: null }],
    ['glossaryTerms', re({ ...minutes, term: { ko: '예산', ja: '予算' }, note: '' }), { owner: null }],
    [
      'attachments',
      re({
        ...minutes,
        owner: { kind: 'visit', id: minutes.visitId },
        fileName: '명함.jpg',
        mimeType: 'image/jpeg',
        size: 10,
        sha256: null,
      }),
      { owner: null },
    ],
    [
      'noteVersions',
      version('checklistAnswers', answers[0]?.id ?? ''),
      { owner: null, versionOf: { table: 'checklistAnswers', facts: { owner: mine } } },
    ],
    [
      'noteVersions',
      version('checklistAnswers', answers[1]?.id ?? ''),
      { owner: null, versionOf: { table: 'checklistAnswers', facts: { owner: theirs } } },
    ],
    [
      'noteVersions',
      version('minutes', minutes.id),
      { owner: null, versionOf: { table: 'minutes', facts: { owner: null } } },
    ],
  ];
  return records;
}

function never(): never {
  throw new Error('The sample is incomplete');
}

const changesOfRecord = (device: TestDevice, table: SyncedTable, record: Record<string, unknown>): Change[] => {
  const hlc = device.clock.tick();
  return leavesOf(table, record).map((leaf) => changeOf(device, table, String(record.id), leaf, hlc));
};

describeEachBackend('who may change what, as the server enforces it', (backend) => {
  const server = serverForSuite(backend);

  it('accepts or refuses each leaf of each table for each role exactly as the rules say; a refused change is not stored', {
    timeout: 120_000,
  }, async () => {
    const { organiser, members } = await publishTrip(server, ['강원도', '제주도', '통역', '공동 주최']);
    const [member, other, interpreter, coOrganiser] = members;
    if (!member || !other || !interpreter || !coOrganiser) throw new Error('no members');
    const roster = [
      ...memberChanges(organiser, interpreter.id, '통역', 'interpreter'),
      ...memberChanges(organiser, coOrganiser.id, '공동 주최', 'organiser'),
    ];
    expect((await push(server, organiser, roster)).body.refused).toEqual([]);
    const records = recordsOf(organiser.tripId, member.id, other.id);
    const made = records.flatMap(([table, record]) => changesOfRecord(organiser, table, record));
    expect((await push(server, organiser, made)).body).toMatchObject({ accepted: made.length, refused: [] });

    const writers: [Writer, TestDevice][] = [
      [{ memberId: member.id, role: 'member' }, await joinAs(server, organiser, member.id)],
      [{ memberId: interpreter.id, role: 'interpreter' }, await joinAs(server, organiser, interpreter.id)],
      [{ memberId: coOrganiser.id, role: 'organiser' }, await joinAs(server, organiser, coOrganiser.id)],
    ];
    const refusedIds = new Set<string>();
    let refusals = 0;
    for (const [writer, device] of writers) {
      // The member's own roster entry and another's, as a member corrects their own contact details.
      const ownEntry = memberChanges(device, writer.memberId, writer.memberId, writer.role ?? 'member');
      for (const [table, record, facts] of [
        ...records,
        ['members', { id: writer.memberId }, { owner: null }] as const,
        ['members', { id: other.id }, { owner: null }] as const,
      ]) {
        const changes =
          table === 'members'
            ? ownEntry.map((change) => ({ ...change, recordId: String(record.id), hlc: device.clock.tick() }))
            : changesOfRecord(device, table, record);
        const expected = changes.flatMap((change, index) => {
          const reason = refusalOf(writer, change, facts);
          return reason ? [{ index, reason }] : [];
        });
        const answer = await push(server, device, changes);
        expect(answer.status, `${writer.role} ${table}`).toBe(200);
        expect(answer.body.refused, `${writer.role} ${table}`).toEqual(expected);
        for (const { index } of expected) refusedIds.add(changes[index]?.id ?? '');
        refusals += expected.length;
      }
    }
    // Every kind of refusal happened, and none of the refused changes is in the log.
    expect(refusals).toBeGreaterThan(100);
    const log = await pullAll(server, organiser);
    expect(log.filter((change) => refusedIds.has(change.id))).toEqual([]);
  });

  it('keeps a member from taking another’s Q&A note by naming themselves its writer in the same push', async () => {
    const { organiser, members } = await publishTrip(server, ['강원도', '제주도']);
    const [member, other] = members;
    if (!member || !other) throw new Error('no members');
    const note = recordsOf(organiser.tripId, member.id, other.id).find(
      ([table, , facts]) => table === 'qaNotes' && facts.owner === other.id,
    );
    if (!note) throw new Error('no note');
    await push(server, organiser, changesOfRecord(organiser, 'qaNotes', note[1]));
    const device = await joinAs(server, organiser, member.id);
    const hlc = device.clock.tick();
    const claim = [
      changeOf(device, 'qaNotes', String(note[1].id), ['writtenBy', member.id], hlc),
      changeOf(device, 'qaNotes', String(note[1].id), ['answer/text', '제 답입니다'], hlc),
    ];
    const answer = await push(server, device, claim);
    expect(answer.body.refused).toEqual([
      { index: 0, reason: 'not_yours' },
      { index: 1, reason: 'not_yours' },
    ]);
    const log = await pullAll(server, organiser);
    expect(log.filter((change) => change.recordId === note[1].id && change.deviceId === device.deviceId)).toEqual([]);
  });

  it('lets only the member who published the trip invite, from any of their devices: not a co-organiser, nor a member', async () => {
    const { organiser, members } = await publishTrip(server, ['강원도', '공동 주최']);
    const [member, coOrganiser] = members;
    if (!member || !coOrganiser) throw new Error('no members');
    await push(server, organiser, memberChanges(organiser, coOrganiser.id, '공동 주최', 'organiser'));
    const co = await joinAs(server, organiser, coOrganiser.id);
    const plain = await joinAs(server, organiser, member.id);
    const laptop = await joinAs(server, organiser, organiser.memberId, '노트북');
    // Each inviting device vouches for its invitation with its own key: every device trusts only that member's.
    const invite = async (device: TestDevice) =>
      call(server.url, 'POST', `/trips/${organiser.tripId}/invitations`, {
        token: device.token,
        body: (await invitationFor(device, member.id)).body,
      });
    expect((await invite(laptop)).status).toBe(201);
    for (const device of [co, plain]) {
      const refused = await invite(device);
      expect([refused.status, refused.body.error]).toEqual([403, 'forbidden']);
    }
    // A co-organiser still sees who was invited: the roster's role governs that.
    const seen = await call(server.url, 'GET', `/trips/${organiser.tripId}/invitations`, { token: co.token });
    expect(seen.status).toBe(200);
  });
});
