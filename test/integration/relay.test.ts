import 'fake-indexeddb/auto';
import type { RecordId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { httpSyncServer } from '@shared/sync/client';
import { describe, expect, it } from 'vitest';
import { asMember, type Store } from '../../renderer/data/database/store';
import { exportTrip } from '../../renderer/data/exchange/exportTrip';
import { importTripFile } from '../../renderer/data/exchange/importTrip';
import { saveAnswer } from '../../renderer/data/records/checklistAnswers';
import { listQuestions } from '../../renderer/data/records/checklistQuestions';
import { listItinerary } from '../../renderer/data/records/itineraryItems';
import { listMembers } from '../../renderer/data/records/members';
import { loadSampleTrip } from '../../renderer/data/records/sampleTrip';
import { inviteToTrip, joinWithInvitation, publishFromHere } from '../../renderer/data/sync/invitations';
import { heldTrust, verifiedChanges } from '../../renderer/data/sync/signatures';
import { startOver, syncTrip } from '../../renderer/data/sync/syncTrip';
import { openPglite } from '../../server/storage/pglite';
import { startServer, type TestServer } from '../../server/test/harness';
import { openTestStore } from '../fixtures/store';

/**
 * A server lost with the trip, and only the organiser's device reaching the
 * replacement: it passes on what the members wrote, as they signed it, so
 * that a device new to the replacement gets the whole trip before the
 * members come back, each text still theirs (docs/sync-protocol.md,
 * section 9, relaying). Real devices over IndexedDB, the real server on
 * loopback over PGlite.
 */

async function answer(store: Store, memberId: RecordId, questionIndex: number, text: string) {
  const questions = await listQuestions(store.db, SAMPLE_TRIP_ID);
  const visit = (await listItinerary(store.db, SAMPLE_TRIP_ID)).find((item) => item.host?.name.ja === '福岡県庁');
  const question = questions[questionIndex];
  if (!question || !visit) throw new Error('the trip is incomplete');
  const key = { tripId: SAMPLE_TRIP_ID, visitId: visit.id, questionId: question.id, memberId };
  return saveAnswer(asMember(store, memberId), key, text, 'ko');
}

const answersOf = async (store: Store) =>
  (await store.db.checklistAnswers.toArray())
    .map((row) => [row.memberId, row.updatedBy.memberId, row.body.text])
    .sort();

async function publish(organiser: Store, target: TestServer, memberId: RecordId) {
  const published = await publishFromHere(
    organiser,
    { baseUrl: target.url, fetch },
    { setupCode: await target.setupCode(), tripId: SAMPLE_TRIP_ID, memberId, deviceName: '주최자 노트북' },
  );
  await startOver(organiser, SAMPLE_TRIP_ID, { memberId, organiser: true });
  return { token: published.token, server: httpSyncServer({ baseUrl: target.url, fetch, token: published.token }) };
}

/** The organiser invites `memberId`, and `device` joins with the code, as the sync screens do. */
async function join(organiser: Store, organiserToken: string, device: Store, target: TestServer, memberId: RecordId) {
  const owner = { baseUrl: target.url, fetch, token: organiserToken };
  const { code } = await inviteToTrip(organiser, owner, SAMPLE_TRIP_ID, memberId);
  const joined = await joinWithInvitation(
    device,
    { baseUrl: target.url, fetch },
    { invitation: code, deviceName: '기기' },
  );
  await startOver(device, SAMPLE_TRIP_ID, { memberId, organiser: false }, { relay: false });
  return httpSyncServer({ baseUrl: target.url, fetch, token: joined.token });
}

describe('a server lost with the trip', () => {
  it('gets the members’ texts back from the organiser’s device alone, each still its writer’s and verified', async () => {
    const organiser = await openTestStore();
    await loadSampleTrip(organiser);
    const [lead, kim, lee, park] = await listMembers(organiser.db, SAMPLE_TRIP_ID);
    if (!lead || !kim || !lee || !park) throw new Error('no members');
    const kimsDevice = await openTestStore();
    const leesDevice = await openTestStore();

    const lost = await startServer(await openPglite());
    const first = await publish(organiser, lost, lead.id);
    await syncTrip(organiser, first.server, SAMPLE_TRIP_ID);
    const kimOnLost = await join(organiser, first.token, kimsDevice, lost, kim.id);
    const leeOnLost = await join(organiser, first.token, leesDevice, lost, lee.id);
    await syncTrip(kimsDevice, kimOnLost, SAMPLE_TRIP_ID);
    await syncTrip(leesDevice, leeOnLost, SAMPLE_TRIP_ID);
    await answer(kimsDevice, kim.id, 0, '현 예산의 1/4~1/5 (김 위원)');
    await answer(leesDevice, lee.id, 1, '공업기술센터를 국비 매칭으로 (이 위원)');
    await syncTrip(kimsDevice, kimOnLost, SAMPLE_TRIP_ID);
    await syncTrip(leesDevice, leeOnLost, SAMPLE_TRIP_ID);
    await syncTrip(organiser, first.server, SAMPLE_TRIP_ID);
    const written = await answersOf(organiser);
    expect(written).toEqual(
      expect.arrayContaining([
        [kim.id, kim.id, '현 예산의 1/4~1/5 (김 위원)'],
        [lee.id, lee.id, '공업기술센터를 국비 매칭으로 (이 위원)'],
      ]),
    );
    await lost.close();
    await lost.storage.close();

    // With no server at all, the organiser's device still verifies what it holds, its own and the others'.
    const logged = await organiser.db.changeLog.toArray();
    expect(new Set(logged.map((change) => change.memberId))).toEqual(new Set([lead.id, kim.id, lee.id]));
    const bundles = await organiser.db.bundles.toArray();
    const offline = await verifiedChanges(await heldTrust(organiser.db, SAMPLE_TRIP_ID), {
      changes: logged.map((change, seq) => ({ ...change, seq: seq + 1 })),
      bundles,
    });
    expect(offline).toHaveLength(logged.length);

    const replacement = await startServer(await openPglite());
    try {
      const second = await publish(organiser, replacement, lead.id);
      await syncTrip(organiser, second.server, SAMPLE_TRIP_ID);
      // Park's new device joins the replacement before Kim or Lee come back.
      const parksDevice = await openTestStore();
      const parkOnReplacement = await join(organiser, second.token, parksDevice, replacement, park.id);
      const pulled = await syncTrip(parksDevice, parkOnReplacement, SAMPLE_TRIP_ID);
      expect(pulled.unverified).toBe(0);
      expect(await answersOf(parksDevice)).toEqual(written);

      // Kim's device comes back on the same key: it takes its place, and everyone converges.
      const kimOnReplacement = await join(organiser, second.token, kimsDevice, replacement, kim.id);
      await answer(kimsDevice, kim.id, 2, '전문가 파견 (김 위원)');
      expect((await syncTrip(kimsDevice, kimOnReplacement, SAMPLE_TRIP_ID)).unverified).toBe(0);
      await syncTrip(parksDevice, parkOnReplacement, SAMPLE_TRIP_ID);
      await syncTrip(organiser, second.server, SAMPLE_TRIP_ID);
      expect(await answersOf(parksDevice)).toEqual(await answersOf(organiser));
      expect(await answersOf(kimsDevice)).toEqual(await answersOf(organiser));
      expect(await answersOf(organiser)).toContainEqual([kim.id, kim.id, '전문가 파견 (김 위원)']);
      const keys = await second.server.listKeys(SAMPLE_TRIP_ID);
      expect(keys.keys.filter((key) => key.deviceId === kimsDevice.ctx.deviceId)).toHaveLength(1);
    } finally {
      await replacement.close();
      await replacement.storage.close();
    }
  }, 120_000);

  it('a member’s notes that came to another by file reach the server with that member’s next sync, still the writer’s', async () => {
    const organiser = await openTestStore();
    await loadSampleTrip(organiser);
    const [lead, kim, lee] = await listMembers(organiser.db, SAMPLE_TRIP_ID);
    if (!lead || !kim || !lee) throw new Error('no members');
    const kimsDevice = await openTestStore();
    const leesDevice = await openTestStore();
    const target = await startServer(await openPglite());
    try {
      const published = await publish(organiser, target, lead.id);
      await syncTrip(organiser, published.server, SAMPLE_TRIP_ID);
      const kimOnServer = await join(organiser, published.token, kimsDevice, target, kim.id);
      const leeOnServer = await join(organiser, published.token, leesDevice, target, lee.id);
      await syncTrip(kimsDevice, kimOnServer, SAMPLE_TRIP_ID);
      await syncTrip(leesDevice, leeOnServer, SAMPLE_TRIP_ID);

      // Kim, on a bus with no network, hands Lee a file; Kim's device does not sync again.
      const written = await answer(kimsDevice, kim.id, 0, '버스 안에서 쓴 답 (김 위원)');
      const file: Uint8Array[] = [];
      await exportTrip(kimsDevice, SAMPLE_TRIP_ID, async (chunk) => void file.push(chunk.slice()), {
        kind: 'changes',
      });
      async function* pieces() {
        yield* file;
      }
      await importTripFile(leesDevice, pieces(), { into: SAMPLE_TRIP_ID });
      await syncTrip(leesDevice, leeOnServer, SAMPLE_TRIP_ID);
      expect(await leesDevice.db.changeLog.where('[tripId+passOn]').equals([SAMPLE_TRIP_ID, 1]).count()).toBe(0);

      const pulled = await syncTrip(organiser, published.server, SAMPLE_TRIP_ID);
      expect(pulled.unverified).toBe(0);
      const arrived = await organiser.db.checklistAnswers.get(written.id);
      expect(arrived?.body.text).toBe('버스 안에서 쓴 답 (김 위원)');
      expect(arrived?.updatedBy.memberId).toBe(kim.id);
    } finally {
      await target.close();
      await target.storage.close();
    }
  }, 120_000);
});
