import { createHash, randomBytes } from 'node:crypto';
import { encodeSnapshot, type SnapshotMeta, signSnapshot } from '@shared/sync/snapshots';
import { v7 } from 'uuid';
import { expect, it } from 'vitest';
import { describeEachBackend } from './test/backends';
import {
  type Answer,
  call,
  changesOf,
  getChunk,
  joinAs,
  memberChanges,
  publishTrip,
  pullAll,
  push,
  putChunk,
  serverForSuite,
  type TestDevice,
  type TestServer,
  withKey,
} from './test/harness';

/**
 * A trip's snapshot as the server lists it (docs/sync-protocol.md, section 6):
 * only the first organiser's devices list one, signed, whose bytes are here
 * whole and whose place the log holds, and a listing never goes back.
 */

const refusal = (answer: Answer) => [answer.status, answer.body?.error];

/** A snapshot's bytes (any others: the server never reads them), uploaded as a blob of the device's trip in one chunk. */
async function upload(server: TestServer, device: TestDevice, upTo: number, others?: Uint8Array<ArrayBuffer>) {
  const exact = others ?? new Uint8Array(encodeSnapshot({ tripId: device.tripId, upTo, states: [], lost: [] }));
  const sha256 = createHash('sha256').update(exact).digest('hex');
  const begun = await call(server.url, 'PUT', `/trips/${device.tripId}/blobs/${sha256}`, {
    token: device.token,
    body: { size: exact.byteLength },
  });
  expect(begun.status).toBe(200);
  expect((await putChunk(server, device, sha256, 0, exact)).body.complete).toBe(true);
  return { sha256, size: exact.byteLength };
}

/** The log's last change as the device pulls it: the place a snapshot stops at. */
async function lastOf(server: TestServer, device: TestDevice) {
  const last = (await pullAll(server, device)).at(-1);
  if (!last) throw new Error('The trip has no change');
  return { upTo: last.seq, upToId: last.id };
}

/** A snapshot of the log up to its end, uploaded and signed by `device`. */
async function snapshotBy(
  server: TestServer,
  device: TestDevice,
  others?: Uint8Array<ArrayBuffer>,
): Promise<SnapshotMeta> {
  const place = await lastOf(server, device);
  const bytes = await upload(server, device, place.upTo, others);
  return signSnapshot(device.signingKey.privateKey, device.tripId, { ...place, ...bytes, deviceId: device.deviceId });
}

