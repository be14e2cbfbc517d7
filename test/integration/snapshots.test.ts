import 'fake-indexeddb/auto';
import type { Member, RecordId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { type Connection, httpSyncServer, type SyncServer } from '@shared/sync/client';
import { SYNCED_TABLES } from '@shared/sync/leaves';
import { afterAll, describe, expect, it } from 'vitest';
import { asMember, type Store } from '../../renderer/data/database/store';
import { saveAnswer } from '../../renderer/data/records/checklistAnswers';
import { listQuestions } from '../../renderer/data/records/checklistQuestions';
import { listItinerary } from '../../renderer/data/records/itineraryItems';
import { listMembers, updateMember } from '../../renderer/data/records/members';
import { loadSampleTrip } from '../../renderer/data/records/sampleTrip';
import { inviteToTrip, joinWithInvitation, publishFromHere } from '../../renderer/data/sync/invitations';
import { enqueueTrip } from '../../renderer/data/sync/publishTrip';
import { makeSnapshot, snapshotDue } from '../../renderer/data/sync/snapshots';
import { startOver, syncTrip } from '../../renderer/data/sync/syncTrip';
import { tripStates } from '../../renderer/data/writes/recordStates';
import { openPglite } from '../../server/storage/pglite';
import { startServer, type TestServer } from '../../server/test/harness';
import { openTestStore } from '../fixtures/store';

/**
 * A new device's first sync begins from the trip's snapshot
 * (docs/sync-protocol.md, section 3.6): it pulls only what came after it,
 * and ends holding the trip as a device that applied the whole log, down to
 * every leaf's winner, who wrote it, and the changes that lost. A snapshot
 * nobody may vouch for, or whose bytes are not those signed, is not taken:
 * the device pulls the whole log instead. Real devices over IndexedDB, the
 * real server on loopback over PGlite.
 */

const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers) {
    await server.close();
    await server.storage.close();
  }
});

interface Trip {
  target: TestServer;
  organiser: Store;
  token: string;
  remote: SyncServer;
  members: Member[];
}

async function publishedTrip(): Promise<Trip> {
  const target = await startServer(await openPglite());
  servers.push(target);
  const organiser = await openTestStore();
  await loadSampleTrip(organiser);
  const members = await listMembers(organiser.db, SAMPLE_TRIP_ID);
  const lead = members.find((member) => member.role === 'organiser');
  if (!lead) throw new Error('no organiser');
  const { token } = await publishFromHere(
    organiser,
    { baseUrl: target.url, fetch },
    { setupCode: await target.setupCode(), tripId: SAMPLE_TRIP_ID, memberId: lead.id, deviceName: '주최자 노트북' },
  );
  await startOver(organiser, SAMPLE_TRIP_ID, { memberId: lead.id, organiser: true });
  const remote = httpSyncServer({ baseUrl: target.url, fetch, token });
  await syncTrip(organiser, remote, SAMPLE_TRIP_ID);
  return { target, organiser, token, remote, members: members.filter((member) => member.id !== lead.id) };
}

/** `device` joins as `memberId` with an invitation, as the sync screens do; answers its connection to the server. */
async function join({ target, organiser, token }: Trip, device: Store, memberId: RecordId): Promise<Connection> {
  const owner = { baseUrl: target.url, fetch, token };
  const { code } = await inviteToTrip(organiser, owner, SAMPLE_TRIP_ID, memberId);
  const joined = await joinWithInvitation(
    device,
    { baseUrl: target.url, fetch },
    { invitation: code, deviceName: '새 노트북' },
  );
  return { baseUrl: target.url, fetch, token: joined.token };
}

async function answer(store: Store, memberId: RecordId, questionIndex: number, text: string) {
  const questions = await listQuestions(store.db, SAMPLE_TRIP_ID);
  const visit = (await listItinerary(store.db, SAMPLE_TRIP_ID)).find((item) => item.kind === 'visit');
  const question = questions[questionIndex];
  if (!question || !visit) throw new Error('the trip is incomplete');
  const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId };
  return saveAnswer(asMember(store, memberId), key, text, 'ko');
}

/** A value without the bundles its changes name: the device that wrote a change keeps it as written, before signing. */
function unsigned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unsigned);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, inner]) => (key === 'bundle' ? [] : [[key, unsigned(inner)]])),
  );
}

/** Everything a device holds of the trip that sync makes: records, their leaves, the changes that lost. */
async function heldTrip(store: Store) {
  const { db } = store;
  const tables: Record<string, unknown[]> = {};
  for (const table of SYNCED_TABLES) tables[table] = await db.table(table).orderBy('id').toArray();
  // As the device reads them: written here, or kept as the snapshot it began from brought them.
  const states = (await tripStates(db, SAMPLE_TRIP_ID))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map(({ key: _, ...state }) => state);
  const lost = await db.lostChanges.filter((change) => change.tripId === SAMPLE_TRIP_ID).sortBy('id');
  return { tables, states: unsigned(states) as unknown[], lost: unsigned(lost) as unknown[] };
}

