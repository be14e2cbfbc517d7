import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { SyncError, type SyncServer } from '@shared/sync/client';
import { afterEach, describe, expect, it } from 'vitest';
import { joinedAs, organiserAndMember } from '../../../test/fixtures/syncedDevices';
import type { Store } from '../database/store';
import { saveAnswer } from '../records/checklistAnswers';
import { listQuestions } from '../records/checklistQuestions';
import { listItinerary } from '../records/itineraryItems';
import { SYNC_EVERY_MS, SyncScheduler } from './scheduler';
import { syncTrip } from './syncTrip';

const schedulers: SyncScheduler[] = [];
afterEach(() => {
  for (const scheduler of schedulers.splice(0)) scheduler.stop();
});

async function until(check: () => boolean | Promise<boolean>, what: string, within = 5_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > within) throw new Error(`Not ${what} within ${within} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The organiser answers the first question of the first visit, as their own answer, and syncs. */
async function organiserAnswers(organiser: Store, server: SyncServer, text: string) {
  const [question] = await listQuestions(organiser.db, SAMPLE_TRIP_ID);
  const [visit] = await listItinerary(organiser.db, SAMPLE_TRIP_ID);
  if (!question || !visit || !organiser.ctx.memberId) throw new Error('the sample trip is not there');
  const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId: organiser.ctx.memberId };
  await saveAnswer(organiser, key, text, 'ko');
  await syncTrip(organiser, server, SAMPLE_TRIP_ID);
}

const answersOn = async (store: Store) => (await store.db.checklistAnswers.toArray()).map((answer) => answer.body.text);

describe('waiting for what the others write', () => {
  it('brings another member’s answer in seconds, with no change here and long before the minute’s sync', async () => {
    const { server, organiser, member, memberId } = await organiserAndMember();
    await joinedAs(member, memberId);
    const scheduler = new SyncScheduler(member, () => server);
    schedulers.push(scheduler);
    scheduler.start();
    await until(() => scheduler.status(SAMPLE_TRIP_ID)?.lastSync != null, 'synced once');
    const written = Date.now();
    await organiserAnswers(organiser, server, '구마모토현은 반도체 연구 거점을 육성한다');
    await until(async () => (await answersOn(member)).includes('구마모토현은 반도체 연구 거점을 육성한다'), 'arrived');
    expect(Date.now() - written).toBeLessThan(SYNC_EVERY_MS / 10);
  });

  it('does not ask a server without waiting again and again: it syncs at the minute as before', async () => {
    const { server, member, memberId } = await organiserAndMember();
    let pulls = 0;
    let waits = 0;
    const older = {
      ...server,
      pull: (...args: Parameters<typeof server.pull>) => {
        pulls += 1;
        return server.pull(...args);
      },
      waitForChanges: async () => {
        waits += 1;
        throw new SyncError('not_found', 'No GET /v1/trips/…/changes/wait here.');
      },
    };
    await joinedAs(member, memberId);
    const scheduler = new SyncScheduler(member, () => older);
    schedulers.push(scheduler);
    scheduler.start();
    await until(() => scheduler.status(SAMPLE_TRIP_ID)?.lastSync != null, 'synced once');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(waits).toBe(1);
    // The first sync, and the one that followed the refused wait; no more.
    expect(pulls).toBeLessThanOrEqual(2);
    expect(scheduler.status(SAMPLE_TRIP_ID)?.error).toBeNull();
  });

  it('after the server went away while waiting, finds it again in seconds', async () => {
    const { server, setReachable, organiser, member, memberId } = await organiserAndMember();
    await joinedAs(member, memberId);
    const scheduler = new SyncScheduler(member, () => server, 50);
    schedulers.push(scheduler);
    scheduler.start();
    await until(() => scheduler.status(SAMPLE_TRIP_ID)?.lastSync != null, 'synced once');
    setReachable(false);
    await until(() => scheduler.status(SAMPLE_TRIP_ID)?.error === 'offline', 'told the server is gone');
    setReachable(true);
    await until(() => scheduler.status(SAMPLE_TRIP_ID)?.error === null, 'syncing again');
    await organiserAnswers(organiser, server, '후쿠오카현 지사와의 간담회');
    await until(
      async () => (await answersOn(member)).includes('후쿠오카현 지사와의 간담회'),
      'arrived after the return',
    );
  });
});
