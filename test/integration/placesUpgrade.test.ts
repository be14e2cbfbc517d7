import 'fake-indexeddb/auto';
import { type Change, mergeAll, recordOf } from '@shared/sync/merge';
import { v7 } from 'uuid';
import { afterAll, describe, expect, it } from 'vitest';
import { FieldbookDB } from '../../renderer/data/database/db';
import { openStore } from '../../renderer/data/database/store';
import { migrate, readMigrations } from '../../server/storage/migrate';
import { openPglite } from '../../server/storage/pglite';
import type { Storage } from '../../server/storage/storage';

/**
 * A trip synced under protocol 1, then the server updated (migration 0002)
 * and a device's app updated (schema step 8), each on its own: both must
 * hold the same leaves, with the same changes winning them, or the device
 * and every device that joins later would disagree for good.
 */
const tripId = v7();
const visitId = v7();
const deviceId = v7();
const memberId = v7();
let n = 0;
const change = (table: Change['table'], recordId: string, path: string, value: unknown): Change => {
  n += 1;
  return {
    id: v7(),
    table,
    recordId,
    tripId,
    path,
    value,
    hlc: `000000000${n.toString(36).padStart(2, '0')}-00000-${deviceId}`,
    base: null,
    deviceId,
    memberId,
  };
};

/** What protocol 1 exchanged: the organiser, rewritten in another script, a place and an address as strings. */
const protocol1: Change[] = [
  change('trips', tripId, 'languages', { home: 'ko', host: 'ja' }),
  change('trips', tripId, 'title/ko', '후쿠오카 연수'),
  change('trips', tripId, 'organiser', 'STEPI'),
  change('trips', tripId, 'organiser', '과학기술정책관리연구소'),
  change('itineraryItems', visitId, 'title/ko', '후쿠오카현청 방문'),
  change('itineraryItems', visitId, 'location', '福岡県庁 本館'),
  change('itineraryItems', visitId, 'host', {
    name: { ko: '후쿠오카현청', ja: '福岡県庁' },
    address: '福岡県福岡市博多区東公園7-7',
    contacts: [],
  }),
];

let server: Storage | undefined;
afterAll(() => server?.close());

/** The server at step 0001 holding protocol 1's log, then updated. */
async function updatedServer(): Promise<Change[]> {
  server = await openPglite();
  const migrations = await readMigrations();
  await migrate(server, migrations.slice(0, 1));
  await server.query(`INSERT INTO trips VALUES ($1, $2, 'setup', now())`, [tripId, memberId]);
  await server.query(
    `INSERT INTO devices (id, trip_id, member_id, name, organiser, token_hash, created_at)
    VALUES ($1, $2, $3, 'Laptop', true, 'token', now())`,
    [deviceId, tripId, memberId],
  );
  for (const c of protocol1) {
    await server.query(
      `INSERT INTO changes (trip_id, id, table_name, record_id, path, value, hlc, base, device_id, member_id, pushed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, $9, $8)`,
      [tripId, c.id, c.table, c.recordId, c.path, JSON.stringify(c.value), c.hlc, deviceId, memberId],
    );
  }
  await migrate(server, migrations);
  const rows = await server.query<Record<string, unknown>>('SELECT * FROM changes ORDER BY seq');
  return protocol1.map((c) => {
    const row = rows.find((r) => r.id === c.id);
    return { ...c, path: String(row?.path), value: row?.value };
  });
}

/** The device that made those changes, at schema step 7: each record and its merge state as protocol 1 merged them. */
async function deviceAtStep7(): Promise<string> {
  const name = `places-upgrade-${v7()}`;
  const db = new FieldbookDB(name, { upTo: 7 });
  for (const state of mergeAll(protocol1).records.values()) {
    await db.recordStates.put({ ...state, key: `${state.table}:${state.id}` });
    await db.table(state.table).put(recordOf(state));
  }
  db.close();
  return name;
}

describe('a trip synced under protocol 1, the server and a device updated each on its own', () => {
  it('leaves the device and the server with the same leaves, won by the same changes', async () => {
    const serverStates = mergeAll(await updatedServer()).records;
    const device = await openStore(await deviceAtStep7());
    for (const [key, onServer] of serverStates) {
      const onDevice = await device.db.recordStates.get(key);
      expect(onDevice?.leaves, key).toEqual(onServer.leaves);
    }
    expect(
      recordOf(serverStates.get(`trips:${tripId}`) ?? { table: 'trips', id: tripId, tripId, leaves: {} }),
    ).toMatchObject({ organiser: { ko: '과학기술정책관리연구소' } });
    const visit = await device.db.itineraryItems.get(visitId);
    expect(visit?.location).toEqual({ ko: '福岡県庁 本館' });
    expect(visit?.host?.address).toEqual({ ja: '福岡県福岡市博多区東公園7-7' });
    device.db.close();
  });
});
