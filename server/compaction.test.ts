import { HORIZON_MS } from '@shared/sync/concurrent';
import { formatHlc, parseHlc } from '@shared/sync/hlc';
import { type Change, mergeAll, recordOf } from '@shared/sync/merge';
import { type Checkpoint, firstState, mergeUpdates, toBase64, writeText } from '@shared/sync/texts';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { compactTrip } from './store/compaction';
import { describeEachBackend } from './test/backends';
import {
  call,
  changeOf,
  changesOf,
  joinAs,
  publishTrip,
  pullAll,
  push,
  serverForSuite,
  type TestDevice,
  withoutSeq,
} from './test/harness';

describeEachBackend('compacting a trip’s log', (backend) => {
  const server = serverForSuite(backend);

  async function logOf(tripId: string): Promise<Change[]> {
    const rows = await server.storage.query<Record<string, unknown>>(
      'SELECT * FROM changes WHERE trip_id = $1 AND NOT compacted ORDER BY seq',
      [tripId],
    );
    return rows.map(
      (row): Change => ({
        id: String(row.id),
        table: row.table_name as Change['table'],
        recordId: String(row.record_id),
        tripId,
        path: String(row.path),
        value: row.value,
        hlc: String(row.hlc),
        base: (row.base as string | null) ?? null,
        deviceId: String(row.device_id),
        memberId: String(row.member_id),
      }),
    );
  }

  /**
   * An answer saved ten times, its text typed in ten updates, as a member's
   * autosave sends them: nine on a first day, the tenth after the horizon
   * (only changes from before it may go, shared/sync/compaction.ts).
   */
  async function savedOften() {
    const { organiser } = await publishTrip(server);
    const id = v7();
    let state = firstState(id, 'body/text', '');
    let text = '';
    let base: string | null = null;
    for (let save = 0; save < 10; save++) {
      text += ` 문장 ${save}.`;
      const written = writeText({ state, legacy: null, recordId: id, path: 'body/text', clientId: 7, text });
      state = written.state;
      const leaves = { 'body/text': { yjs: toBase64(written.update) }, 'body/lang': save % 2 ? 'ko' : 'ja' };
      // Each save over the one before it, as one device's autosave.
      const changes = changesOf(organiser, 'checklistAnswers', id, leaves).map((change) => {
        const stamp = parseHlc(change.hlc);
        const millis = save < 9 ? stamp.millis - HORIZON_MS - (9 - save) * 1000 : stamp.millis;
        return { ...change, hlc: formatHlc({ ...stamp, millis }), base };
      });
      base = changes[0]?.hlc ?? null;
      expect((await push(server, organiser, changes)).status).toBe(200);
    }
    return { organiser, id, text };
  }

  it('lets go of what no device needs, and a new device makes the same records of what stays', async () => {
    const { organiser } = await savedOften();
    // The whole log as it was stored, before any pull.
    const full = await logOf(organiser.tripId);
    const before = mergeAll(full);
    const letGo = await server.storage.transaction((tx) => compactTrip(tx, organiser.tripId, new Date()));
    // Nine superseded languages; the text's ten updates each hold a part of it, as its device signed them.
    expect(letGo).toBe(9);
    const compacted = await pullAll(server, organiser);
    expect(compacted.length).toBe(full.length - 9);
    const after = mergeAll(compacted);
    expect([...after.records.values()].map(recordOf)).toEqual([...before.records.values()].map(recordOf));
    expect([...after.lost]).toEqual([...before.lost]);
  });

  it('starts a new device’s first sync from the trip as it is: the first pull compacts first', async () => {
    const { organiser, id, text } = await savedOften();
    const first = await call(server.url, 'GET', `/trips/${organiser.tripId}/changes?after=0`, {
      token: organiser.token,
    });
    const ofAnswer = first.body.changes.filter((change: { recordId: string }) => change.recordId === id);
    expect(ofAnswer.map((change: { path: string }) => change.path).sort()).toEqual([
      'body/lang',
      ...Array.from({ length: 10 }, () => 'body/text'),
    ]);
    const records = mergeAll(ofAnswer);
    expect(
      (
        recordOf([...records.records.values()][0] ?? { table: 'checklistAnswers', id, tripId: '', leaves: {} })
          .body as { text: string }
      ).text,
    ).toBe(text);
  });

  it('keeps the place of what it let go, so a device that pulled up to it goes on, not over', async () => {
    const { organiser } = await savedOften();
    // A device that pulled up to a language the next save superseded, before the log was compacted.
    const [pulled] = await server.storage.query<{ seq: number; id: string }>(
      `SELECT seq, id FROM changes WHERE trip_id = $1 AND path = 'body/lang' ORDER BY seq LIMIT 1`,
      [organiser.tripId],
    );
    if (!pulled) throw new Error('nothing stored');
    await server.storage.transaction((tx) => compactTrip(tx, organiser.tripId, new Date()));
    const next = await call(
      server.url,
      'GET',
      `/trips/${organiser.tripId}/changes?after=${pulled.seq}&id=${pulled.id}`,
      { token: organiser.token },
    );
    expect(next.status).toBe(200);
    // The text's later updates and the latest language: nothing let go, nothing twice.
    expect(next.body.changes.map((change: { path: string }) => change.path)).toEqual([
      ...Array.from({ length: 9 }, () => 'body/text'),
      'body/lang',
    ]);
  });

  describe('with checkpoints of merged texts', () => {
    /** An answer typed in twelve saves by the member it is of, each pushed as the autosave sends it. */
    async function typedByMember() {
      const { organiser, members } = await publishTrip(server, ['김위원']);
      const [lead] = members;
      if (!lead) throw new Error('no member');
      const member = await joinAs(server, organiser, lead.id);
      const id = v7();
      let state = firstState(id, 'body/text', '');
      const updates: Uint8Array[] = [state];
      expect(
        (
          await push(
            server,
            member,
            changesOf(member, 'checklistAnswers', id, { 'body/text': { yjs: toBase64(state) } }),
          )
        ).status,
      ).toBe(200);
      for (let save = 0; save < 11; save++) {
        const text = Array.from({ length: save + 1 }, (_, i) => ` 문장 ${i}.`).join('');
        const written = writeText({ state, legacy: null, recordId: id, path: 'body/text', clientId: 7, text });
        state = written.state;
        updates.push(written.update);
        expect(
          (
            await push(
              server,
              member,
              changesOf(member, 'checklistAnswers', id, { 'body/text': { yjs: toBase64(written.update) } }),
            )
          ).status,
        ).toBe(200);
      }
      return { organiser, member, id, updates };
    }

    /** What an organiser's device sends to stand for `updates` of the answer's text, the log pulled up to its end. */
    async function checkpointBy(device: TestDevice, id: string, updates: readonly Uint8Array[]) {
      const log = await pullAll(server, device);
      const ofText = log.filter((change) => change.recordId === id && change.path === 'body/text');
      const latest = ofText.at(-1);
      if (!latest) throw new Error('no updates');
      const { hlc, base, deviceId, memberId } = latest;
      const value: Checkpoint = {
        yjs: toBase64(mergeUpdates(updates)),
        upTo: Math.max(...log.map((change) => change.seq)),
        head: { id: latest.id, hlc, base, deviceId, memberId, bundle: latest.bundle ?? null },
      };
      return { change: changeOf(device, 'checklistAnswers', id, ['body/text', value]), log };
    }

    it('lists a text saved ten times or more, lets go of its updates once the organiser stands for them, and a new device makes the same record', async () => {
      const { organiser, id, updates } = await typedByMember();
      const listed = await call(server.url, 'GET', `/trips/${organiser.tripId}/checkpoints`, {
        token: organiser.token,
      });
      expect(listed.status).toBe(200);
      expect(listed.body.texts).toEqual([{ table: 'checklistAnswers', recordId: id, path: 'body/text', updates: 12 }]);
      const { change, log } = await checkpointBy(organiser, id, updates);
      expect((await push(server, organiser, [change])).status).toBe(200);
      // Compacted at once: the text is one change now, and no longer listed.
      const after = await pullAll(server, organiser);
      expect(after.filter((held) => held.recordId === id).map((held) => held.id)).toEqual([change.id]);
      expect(
        (await call(server.url, 'GET', `/trips/${organiser.tripId}/checkpoints`, { token: organiser.token })).body
          .texts,
      ).toEqual([]);
      const answerOf = (changes: readonly Change[]) =>
        [...mergeAll(changes).records.values()].map(recordOf).find((record) => record.id === id);
      const whole = answerOf([...log.map(withoutSeq), change]);
      expect(answerOf(after.map(withoutSeq))).toEqual(whole);
      // The last writer is the member who typed, not the organiser's device that vouched for it.
      expect(whole?.updatedBy).toMatchObject({ memberId: log.at(-1)?.memberId });
    });

    it('keeps the updates a checkpoint lacks', async () => {
      const { organiser, id, updates } = await typedByMember();
      // A checkpoint made without the last save: that save stays, and every other goes.
      const { change, log } = await checkpointBy(organiser, id, updates.slice(0, -1));
      const lastSave = log.filter((held) => held.recordId === id).at(-1);
      expect((await push(server, organiser, [change])).status).toBe(200);
      const after = (await pullAll(server, organiser)).filter((held) => held.recordId === id);
      expect(after.map((held) => held.id)).toEqual([lastSave?.id, change.id]);
    });

    it('refuses a checkpoint from a member: only the organisers vouch for what others wrote', async () => {
      const { member, id, updates } = await typedByMember();
      const { change } = await checkpointBy(member, id, updates);
      const pushed = await push(server, member, [change]);
      expect(pushed.status).toBe(200);
      expect(pushed.body.refused).toEqual([{ index: 0, reason: 'organisers_only' }]);
      expect((await pullAll(server, member)).filter((held) => held.recordId === id)).toHaveLength(12);
    });
  });
});