describeEachBackend('trip snapshots', (backend) => {
  const server = serverForSuite(backend);
  const read = (device: TestDevice, tripId = device.tripId) =>
    call(server.url, 'GET', `/trips/${tripId}/snapshot`, { token: device.token });
  const list = (device: TestDevice, meta: unknown, tripId = device.tripId) =>
    call(server.url, 'PUT', `/trips/${tripId}/snapshot`, { token: device.token, body: meta });
  const listed = async (device: TestDevice) => (await read(device)).body.snapshot;
  const note = (device: TestDevice) => changesOf(device, 'qaNotes', v7(), { 'question/text': '예산은?' });

  it('lists none before the first organiser lists one', async () => {
    const { organiser, members } = await publishTrip(server, ['김민수']);
    const member = await joinAs(server, organiser, members[0]?.id ?? '');
    for (const device of [organiser, member]) {
      const answer = await read(device);
      expect([answer.status, answer.body.snapshot]).toEqual([200, null]);
    }
  });

  it('tells how much of the log lies after the listed snapshot, in changes and about the bytes a pull of them carries', async () => {
    const { organiser, members } = await publishTrip(server, ['김민수']);
    const member = await joinAs(server, organiser, members[0]?.id ?? '');
    const pulledBytes = async (after: number) => {
      const page = await call(server.url, 'GET', `/trips/${organiser.tripId}/changes?after=${after}`, {
        token: organiser.token,
      });
      const { changes } = page.body as { changes: unknown[] };
      return { changes: changes.length, bytes: JSON.stringify(changes).length };
    };
    const whole = (await read(member)).body.after;
    const pulled = await pulledBytes(0);
    expect(whole.changes).toBe(pulled.changes);
    expect(whole.bytes).toBeGreaterThan(0.75 * pulled.bytes);
    expect(whole.bytes).toBeLessThan(1.25 * pulled.bytes);

    const meta = await snapshotBy(server, organiser);
    expect((await list(organiser, meta)).status).toBe(200);
    expect((await read(member)).body.after).toEqual({ changes: 0, bytes: 0 });
    expect((await push(server, member, note(member))).status).toBe(200);
    const after = (await read(member)).body.after;
    const since = await pulledBytes(meta.upTo);
    expect(after.changes).toBe(since.changes);
    expect(after.bytes).toBeGreaterThan(0.75 * since.bytes);
    expect(after.bytes).toBeLessThan(1.25 * since.bytes);
  });

  it("lists the first organiser's snapshot, from any of that member's devices, and gives it to every device of the trip", async () => {
    const { organiser, members } = await publishTrip(server, ['김민수']);
    const member = await joinAs(server, organiser, members[0]?.id ?? '');
    const meta = await snapshotBy(server, organiser);
    const answer = await list(organiser, meta);
    expect([answer.status, answer.body]).toEqual([200, { snapshot: meta }]);
    expect(await listed(member)).toEqual(meta);
    expect((await read(member)).body.after).toEqual({ changes: 0, bytes: 0 });
    // The organiser's second device joined with an invitation, its key certified by it.
    const laptop = await joinAs(server, organiser, organiser.memberId, '노트북');
    expect((await push(server, laptop, note(laptop))).status).toBe(200);
    const further = await snapshotBy(server, laptop);
    expect((await list(laptop, further)).body).toEqual({ snapshot: further });
    expect(await listed(member)).toEqual(further);
  });

  it("refuses a member's device and a co-organiser's, changing nothing", async () => {
    const { organiser, members } = await publishTrip(server, ['김민수', '이영희']);
    const coOrganiser = members[1]?.id ?? '';
    expect((await push(server, organiser, memberChanges(organiser, coOrganiser, '이영희', 'organiser'))).status).toBe(
      200,
    );
    const held = await snapshotBy(server, organiser);
    expect((await list(organiser, held)).status).toBe(200);
    for (const memberId of [members[0]?.id ?? '', coOrganiser]) {
      const device = await joinAs(server, organiser, memberId);
      expect((await push(server, device, note(device))).status).toBe(200);
      const own = await snapshotBy(server, device);
      expect(refusal(await list(device, own))).toEqual([403, 'forbidden']);
      expect(await listed(device)).toEqual(held);
    }
  });

  it('refuses a snapshot not signed by the device listing it, or by a device with no key, changing nothing', async () => {
    const { tripId, organiser, members } = await publishTrip(server, ['김민수']);
    const member = await joinAs(server, organiser, members[0]?.id ?? '');
    const meta = await snapshotBy(server, organiser);
    const { signature: _, ...unsigned } = meta;
    const flipped = `${meta.signature[0] === 'A' ? 'B' : 'A'}${meta.signature.slice(1)}`;
    const attempts: [string, unknown][] = [
      ['altered after signing', { ...meta, size: meta.size + 1 }],
      ['a damaged signature', { ...meta, signature: flipped }],
      ['signed by another key', await signSnapshot(member.signingKey.privateKey, tripId, unsigned)],
      [
        "another device's, signed by it",
        await signSnapshot(member.signingKey.privateKey, tripId, { ...unsigned, deviceId: member.deviceId }),
      ],
      ['signed for another trip', await signSnapshot(organiser.signingKey.privateKey, v7(), unsigned)],
    ];
    for (const [what, attempt] of attempts) {
      expect([what, ...refusal(await list(organiser, attempt))]).toEqual([what, 400, 'invalid_signature']);
    }
    // The same setup code publishes a trip again for its member: a second device, which registers no key.
    const code = await server.setupCode();
    const publish = (tripId: string) =>
      call(server.url, 'POST', '/trips', {
        body: { setupCode: code, tripId, memberId: organiser.memberId, deviceName: '노트북' },
      });
    const first = await publish(v7());
    const root = await withKey(server, first.body);
    expect((await push(server, root, memberChanges(root, root.memberId, '박연구', 'organiser'))).status).toBe(200);
    const unregistered = { ...root, ...(await publish(root.tripId)).body } as TestDevice;
    const theirs = await snapshotBy(server, root);
    expect(refusal(await list(unregistered, theirs))).toEqual([409, 'key_missing']);
    expect(await listed(organiser)).toBeNull();
    expect(await listed(root)).toBeNull();
  });

  it('refuses bytes not here whole, a place the log does not hold and a body not of the shape, changing nothing', async () => {
    const { tripId, organiser } = await publishTrip(server);
    const other = await publishTrip(server);
    const sign = (of: Omit<SnapshotMeta, 'signature' | 'deviceId'>) =>
      signSnapshot(organiser.signingKey.privateKey, tripId, { ...of, deviceId: organiser.deviceId });
    const place = await lastOf(server, organiser);
    const bytes = await upload(server, organiser, place.upTo);
    const begun = { sha256: createHash('sha256').update('half').digest('hex'), size: 1000 };
    await call(server.url, 'PUT', `/trips/${tripId}/blobs/${begun.sha256}`, {
      token: organiser.token,
      body: { size: begun.size },
    });
    const elsewhere = await upload(server, other.organiser, place.upTo);
    const notHere: [string, SnapshotMeta][] = [
      ['never uploaded', await sign({ ...place, sha256: createHash('sha256').update('x').digest('hex'), size: 1 })],
      ['begun, not complete', await sign({ ...place, ...begun })],
      ['of another size', await sign({ ...place, ...bytes, size: bytes.size + 1 })],
      ["another trip's", await sign({ ...place, ...elsewhere })],
    ];
    for (const [what, meta] of notHere) {
      expect([what, ...refusal(await list(organiser, meta))]).toEqual([what, 404, 'not_found']);
    }
    const otherLast = await lastOf(server, other.organiser);
    const first = (await pullAll(server, organiser))[0];
    const misplaced: [string, SnapshotMeta][] = [
      ['past the log', await sign({ ...place, upTo: place.upTo + 1000, ...bytes })],
      ['another change at the place', await sign({ ...place, upToId: first?.id ?? '', ...bytes })],
      ["another trip's change", await sign({ ...otherLast, ...bytes })],
    ];
    for (const [what, meta] of misplaced) {
      expect([what, ...refusal(await list(organiser, meta))]).toEqual([what, 400, 'invalid_body']);
    }
    const meta = await sign({ ...place, ...bytes });
    expect(refusal(await list(organiser, { ...meta, listedAt: '2025-01-01T00:00:00.000Z' }))).toEqual([
      400,
      'invalid_body',
    ]);
    expect(refusal(await list(organiser, { ...meta, upTo: 0 }))).toEqual([400, 'invalid_body']);
    expect(await listed(organiser)).toBeNull();
    // The same snapshot, right, is listed: each refusal was for what it changed.
    expect((await list(organiser, meta)).body).toEqual({ snapshot: meta });
  });

  it('lists a snapshot up to a change compaction let go of, which keeps its place and id', async () => {
    const { organiser } = await publishTrip(server);
    const meta = await snapshotBy(server, organiser);
    await server.storage.query(`UPDATE changes SET compacted = true, value = 'null'::json WHERE id = $1`, [
      meta.upToId,
    ]);
    expect((await list(organiser, meta)).body).toEqual({ snapshot: meta });
  });

  it('keeps the further snapshot: an older or equal one changes nothing, a further one replaces it and its bytes go', async () => {
    const { organiser, members } = await publishTrip(server, ['김민수']);
    const member = await joinAs(server, organiser, members[0]?.id ?? '');
    const older = await snapshotBy(server, organiser);
    expect((await push(server, member, note(member))).status).toBe(200);
    const held = await snapshotBy(server, organiser);
    expect((await list(organiser, held)).body).toEqual({ snapshot: held });

    const equal = await snapshotBy(server, organiser, new Uint8Array(randomBytes(300)));
    expect(equal.upTo).toBe(held.upTo);
    for (const late of [older, equal]) {
      expect(late.sha256).not.toBe(held.sha256);
      const answer = await list(organiser, late);
      expect([answer.status, answer.body]).toEqual([200, { snapshot: held }]);
    }
    expect(await listed(member)).toEqual(held);
    expect((await getChunk(server, member, held.sha256, 0)).status).toBe(200);

    expect((await push(server, member, note(member))).status).toBe(200);
    const further = await snapshotBy(server, organiser);
    expect((await list(organiser, further)).body).toEqual({ snapshot: further });
    expect(await listed(member)).toEqual(further);
    const gone = await getChunk(server, member, held.sha256, 0);
    expect(gone.status).toBe(404);
    expect(JSON.parse(new TextDecoder().decode(gone.bytes)).error).toBe('not_found');
    const rows = await server.storage.query('SELECT 1 FROM blob_chunks WHERE trip_id = $1 AND sha256 = $2', [
      organiser.tripId,
      held.sha256,
    ]);
    expect(rows).toEqual([]);
    expect((await getChunk(server, member, further.sha256, 0)).status).toBe(200);
  });

  it("keeps each trip's snapshot apart: another trip's device can neither read nor list it", async () => {
    const a = await publishTrip(server, ['김민수']);
    const b = await publishTrip(server, ['山田花子']);
    const bMember = await joinAs(server, b.organiser, b.members[0]?.id ?? '');
    const meta = await snapshotBy(server, a.organiser);
    expect((await list(a.organiser, meta)).status).toBe(200);
    const theirs = await snapshotBy(server, b.organiser);
    for (const intruder of [b.organiser, bMember]) {
      const answer = await read(intruder, a.tripId);
      expect(refusal(answer)).toEqual([403, 'forbidden']);
      expect(JSON.stringify(answer.body)).not.toContain(meta.sha256);
      expect(refusal(await list(intruder, theirs, a.tripId))).toEqual([403, 'forbidden']);
      expect(await listed(intruder)).toBeNull();
    }
    expect(await listed(a.organiser)).toEqual(meta);
  });
});