/** The organiser's device makes a snapshot of the trip as it holds it, due or not. */
async function snapshotNow({ organiser, remote }: Trip): Promise<boolean> {
  const listed = await snapshotDue(organiser, remote, SAMPLE_TRIP_ID, () => true);
  return listed !== null && (await makeSnapshot(organiser, remote, SAMPLE_TRIP_ID, listed));
}

async function logLength(server: SyncServer): Promise<number> {
  const page = await server.pull(SAMPLE_TRIP_ID, 0);
  return page.changes.length + page.remaining;
}

/** A connection that counts the changes its pulls bring, and can alter what it is answered. */
function counting(
  connection: Connection,
  alter: (url: string, answer: Response) => Promise<Response> = async (_, a) => a,
) {
  const seen = { changes: 0, snapshotChunks: 0 };
  const fetching: typeof fetch = async (input, init) => {
    const url = String(input);
    const answer = await alter(url, await fetch(input, init));
    if (url.includes('/changes?'))
      seen.changes += ((await answer.clone().json()) as { changes: unknown[] }).changes.length;
    if (url.includes('/chunks/')) seen.snapshotChunks += 1;
    return answer;
  };
  return { server: httpSyncServer({ ...connection, fetch: fetching }), seen };
}

/** A trip whose members wrote on their own devices, a change that lost among them, then a snapshot, then more. */
async function writtenTrip() {
  const trip = await publishedTrip();
  const [first, second] = trip.members;
  if (!first || !second) throw new Error('no members');
  const member = await openTestStore();
  const memberServer = httpSyncServer(await join(trip, member, first.id));
  await syncTrip(member, memberServer, SAMPLE_TRIP_ID);
  await answer(member, first.id, 0, '현 과학기술진흥과가 예산을 총괄한다.');
  await answer(trip.organiser, second.id, 1, '공동연구를 지원한다.');
  // The member and the organiser change the member's telephone number apart: one of them loses.
  const held = await listMembers(member.db, SAMPLE_TRIP_ID);
  const own = held.find((one) => one.id === first.id);
  if (!own) throw new Error('no member');
  await updateMember(asMember(member, first.id), first.id, { ...own, phone: '+82-2-111-1111' });
  await updateMember(trip.organiser, first.id, { ...own, phone: '+82-2-222-2222' });
  await syncTrip(member, memberServer, SAMPLE_TRIP_ID);
  await syncTrip(trip.organiser, trip.remote, SAMPLE_TRIP_ID);
  await syncTrip(member, memberServer, SAMPLE_TRIP_ID);
  expect(await trip.organiser.db.lostChanges.count()).toBe(1);
  return { ...trip, member, memberServer, first, second };
}

