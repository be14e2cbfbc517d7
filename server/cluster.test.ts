import { type Change, mergeAll, recordOf } from '@shared/sync/merge';
import { v7 } from 'uuid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPostgres } from './storage/postgres';
import type { StoredChange } from './store/changes';
import { describeOnPostgres, postgres } from './test/backends';
import {
  call,
  changesOf,
  joinAs,
  publishTrip,
  push,
  startServer,
  type TestDevice,
  type TestServer,
  withoutSeq,
} from './test/harness';

/** What a device holds once it applied `changes`: its records and the changes it marks lost. */
function stateOf(changes: Iterable<Change>) {
  const { records, lost } = mergeAll(changes);
  return {
    records: [...records.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, state]) => [key, recordOf(state)]),
    lost: [...lost].sort(),
  };
}

/** A device's place in the trip's log on one server, pulled page by page as a client does. */
function follower(server: TestServer, device: TestDevice) {
  let next = 0;
  const seen: StoredChange[] = [];
  return {
    seen,
    async pull() {
      for (;;) {
        const page = await call(server.url, 'GET', `/trips/${device.tripId}/changes?after=${next}&limit=50`, {
          token: device.token,
        });
        seen.push(...page.body.changes);
        next = page.body.next;
        if (!page.body.more) return;
      }
    },
  };
}

describeOnPostgres('two server instances on one database', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    const { storage, url } = await postgres.open();
    // Every change pushed stays in the log: the test compares what the devices hold with all of them.
    a = await startServer(storage, { compactAfter: null });
    // Its own pool of connections, as another process would have.
    b = await startServer(openPostgres(url ?? ''), { compactAfter: null });
  }, 30_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await b?.storage.close();
    await a?.storage.close();
  });

  it('clients on either converge on the same records and lost changes, those of the merge rule', async () => {
    const { organiser, members } = await publishTrip(a, ['김민수', '이영희', '山田花子']);
    const devices: [TestDevice, TestServer][] = [[organiser, a]];
    for (const [i, member] of members.entries()) {
      const server = i % 2 === 0 ? b : a;
      devices.push([await joinAs(server, organiser, member.id), server]);
    }
    const answers = [v7(), v7()];
    const pushed: Change[] = [];
    const followers = devices.map(([device, server]) => follower(server, device));
    for (let round = 0; round < 12; round++) {
      await Promise.all(
        devices.map(async ([device, server], i) => {
          const recordId = answers[(round + i) % answers.length] ?? '';
          const leaves =
            (round + i) % 5 === 0
              ? { deletedAt: round % 2 ? null : new Date(1996, 9, 21, round).toISOString() }
              : { 'body/text': `${device.memberId.slice(-4)} 라운드 ${round}`, 'body/translations/ja': `第${round}回` };
          const changes = changesOf(device, 'checklistAnswers', recordId, leaves);
          expect((await push(server, device, changes)).status).toBe(200);
          pushed.push(...changes.map((change) => ({ ...change, memberId: device.memberId })));
          await followers[i]?.pull();
        }),
      );
    }
    await Promise.all(followers.map((f) => f.pull()));
    const everyone = followers.map((f) => stateOf(f.seen.map(withoutSeq)));
    const roster = followers[0]?.seen.filter((change) => change.table === 'members').map(withoutSeq) ?? [];
    const oracle = stateOf([...roster, ...pushed]);
    for (const state of everyone) expect(state).toEqual(oracle);
    for (const f of followers) expect(f.seen.length).toBe(roster.length + pushed.length);
  }, 60_000);

  it('never lets a pull that keeps its place miss a change pushed at the same time through the other', async () => {
    const { organiser, members } = await publishTrip(a, ['김민수', '이영희', '최지훈', '정수빈', '한도윤', '오세훈']);
    const writers = await Promise.all(members.map((member, i) => joinAs(i % 2 ? a : b, organiser, member.id)));
    const reader = follower(a, organiser);
    const before = (await call(a.url, 'GET', `/trips/${organiser.tripId}/changes`, { token: organiser.token })).body
      .changes.length;
    let writing = true;
    const reading = (async () => {
      while (writing) await reader.pull();
    })();
    const written = await Promise.all(
      writers.map(async (writer, i) => {
        const ids: string[] = [];
        for (let batch = 0; batch < 20; batch++) {
          const changes = Array.from({ length: 40 }, () =>
            changesOf(writer, 'qaNotes', v7(), { 'question/text': `질문 ${i}-${batch}` }),
          ).flat();
          expect((await push(i % 2 ? a : b, writer, changes)).status).toBe(200);
          ids.push(...changes.map((change) => change.id));
        }
        return ids;
      }),
    );
    writing = false;
    await reading;
    await reader.pull();
    const seen = reader.seen.map((change) => change.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(before).sort()).toEqual(written.flat().sort());
    const seqs = reader.seen.map((change) => change.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
  }, 60_000);
});
