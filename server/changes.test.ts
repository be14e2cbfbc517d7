import { formatHlc, MAX_SKEW_MS } from '@shared/sync/hlc';
import { v7 } from 'uuid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from './test/backends';
import {
  call,
  changeOf,
  changesOf,
  joinAs,
  publishTrip,
  pullAll,
  push,
  startServer,
  type TestDevice,
  type TestServer,
  withoutBundle,
  withoutSeq,
} from './test/harness';

/** `count` answers by `device`, two changes each. */
const answers = (device: TestDevice, count: number) =>
  Array.from({ length: count }, (_, i) =>
    changesOf(device, 'checklistAnswers', v7(), { 'body/text': `답변 ${i} 回答`, 'body/lang': 'ko' }),
  ).flat();

describeEachBackend('pushing and pulling changes', (backend) => {
  let server: TestServer;
  const time = Date.now();
  beforeAll(async () => {
    server = await startServer((await backend.open()).storage, { now: () => time });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await server?.storage.close();
  });

  it('pulls every change once, in the order stored, page by page', async () => {
    const { organiser } = await publishTrip(server);
    const roster = await pullAll(server, organiser);
    const pushed = answers(organiser, 625);
    for (const batch of [pushed.slice(0, 1000), pushed.slice(1000)]) {
      const answer = await push(server, organiser, batch);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ accepted: batch.length, refused: [], serverTime: new Date(time).toISOString() });
    }
    const expected = [...roster, ...pushed].map((change) => change.id);
    expect((await pullAll(server, organiser)).map((change) => change.id)).toEqual(expected);
    expect((await pullAll(server, organiser, 333)).map((change) => change.id)).toEqual(expected);

    const first = await call(server.url, 'GET', `/trips/${organiser.tripId}/changes?limit=2`, {
      token: organiser.token,
    });
    expect(first.body).toMatchObject({
      more: true,
      remaining: expected.length - 2,
      serverTime: new Date(time).toISOString(),
    });
    expect(first.body.changes).toHaveLength(2);
    expect(first.body.next).toBe(first.body.changes[1].seq);
    expect(first.body.changes[0].seq).toBeLessThan(first.body.changes[1].seq);
  });

  it('ends a page at about 4 MB of changes, always with one, so a new device gets past the largest notes', {
    timeout: 60_000,
  }, async () => {
    const { organiser } = await publishTrip(server);
    const before = (await pullAll(server, organiser)).length;
    // Five versions of a long note, 1.5 MB each: a page of them all would be 7.5 MB.
    const long = '가'.repeat(500_000);
    for (let i = 0; i < 5; i++) {
      const version = changesOf(organiser, 'noteVersions', v7(), { content: { body: { text: `${i}${long}` } } });
      expect((await push(server, organiser, version)).status).toBe(200);
    }
    const pages: number[] = [];
    let after = 0;
    for (;;) {
      const page = await call(server.url, 'GET', `/trips/${organiser.tripId}/changes?after=${after}`, {
        token: organiser.token,
      });
      expect(JSON.stringify(page.body).length).toBeLessThan(4.5 * 1024 * 1024);
      pages.push(page.body.changes.length);
      after = page.body.next;
      if (!page.body.more) break;
    }
    expect(pages.reduce((sum, count) => sum + count, 0)).toBe(before + 5);
    // The roster and two versions, then two, then the last one.
    expect(pages).toEqual([before + 2, 2, 1]);
  });

  it('tells a device that has pulled past the end of the trip’s log (a server restored from a backup) to start over', async () => {
    const { organiser } = await publishTrip(server);
    await push(server, organiser, answers(organiser, 3));
    const all = await call(server.url, 'GET', `/trips/${organiser.tripId}/changes`, { token: organiser.token });
    const end = all.body.next;
    expect(all.body).toMatchObject({ more: false, remaining: 0 });
    const atEnd = await call(server.url, 'GET', `/trips/${organiser.tripId}/changes?after=${end}`, {
      token: organiser.token,
    });
    expect(atEnd.body).toMatchObject({ changes: [], next: end, more: false, remaining: 0 });

    // Another trip's changes come after this trip's end: still past this trip's log.
    const other = await publishTrip(server);
    await push(server, other.organiser, answers(other.organiser, 2));
    const past = await call(server.url, 'GET', `/trips/${organiser.tripId}/changes?after=${end + 1}`, {
      token: organiser.token,
    });
    expect(past.status).toBe(409);
    expect(past.body).toMatchObject({ error: 'cursor_ahead', last: end });
  });

  it('tells a device to start over when the change it pulled last is no longer where it was, however much was written since', async () => {
    const { organiser } = await publishTrip(server);
    await push(server, organiser, answers(organiser, 3));
    const pulled = (await pullAll(server, organiser)).at(-1);
    if (!pulled) throw new Error('nothing pulled');
    const ask = (id: string) =>
      call(server.url, 'GET', `/trips/${organiser.tripId}/changes?after=${pulled.seq}&id=${id}`, {
        token: organiser.token,
      });
    expect((await ask(pulled.id)).status).toBe(200);
    // The server put back as it was before those answers, then others write more than they were.
    await server.storage.query('DELETE FROM changes WHERE trip_id = $1 AND seq > $2', [
      organiser.tripId,
      pulled.seq - 6,
    ]);
    await push(server, organiser, answers(organiser, 10));
    const moved = await ask(pulled.id);
    expect(moved.status).toBe(409);
    expect(moved.body).toMatchObject({ error: 'cursor_ahead' });
    expect((await ask('not-an-id')).status).toBe(400);
  });

  it('gives back each change as it was pushed, values and their keys in order', async () => {
    const { organiser } = await publishTrip(server);
    const itemId = v7();
    // Keys in an order jsonb would change (it sorts them by length): a device compares values as JSON text.
    const host = { contacts: [], address: { ja: '横浜市中区' }, name: { ko: '가나가와현청', ja: '神奈川県庁' } };
    const pushed = changesOf(organiser, 'itineraryItems', itemId, {
      kind: 'visit',
      'title/ja': '神奈川県産業技術センター',
      'title/ko': '가나가와현 산업기술센터',
      date: '1996-10-22',
      host,
      attendeeIds: [organiser.memberId],
      'preparationNotes/translations/en': null,
    });
    await push(server, organiser, pushed);
    const pulled = (await pullAll(server, organiser)).filter((change) => change.recordId === itemId);
    expect(pulled.map(withoutSeq).map(withoutBundle)).toEqual(pushed);
    const hostPulled = pulled.find((change) => change.path === 'host');
    expect(JSON.stringify(hostPulled?.value)).toBe(JSON.stringify(host));
  });

  it('stores a change pushed again once: repeats, partial repeats and duplicates in one batch', async () => {
    const { organiser } = await publishTrip(server);
    const batch = answers(organiser, 30);
    expect((await push(server, organiser, batch)).body.accepted).toBe(60);
    expect((await push(server, organiser, batch)).body.accepted).toBe(0);
    const more = answers(organiser, 5);
    expect((await push(server, organiser, [...batch.slice(0, 10), ...more, ...more])).body.accepted).toBe(10);
    const ids = (await pullAll(server, organiser)).map((change) => change.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([...batch, ...more].map((change) => change.id)));
  });

  it('stores the member its device is bound to as a change’s author, and refuses a change that names another', async () => {
    const { organiser, members } = await publishTrip(server, ['김민수', '이영희']);
    const [kim, lee] = members.map((member) => member.id);
    const phone = await joinAs(server, organiser, kim ?? '');
    const own = changesOf(phone, 'qaNotes', v7(), { 'question/text': '예산은?', 'question/lang': 'ko' });
    expect((await push(server, phone, own)).status).toBe(200);
    const pulled = await pullAll(server, organiser);
    expect(pulled.filter((c) => own.some((mine) => mine.id === c.id)).map((c) => c.memberId)).toEqual([kim, kim]);
    for (const claimed of [lee, organiser.memberId, null]) {
      const forged = changesOf({ ...phone, memberId: claimed ?? '' }, 'qaNotes', v7(), { 'question/text': '人員は?' });
      const answer = await push(
        server,
        phone,
        forged.map((change) => ({ ...change, memberId: claimed })),
      );
      expect(answer.body).toMatchObject({ error: 'invalid_signature', index: 0, reason: 'wrong_member' });
    }
  });

  it(`refuses a push with a change stamped more than ${MAX_SKEW_MS / 60_000} minutes ahead, saying the server’s time`, async () => {
    const { organiser } = await publishTrip(server);
    const stamped = (ahead: number) =>
      changeOf(
        organiser,
        'members',
        v7(),
        ['name', '미래'],
        formatHlc({ millis: time + ahead, counter: 0, node: 'x' }),
      );
    const before = await pullAll(server, organiser);
    const refused = await push(server, organiser, [stamped(0), stamped(MAX_SKEW_MS + 1000)]);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'clock_ahead', index: 1, serverTime: new Date(time).toISOString() });
    expect(await pullAll(server, organiser)).toEqual(before);
    expect((await push(server, organiser, [stamped(MAX_SKEW_MS - 1000)])).body.accepted).toBe(1);
  });
});