describe('a new device’s first sync from the trip’s snapshot', () => {
  it('pulls only what came after it, and holds the trip as the devices that applied the whole log', {
    timeout: 120_000,
  }, async () => {
    const trip = await writtenTrip();
    const log = await logLength(trip.remote);
    expect(await snapshotNow(trip)).toBe(true);
    // Written after the snapshot: pulled as usual.
    await answer(trip.member, trip.first.id, 2, '연구단지를 조성한다.');
    await syncTrip(trip.member, trip.memberServer, SAMPLE_TRIP_ID);
    await syncTrip(trip.organiser, trip.remote, SAMPLE_TRIP_ID);

    const device = await openTestStore();
    const { server, seen } = counting(await join(trip, device, trip.second.id));
    await syncTrip(device, server, SAMPLE_TRIP_ID);
    expect(seen.snapshotChunks).toBeGreaterThan(0);
    expect(seen.changes).toBeLessThan(log / 10);
    await syncTrip(trip.member, trip.memberServer, SAMPLE_TRIP_ID);
    const held = await heldTrip(device);
    expect(held).toEqual(await heldTrip(trip.organiser));
    expect(held).toEqual(await heldTrip(trip.member));
    expect(held.lost).toHaveLength(1);
    const answers = held.tables.checklistAnswers as { body: { text: string } }[];
    expect(answers.map((one) => one.body.text)).toContain('연구단지를 조성한다.');
  });

  it('is kept as it came until a record is written again, and a record written then merges on from it', {
    timeout: 120_000,
  }, async () => {
    const trip = await writtenTrip();
    expect(await snapshotNow(trip)).toBe(true);
    const device = await openTestStore();
    const server = httpSyncServer(await join(trip, device, trip.second.id));
    await syncTrip(device, server, SAMPLE_TRIP_ID);
    const states = (await heldTrip(device)).states.length;
    // A row per record would be as many rows again as the records: the new device wrote none.
    expect(await device.db.recordStates.count()).toBe(0);
    expect(states).toBeGreaterThan(100);
    // The second member on the new device and the organiser edit the same answer apart, from the snapshot's text.
    await answer(device, trip.second.id, 1, '공동연구를 지원한다. 대학과 함께.');
    await answer(trip.organiser, trip.second.id, 1, '산학 공동연구를 지원한다.');
    await syncTrip(device, server, SAMPLE_TRIP_ID);
    await syncTrip(trip.organiser, trip.remote, SAMPLE_TRIP_ID);
    await syncTrip(device, server, SAMPLE_TRIP_ID);
    await syncTrip(trip.member, trip.memberServer, SAMPLE_TRIP_ID);
    const held = await heldTrip(device);
    expect(held).toEqual(await heldTrip(trip.organiser));
    expect(held).toEqual(await heldTrip(trip.member));
    const answers = held.tables.checklistAnswers as { body: { text: string } }[];
    expect(answers.map((one) => one.body.text)).toContain('산학 공동연구를 지원한다. 대학과 함께.');
    // The records written again have rows of their own; the others are still read from the snapshot.
    expect(await device.db.recordStates.count()).toBeLessThan(states / 10);
    // Nor does gathering all it holds of the trip to send (a backup, a server reached afresh) write them.
    const rows = await device.db.recordStates.count();
    await enqueueTrip(device, SAMPLE_TRIP_ID);
    expect(await device.db.recordStates.count()).toBe(rows);
  });

  it('is not made by a device of anyone but the member who published the trip', { timeout: 60_000 }, async () => {
    const trip = await writtenTrip();
    // The organiser's device made one on its own as it synced the trip, whose log passed FIRST_SNAPSHOT_BYTES.
    const { snapshot: listed } = await trip.remote.snapshot(SAMPLE_TRIP_ID);
    expect(listed).not.toBeNull();
    await answer(trip.member, trip.first.id, 2, '연구단지를 조성한다.');
    await syncTrip(trip.member, trip.memberServer, SAMPLE_TRIP_ID);
    expect(await snapshotDue(trip.member, trip.memberServer, SAMPLE_TRIP_ID, () => true)).toBeNull();
    // Asked to, the server refuses it all the same (server/snapshots.test.ts): only the organiser's is listed.
    const forced = await makeSnapshot(
      trip.member,
      trip.memberServer,
      SAMPLE_TRIP_ID,
      await trip.remote.snapshot(SAMPLE_TRIP_ID),
    );
    expect(forced).toBe(false);
    expect((await trip.remote.snapshot(SAMPLE_TRIP_ID)).snapshot).toEqual(listed);
  });

  it('is not taken when its bytes are not those signed: the whole log is pulled instead', {
    timeout: 60_000,
  }, async () => {
    const trip = await writtenTrip();
    expect(await snapshotNow(trip)).toBe(true);
    const log = await logLength(trip.remote);
    const device = await openTestStore();
    const altered = async (url: string, answer: Response) => {
      if (!url.includes('/chunks/')) return answer;
      const bytes = new Uint8Array(await answer.arrayBuffer());
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
      return new Response(bytes, { status: answer.status, headers: answer.headers });
    };
    const { server, seen } = counting(await join(trip, device, trip.second.id), altered);
    await syncTrip(device, server, SAMPLE_TRIP_ID);
    expect(seen.changes).toBe(log);
    expect(await heldTrip(device)).toEqual(await heldTrip(trip.organiser));
  });

  it('is not taken when signed by a device that may not vouch for it', { timeout: 60_000 }, async () => {
    const trip = await writtenTrip();
    expect(await snapshotNow(trip)).toBe(true);
    const { snapshot: listed } = await trip.remote.snapshot(SAMPLE_TRIP_ID);
    if (!listed) throw new Error('no snapshot');
    const log = await logLength(trip.remote);
    // The server names the member's device as its signer: the signature is then no longer that device's.
    const memberKeys = await trip.memberServer.listKeys(SAMPLE_TRIP_ID);
    const memberDevice = memberKeys.keys.find((key) => key.memberId === trip.first.id)?.deviceId ?? '';
    const forged = async (url: string, answer: Response) =>
      url.endsWith('/snapshot')
        ? Response.json({ ...(await answer.json()), snapshot: { ...listed, deviceId: memberDevice } })
        : answer;
    const device = await openTestStore();
    const { server, seen } = counting(await join(trip, device, trip.second.id), forged);
    await syncTrip(device, server, SAMPLE_TRIP_ID);
    expect(seen.snapshotChunks).toBe(0);
    expect(seen.changes).toBe(log);
    expect(await heldTrip(device)).toEqual(await heldTrip(trip.organiser));
  });
});
