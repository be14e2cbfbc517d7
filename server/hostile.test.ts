import { PROTOCOL } from '@shared/sync/client';
import { v7 } from 'uuid';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from './app';
import { describeEachBackend } from './test/backends';
import { call, changesOf, publishTrip, pullAll, push, startServer, type TestServer } from './test/harness';

describeEachBackend('hostile requests', (backend) => {
  let server: TestServer;
  let trip: Awaited<ReturnType<typeof publishTrip>>;
  beforeAll(async () => {
    server = await startServer((await backend.open()).storage);
    trip = await publishTrip(server, ['김민수']);
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await server?.storage.close();
  });

  const changesPath = () => `/trips/${trip.tripId}/changes`;
  const valid = () => changesOf(trip.organiser, 'members', v7(), { name: '새 회원', role: 'member' });
  /** Sends `body` as a push and checks that it is refused with `expected` and that the trip did not change. */
  const refused = async (body: unknown, expected: Record<string, unknown>, status = 400) => {
    const before = await pullAll(server, trip.organiser);
    const answer = await call(server.url, 'POST', changesPath(), { token: trip.organiser.token, body });
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject(expected);
    expect(typeof answer.body.message).toBe('string');
    expect(await pullAll(server, trip.organiser)).toEqual(before);
  };

  it('refuses a body over 4 MB, with or without its length said, and a push of over 1,000 changes', async () => {
    const huge = JSON.stringify({ changes: [{ ...valid()[0], value: 'x'.repeat(MAX_BODY_BYTES) }] });
    await refused(huge, { error: 'too_large' }, 413);
    const chunks = new Blob([huge]).stream();
    const streamed = await fetch(`${server.url}/v1${changesPath()}`, {
      method: 'POST',
      headers: { 'Fieldbook-Protocol': String(PROTOCOL), Authorization: `Bearer ${trip.organiser.token}` },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).error).toBe('too_large');
    const many = Array.from({ length: 1001 }, () => valid()[0]);
    await refused({ changes: many }, { error: 'too_large' }, 413);
  });

  it('refuses what is not JSON, or not a push', async () => {
    for (const body of ['{"changes": [', 'changes', '', '[]', 'null', '{"changes": "all"}', '{}', '{"changes": {}}']) {
      await refused(body, { error: 'invalid_body' });
    }
  });

  it('refuses a body whose bytes are not UTF-8 rather than store a text with U+FFFD in their place', async () => {
    const text = JSON.stringify({ changes: [{ ...valid()[0], value: 'BYTES' }] });
    const [before, after] = text.split('BYTES').map((part) => new TextEncoder().encode(part));
    // A lone continuation byte, an overlong slash, half of a surrogate pair, a sequence cut short.
    for (const bytes of [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe4, 0xbd]]) {
      const body = new Uint8Array([...(before ?? []), ...bytes, ...(after ?? [])]);
      await refused(body, { error: 'invalid_body', message: 'The body is not UTF-8.' });
    }
    const joined = await call(server.url, 'POST', '/join', {
      body: new Uint8Array([...new TextEncoder().encode('{"code":"AAAA-AAAAA","deviceName":"'), 0xff, 0x22, 0x7d]),
    });
    expect([joined.status, joined.body.error]).toEqual([400, 'invalid_body']);
  });

  it('refuses a pull from a place or of a size that is not one', async () => {
    for (const query of ['after=-1', 'after=abc', 'after=1e3', 'limit=0', 'limit=1001', 'limit=', 'after=1&limit=x']) {
      const answer = await call(server.url, 'GET', `${changesPath()}?${query}`, { token: trip.organiser.token });
      expect([query, answer.status, answer.body.error]).toEqual([query, 400, 'invalid_body']);
    }
  });

  it('refuses the whole batch for one bad change, saying which and why', async () => {
    const good = Array.from({ length: 999 }, () => valid()[0]);
    const [change] = valid();
    const cases: [unknown, Record<string, unknown>][] = [
      ['a change', { error: 'invalid_change', reason: 'invalid_change' }],
      [null, { error: 'invalid_change' }],
      [
        { ...change, recordId: 42 },
        { error: 'invalid_change', reason: 'invalid_change' },
      ],
      [
        { ...change, id: 'not-a-uuid' },
        { error: 'invalid_change', reason: 'invalid_change' },
      ],
      [
        { ...change, hlc: 'yesterday' },
        { error: 'invalid_change', reason: 'invalid_change' },
      ],
      [
        { ...change, deviceId: 'd'.repeat(101) },
        { error: 'invalid_change', reason: 'invalid_change' },
      ],
      [{ ...change, table: 'drafts' }, { error: 'unknown_table' }],
      [{ ...change, table: 'settings' }, { error: 'unknown_table' }],
      [{ ...change, table: '__proto__' }, { error: 'unknown_table' }],
      [{ ...change, path: 'password' }, { error: 'unknown_leaf' }],
      [{ ...change, path: 'name/ko' }, { error: 'unknown_leaf' }],
      [{ ...change, path: 'constructor' }, { error: 'unknown_leaf' }],
      [
        { ...change, path: 'role', value: 'king' },
        { error: 'invalid_change', reason: 'invalid_value' },
      ],
      [
        { ...change, value: 42 },
        { error: 'invalid_change', reason: 'invalid_value' },
      ],
      [
        { ...change, value: 'x'.repeat(101) },
        { error: 'invalid_change', reason: 'invalid_value' },
      ],
      [
        { ...change, value: undefined },
        { error: 'invalid_change', reason: 'invalid_change' },
      ],
      [
        { ...change, value: 'nul \u0000 inside' },
        { error: 'invalid_change', reason: 'unstorable_text' },
      ],
      [
        { ...change, value: 'half \ud800 a pair' },
        { error: 'invalid_change', reason: 'unstorable_text' },
      ],
      [
        { ...change, deviceId: 'nul\u0000' },
        { error: 'invalid_change', reason: 'unstorable_text' },
      ],
    ];
    for (const [bad, expected] of cases) {
      await refused({ changes: [...good, bad] }, { ...expected, index: 999 });
    }
  });

  it('refuses a translation, a Q&A position or a stamp of a megabyte, as anything past its limit', async () => {
    const [change] = changesOf(trip.organiser, 'qaNotes', v7(), { position: 'a0' });
    const megabyte = 'x'.repeat(1024 * 1024);
    for (const [bad, reason] of [
      [{ ...change, path: 'answer/translations/ja', value: 'あ'.repeat(1024 * 1024) }, 'invalid_value'],
      [{ ...change, path: 'answer/translations/ja', value: { yjs: 'A'.repeat(3 * 1024 * 1024) } }, 'invalid_value'],
      [{ ...change, value: megabyte }, 'invalid_value'],
      [{ ...change, hlc: `${change?.hlc}${megabyte}` }, 'invalid_change'],
    ] as const) {
      await refused({ changes: [bad] }, { error: 'invalid_change', reason, index: 0 });
    }
  });

  it('keeps a text of every script as sent, an emoji and a backslash-u written out included', async () => {
    const recordId = v7();
    const text = '예산 1/4~1/5 · 予算 · 👩‍🔬 · \\u0000 · "quoted"';
    const [change] = changesOf(trip.organiser, 'minutes', recordId, { 'discussion/text': text });
    expect((await push(server, trip.organiser, [change])).status).toBe(200);
    const pulled = (await pullAll(server, trip.organiser)).find((c) => c.id === change?.id);
    expect(pulled?.value).toBe(text);
  });

  it('answers every request in the protocol it speaks, and refuses the others before anything else', async () => {
    const info = await call(server.url, 'GET', '/info', { headers: { 'Fieldbook-Protocol': '99' } });
    expect(info.body).toMatchObject({ protocol: 12, minProtocol: 7, name: 'test' });
    expect(Math.abs(Date.parse(info.body.serverTime) - Date.now())).toBeLessThan(60_000);
    const without = await fetch(`${server.url}/v1${changesPath()}`, {
      headers: { Authorization: `Bearer ${trip.organiser.token}` },
    });
    expect(without.status).toBe(426);
    expect(await without.json()).toMatchObject({ error: 'protocol_too_old', protocol: 12, minProtocol: 7 });
    const speaking = (protocol: string) =>
      call(server.url, 'POST', changesPath(), {
        token: trip.organiser.token,
        body: { changes: valid() },
        headers: { 'Fieldbook-Protocol': protocol },
      });
    const before = await pullAll(server, trip.organiser);
    expect((await speaking('0')).body).toMatchObject({ error: 'protocol_too_old' });
    // An app of protocol 1 would write the organiser and places as single strings: it is told to update.
    expect((await speaking('1')).status).toBe(426);
    expect((await speaking('1')).body).toMatchObject({ error: 'protocol_too_old', protocol: 12, minProtocol: 7 });
    // An app of protocol 2 would write a member's affiliation as a single string: it is told to update too.
    expect((await speaking('2')).status).toBe(426);
    expect((await speaking('2')).body).toMatchObject({ error: 'protocol_too_old', protocol: 12, minProtocol: 7 });
    // Apps of protocols 3 and 4 would take a merged text's update for a malformed text: they are told to update too.
    // An app of protocol 5 signs nothing, and only signed changes are stored: it is told to update too.
    // An app of protocol 6 would skip a checkpoint, and miss the text of the updates it stands for.
    for (const older of ['3', '4', '5', '6']) {
      expect((await speaking(older)).status).toBe(426);
      expect((await speaking(older)).body).toMatchObject({ error: 'protocol_too_old', protocol: 12, minProtocol: 7 });
    }
    expect((await speaking('13')).status).toBe(426);
    expect((await speaking('13')).body).toMatchObject({ error: 'protocol_too_new', protocol: 12 });
    for (const unwritten of ['one', '08', '008', '+8', '8.0', '0x8', '8 8', '8, 8']) {
      expect([unwritten, (await speaking(unwritten)).body.error]).toEqual([unwritten, 'invalid_body']);
    }
    expect(await pullAll(server, trip.organiser)).toEqual(before);
    // An app of protocol 7 asks nothing protocol 8 changed: it syncs on.
    const pulledBy7 = await call(server.url, 'GET', changesPath(), {
      token: trip.organiser.token,
      headers: { 'Fieldbook-Protocol': '7' },
    });
    expect(pulledBy7.status).toBe(200);
    // Nor does an app of protocol 10: it skips the directory's changes as a table it does not know.
    const pulledBy10 = await call(server.url, 'GET', changesPath(), {
      token: trip.organiser.token,
      headers: { 'Fieldbook-Protocol': '10' },
    });
    expect(pulledBy10.status).toBe(200);
    // Nor does an app of protocol 11: it skips a card's photo and a letter's note as values its schema refuses.
    const pulledBy11 = await call(server.url, 'GET', changesPath(), {
      token: trip.organiser.token,
      headers: { 'Fieldbook-Protocol': '11' },
    });
    expect(pulledBy11.status).toBe(200);
    // Attachments made before files travelled come without their hash, and are kept all the same.
    const attachment = v7();
    const unhashed = changesOf(trip.organiser, 'attachments', attachment, {
      visitId: null,
      owner: { kind: 'visit', id: v7() },
      fileName: '명함.jpg',
      mimeType: 'image/jpeg',
      size: 1000,
      deletedAt: null,
    });
    const withoutHash = await push(server, trip.organiser, unhashed);
    expect(withoutHash.body.accepted).toBe(unhashed.length);
  });

  it('refuses malformed publishing and joining, and answers an unknown address with not_found', async () => {
    const bodies: [string, unknown][] = [
      ['/trips', 'not json'],
      ['/trips', { setupCode: 'AAAA-AAAAA', tripId: 'x', memberId: v7(), deviceName: 'Laptop' }],
      ['/trips', { setupCode: 1, tripId: v7(), memberId: v7(), deviceName: 'Laptop' }],
      ['/join', { code: 'AAAA-AAAAA' }],
      ['/join', { code: 'AAAA-AAAAA', deviceName: '' }],
      ['/join', { code: 'AAAA-AAAAA', deviceName: 'Laptop\u0000' }],
      ['/join', { code: 'AAAA-AAAAA', deviceName: 'L'.repeat(101) }],
      ['/join', { code: 'A'.repeat(10_000), deviceName: 'Laptop' }],
    ];
    for (const [path, body] of bodies) {
      const answer = await call(server.url, 'POST', path, { body });
      expect([path, answer.status, answer.body.error]).toEqual([path, 400, 'invalid_body']);
    }
    const unknown = await call(server.url, 'GET', '/nothing', { token: trip.organiser.token });
    expect([unknown.status, unknown.body.error]).toEqual([404, 'not_found']);
    const elsewhere = await fetch(`${server.url}/`);
    expect([elsewhere.status, (await elsewhere.json()).error]).toEqual([404, 'not_found']);
  });

  it('limits the requests of one device, and the attempts at codes from one address', async () => {
    const limited = await startServer(server.storage, {
      limits: {
        address: { burst: 100, perSecond: 1 },
        device: { burst: 3, perSecond: 0.01 },
        code: { burst: 2, perSecond: 0.01 },
      },
    });
    try {
      const pulls = [];
      for (let i = 0; i < 4; i++) {
        pulls.push(await call(limited.url, 'GET', changesPath(), { token: trip.organiser.token }));
      }
      expect(pulls.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
      expect(pulls[3]?.body.error).toBe('rate_limited');
      expect(Number(pulls[3]?.headers.get('Retry-After'))).toBeGreaterThan(0);
      const attempts = [];
      for (let i = 0; i < 3; i++) {
        attempts.push(await call(limited.url, 'POST', '/join', { body: { code: 'AAAA-AAAAA', deviceName: 'x' } }));
      }
      expect(attempts.map((answer) => answer.body.error)).toEqual(['code_invalid', 'code_invalid', 'rate_limited']);
    } finally {
      await limited.close();
    }
  });
});
