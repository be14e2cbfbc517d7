// @vitest-environment node
/**
 * Change to screen between two online devices (the sample trip, the real
 * sync server on loopback over PGlite, each device's own SyncScheduler over
 * fake-indexeddb): from the moment an answer written on the organiser's
 * device is stored there until the member's device shows it (a Dexie
 * liveQuery, as the screen reads it), against the same answer written on
 * the member's own device. The remote figure holds the scheduler's wait
 * after a change (SYNC_AFTER_CHANGE_MS, which lets a burst of typing go in
 * one push), the push, the server waking the member's wait, and the pull.
 */
import 'fake-indexeddb/auto';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { type Connection, httpSyncServer, publishTrip } from '@shared/sync/client';
import { liveQuery } from 'dexie';
import { afterAll, beforeAll, test } from 'vitest';
import { openStore, type Store } from '../renderer/data/database/store';
import { saveConnection } from '../renderer/data/device/syncConnections';
import { saveAnswer } from '../renderer/data/records/checklistAnswers';
import { listQuestions } from '../renderer/data/records/checklistQuestions';
import { listItinerary } from '../renderer/data/records/itineraryItems';
import { listMembers } from '../renderer/data/records/members';
import { loadSampleTrip } from '../renderer/data/records/sampleTrip';
import { inviteToTrip, joinWithInvitation } from '../renderer/data/sync/invitations';
import { enqueueTrip } from '../renderer/data/sync/publishTrip';
import { SYNC_AFTER_CHANGE_MS, SyncScheduler } from '../renderer/data/sync/scheduler';
import { syncTrip } from '../renderer/data/sync/syncTrip';
import { pglite } from '../server/test/backends';
import { startServer, type TestServer } from '../server/test/harness';

const ROUNDS = 20;

let server: TestServer;
let organiser: Store;
let member: Store;
const schedulers: SyncScheduler[] = [];

const connection = (token?: string): Connection => ({ baseUrl: server.url, fetch, ...(token ? { token } : {}) });

/** The device syncs the trip on its own from now on, as the app does. */
async function syncing(store: Store, token: string, memberId: string, isOrganiser: boolean) {
  await saveConnection(store, {
    tripId: SAMPLE_TRIP_ID,
    baseUrl: server.url,
    token,
    memberId,
    organiser: isOrganiser,
    fingerprint: null,
  });
  const scheduler = new SyncScheduler(store, (joined) => httpSyncServer(connection(joined.token)));
  scheduler.start();
  schedulers.push(scheduler);
}

beforeAll(async () => {
  server = await startServer((await pglite.open()).storage);
  organiser = await openStore(`fieldbook-latency-organiser-${process.pid}`);
  await loadSampleTrip(organiser);
  const roster = await listMembers(organiser.db, SAMPLE_TRIP_ID);
  const lead = roster.find((person) => person.role === 'organiser');
  const plain = roster.find((person) => person.role === 'member');
  if (!lead || !plain) throw new Error('The sample trip has no organiser or no member');
  const published = await publishTrip(connection(), {
    setupCode: await server.setupCode(),
    tripId: SAMPLE_TRIP_ID,
    memberId: lead.id,
    deviceName: '주최자 노트북',
  });
  organiser = { db: organiser.db, ctx: { ...organiser.ctx, memberId: lead.id } };
  await enqueueTrip(organiser, SAMPLE_TRIP_ID);
  await syncTrip(organiser, httpSyncServer(connection(published.token)), SAMPLE_TRIP_ID);
  const invitation = await inviteToTrip(organiser, connection(published.token), SAMPLE_TRIP_ID, plain.id);
  member = await openStore(`fieldbook-latency-member-${process.pid}`);
  const joined = await joinWithInvitation(member, connection(), {
    invitation: invitation.code,
    deviceName: '단원 노트북',
  });
  member = { db: member.db, ctx: { ...member.ctx, memberId: plain.id } };
  await syncTrip(member, httpSyncServer(connection(joined.token)), SAMPLE_TRIP_ID);
  // The scheduler listens for the browser's "online", which nothing says in Node; set only now, as PGlite
  // would take a `window` for a browser's.
  (globalThis as { window?: EventTarget }).window ??= new EventTarget();
  await syncing(organiser, published.token, lead.id, true);
  await syncing(member, joined.token, plain.id, false);
}, 120_000);

afterAll(async () => {
  for (const scheduler of schedulers) scheduler.stop();
  await server.close();
  await server.storage.close();
});

/** Resolves when the member's device holds an answer with `text`, as its screen's live query sees it. */
function shownOnMember(text: string): Promise<void> {
  return new Promise((resolve) => {
    const subscription = liveQuery(() =>
      member.db.checklistAnswers.filter((answer) => answer.body.text === text).count(),
    ).subscribe((count) => {
      if (count === 0) return;
      subscription.unsubscribe();
      resolve();
    });
  });
}

/** Each round's time from an answer stored on `writer` to its text on the member's screen. */
async function latencies(writer: Store): Promise<number[]> {
  const [question] = await listQuestions(writer.db, SAMPLE_TRIP_ID);
  const visits = await listItinerary(writer.db, SAMPLE_TRIP_ID);
  const memberId = writer.ctx.memberId;
  if (!question || !memberId) throw new Error('Nothing to answer');
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const visit = visits[round % visits.length];
    if (!visit) throw new Error('No visit');
    const text = `${writer === member ? '단원' : '주최자'} ${round}: 현 과학기술진흥과가 예산을 총괄한다.`;
    const shown = shownOnMember(text);
    const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId };
    await saveAnswer(writer, key, text, 'ko');
    const stored = performance.now();
    await shown;
    times.push(performance.now() - stored);
    // The member's own push of the answer, or the organiser's pull of it, is over before the next round.
    await new Promise((resolve) => setTimeout(resolve, SYNC_AFTER_CHANGE_MS + 300));
  }
  return times.sort((a, b) => a - b);
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;

test('change to screen: another online device against this one', async () => {
  const local = await latencies(member);
  const remote = await latencies(organiser);
  const row = (what: string, sorted: readonly number[]) =>
    `${what.padEnd(44)} p50 ${percentile(sorted, 50).toFixed(1).padStart(8)} ms   p95 ${percentile(sorted, 95)
      .toFixed(1)
      .padStart(8)} ms`;
  console.log(
    [
      `Change to screen, ${ROUNDS} answers each (the sync waits ${SYNC_AFTER_CHANGE_MS} ms after a change):`,
      row('written on this device', local),
      row('written on another online device', remote),
      `  ratio at p50: ${(percentile(remote, 50) / percentile(local, 50)).toFixed(0)}×; ` +
        `the remote path less the wait after a change: p50 ${(percentile(remote, 50) - SYNC_AFTER_CHANGE_MS).toFixed(0)} ms`,
    ].join('\n'),
  );
}, 300_000);
