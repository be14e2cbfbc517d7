import 'fake-indexeddb/auto';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { type Connection, httpSyncServer, joinTrip, SyncError } from '@shared/sync/client';
import { splitInvitation } from '@shared/sync/serverAddress';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asMember, openStore, type Store } from '../../renderer/data/database/store';
import { saveAnswer } from '../../renderer/data/records/checklistAnswers';
import { listQuestions } from '../../renderer/data/records/checklistQuestions';
import { listItinerary } from '../../renderer/data/records/itineraryItems';
import { listMembers } from '../../renderer/data/records/members';
import { loadSampleTrip } from '../../renderer/data/records/sampleTrip';
import { inviteToTrip, joinWithInvitation, publishFromHere } from '../../renderer/data/sync/invitations';
import { enqueueTrip } from '../../renderer/data/sync/publishTrip';
import { startOver, syncTrip } from '../../renderer/data/sync/syncTrip';
import { openPglite } from '../../server/storage/pglite';
import { startServer, type TestServer } from '../../server/test/harness';
import { openTestStore } from '../fixtures/store';

/**
 * The app's own sync code (repositories over IndexedDB, the write funnel,
 * syncTrip, the HTTP client) against the real sync server on loopback, over
 * PGlite: what two members' devices do, end to end but for the screens.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startServer(await openPglite());
}, 60_000);

afterAll(async () => {
  await server?.close();
  await server?.storage.close();
});

const connection = (token?: string): Connection => ({ baseUrl: server.url, fetch, ...(token ? { token } : {}) });

async function answerAs(store: Store, memberIndex: number, text: string) {
  const member = (await listMembers(store.db, SAMPLE_TRIP_ID))[memberIndex];
  const [question] = await listQuestions(store.db, SAMPLE_TRIP_ID);
  const visit = (await listItinerary(store.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '福岡県庁');
  if (!member || !question || !visit) throw new Error('the trip is incomplete');
  const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId: member.id };
  return saveAnswer(asMember(store, member.id), key, text, 'ko');
}

const answersOf = async (store: Store) =>
  (await store.db.checklistAnswers.toArray()).map((answer) => [answer.memberId, answer.body.text]).sort();

describe('two members’ devices through the sync server', () => {
  it('publish, invite, join, write offline on both, sync, and converge; the author is the device’s member', async () => {
    const organiser = await openTestStore();
    await loadSampleTrip(organiser);
    const members = await listMembers(organiser.db, SAMPLE_TRIP_ID);
    const [lead, kim] = members;
    if (!lead || !kim) throw new Error('no members');

    const published = await publishFromHere(organiser, connection(), {
      setupCode: await server.setupCode(),
      tripId: SAMPLE_TRIP_ID,
      memberId: lead.id,
      deviceName: '주최자 노트북',
    });
    const waiting = await enqueueTrip(organiser, SAMPLE_TRIP_ID);
    expect(waiting).toBeGreaterThan(700);
    const organiserServer = httpSyncServer(connection(published.token));
    const sent = await syncTrip(organiser, organiserServer, SAMPLE_TRIP_ID);
    expect(sent.sent).toBe(waiting);

    const { code } = await inviteToTrip(organiser, connection(published.token), SAMPLE_TRIP_ID, kim.id);
    const member = await openTestStore();
    const joined = await joinWithInvitation(member, connection(), { invitation: code, deviceName: '김 위원 노트북' });
    expect(joined.memberId).toBe(kim.id);
    const memberServer = httpSyncServer(connection(joined.token));
    const first = await syncTrip(member, memberServer, SAMPLE_TRIP_ID);
    // The whole trip, from the snapshot the organiser's device made as it published (section 3.6), and
    // nothing pulled from the log that it holds already.
    expect((await organiserServer.snapshot(SAMPLE_TRIP_ID)).snapshot).not.toBeNull();
    expect(first.received).toBe(0);
    for (const table of [
      'itineraryItems',
      'members',
      'checklistAnswers',
      'minutes',
      'qaNotes',
      'noteVersions',
    ] as const)
      expect(await member.db.table(table).toArray()).toEqual(await organiser.db.table(table).toArray());

    // Both write while apart; the member's device claims the organiser wrote its answer.
    await answerAs(organiser, 0, '현 예산의 1/4~1/5 (주최자)');
    await answerAs(asMember(member, lead.id), 1, '공업기술센터를 국비 매칭으로 (김 위원)');
    await syncTrip(member, memberServer, SAMPLE_TRIP_ID);
    await syncTrip(organiser, organiserServer, SAMPLE_TRIP_ID);
    await syncTrip(member, memberServer, SAMPLE_TRIP_ID);

    expect(await answersOf(member)).toEqual(await answersOf(organiser));
    expect(await answersOf(organiser)).toEqual(
      expect.arrayContaining([
        [lead.id, '현 예산의 1/4~1/5 (주최자)'],
        [kim.id, '공업기술센터를 국비 매칭으로 (김 위원)'],
      ]),
    );
    const kimsAnswer = (await organiser.db.checklistAnswers.toArray()).find((answer) => answer.memberId === kim.id);
    expect(kimsAnswer?.updatedBy.memberId).toBe(kim.id);

    // Nobody can become Kim with the code once it was used.
    const serverCode = splitInvitation(code)?.code ?? '';
    const again = await joinTrip(connection(), { code: serverCode, deviceName: '다른 기기' }).catch(
      (error: unknown) => error,
    );
    expect(again).toBeInstanceOf(SyncError);
    expect((again as SyncError).code).toBe('code_used');
  }, 60_000);

  it('a device whose clock is three hours fast publishes all the same, on the server’s time', async () => {
    const threeHours = 3 * 60 * 60 * 1000;
    const organiser = await openStore(`fast-${Math.random()}`, () => new Date(Date.now() + threeHours));
    await loadSampleTrip(organiser);
    const [lead] = await listMembers(organiser.db, SAMPLE_TRIP_ID);
    if (!lead) throw new Error('no members');
    const fresh = await startServer(await openPglite());
    try {
      const published = await publishFromHere(
        organiser,
        { baseUrl: fresh.url, fetch },
        {
          setupCode: await fresh.setupCode(),
          tripId: SAMPLE_TRIP_ID,
          memberId: lead.id,
          deviceName: '시계가 빠른 노트북',
        },
      );
      const waiting = await enqueueTrip(organiser, SAMPLE_TRIP_ID);
      const result = await syncTrip(
        organiser,
        httpSyncServer({ baseUrl: fresh.url, fetch, token: published.token }),
        SAMPLE_TRIP_ID,
      );
      expect(result.sent).toBe(waiting);
      expect(Math.round(result.clockCorrection / 60_000)).toBe(-180);
      expect(await organiser.db.outbox.count()).toBe(0);
    } finally {
      await fresh.close();
      await fresh.storage.close();
    }
  }, 60_000);

  it('a server lost and replaced: the organiser publishes again, the member joins again, nothing written anywhere is lost', async () => {
    const organiser = await openTestStore();
    await loadSampleTrip(organiser);
    const members = await listMembers(organiser.db, SAMPLE_TRIP_ID);
    const [lead, kim] = members;
    if (!lead || !kim) throw new Error('no members');
    const member = await openTestStore();

    /** The organiser publishes to `target` and sends the trip, then Kim's device joins it, as the sync screens do (connect.ts). */
    const connect = async (target: TestServer) => {
      const published = await publishFromHere(
        organiser,
        { baseUrl: target.url, fetch },
        { setupCode: await target.setupCode(), tripId: SAMPLE_TRIP_ID, memberId: lead.id, deviceName: '주최자 노트북' },
      );
      await startOver(organiser, SAMPLE_TRIP_ID, { memberId: lead.id, organiser: true });
      const organiserServer = httpSyncServer({ baseUrl: target.url, fetch, token: published.token });
      await syncTrip(organiser, organiserServer, SAMPLE_TRIP_ID);
      const { code } = await inviteToTrip(
        organiser,
        { baseUrl: target.url, fetch, token: published.token },
        SAMPLE_TRIP_ID,
        kim.id,
      );
      const joined = await joinWithInvitation(
        member,
        { baseUrl: target.url, fetch },
        { invitation: code, deviceName: '김 위원 노트북' },
      );
      // As connect.ts does, before the connection is saved.
      await startOver(member, SAMPLE_TRIP_ID, { memberId: kim.id, organiser: false });
      return {
        organiser: organiserServer,
        member: httpSyncServer({ baseUrl: target.url, fetch, token: joined.token }),
        organiserToken: published.token,
      };
    };

    const lost = await startServer(await openPglite());
    const before = await connect(lost);
    await syncTrip(member, before.member, SAMPLE_TRIP_ID);
    await answerAs(asMember(member, kim.id), 1, '서버가 사라지기 전에 보낸 답 (김 위원)');
    await syncTrip(member, before.member, SAMPLE_TRIP_ID);
    await answerAs(asMember(member, kim.id), 2, '보내지 못한 답 (김 위원)');
    await answerAs(organiser, 0, '보내지 못한 답 (주최자)');
    await lost.close();
    await lost.storage.close();
    await expect(syncTrip(organiser, before.organiser, SAMPLE_TRIP_ID)).rejects.toMatchObject({ code: 'offline' });

    const replacement = await startServer(await openPglite());
    try {
      const after = await connect(replacement);
      await syncTrip(member, after.member, SAMPLE_TRIP_ID);
      await syncTrip(organiser, after.organiser, SAMPLE_TRIP_ID);
      expect(await answersOf(organiser)).toEqual(
        expect.arrayContaining([
          [kim.id, '서버가 사라지기 전에 보낸 답 (김 위원)'],
          [members[2]?.id, '보내지 못한 답 (김 위원)'],
          [lead.id, '보내지 못한 답 (주최자)'],
        ]),
      );
      expect(await answersOf(member)).toEqual(await answersOf(organiser));
      // A device new to the replacement gets the whole trip from it alone.
      const third = members[2];
      if (!third) throw new Error('no third member');
      const invited = await inviteToTrip(
        organiser,
        { baseUrl: replacement.url, fetch, token: after.organiserToken },
        SAMPLE_TRIP_ID,
        third.id,
      );
      const fresh = await openTestStore();
      const joined = await joinWithInvitation(
        fresh,
        { baseUrl: replacement.url, fetch },
        { invitation: invited.code, deviceName: '새 기기' },
      );
      await syncTrip(fresh, httpSyncServer({ baseUrl: replacement.url, fetch, token: joined.token }), SAMPLE_TRIP_ID);
      expect(await answersOf(fresh)).toEqual(await answersOf(organiser));
    } finally {
      await replacement.close();
      await replacement.storage.close();
    }
  }, 60_000);
});
