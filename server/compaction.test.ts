import { HORIZON_MS } from '@shared/sync/concurrent';
import { formatHlc, parseHlc } from '@shared/sync/hlc';
import { type Change, mergeAll, recordOf } from '@shared/sync/merge';
import { firstState, toBase64, writeText } from '@shared/sync/texts';
import { v7 } from 'uuid';
import { expect, it } from 'vitest';
import { compactTrip } from './store/compaction';
import { describeEachBackend } from './test/backends';
import { call, changesOf, publishTrip, pullAll, push, serverForSuite } from './test/harness';

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
});
