import { type Change, checkChange, mergeAll, recordOf } from '@shared/sync/merge';
import { v7 } from 'uuid';
import { afterEach, expect, it } from 'vitest';
import { describeEachBackend } from '../test/backends';
import { migrate, readMigrations } from './migrate';
import type { Storage } from './storage';

const trip = v7();
const visit = v7();
const lecture = v7();
const device = v7();
const stamp = (n: number) => `0000000000${n}-00000-${device}`;

/** Changes as protocol 1 stored them: the organiser, an address and a place as single strings. */
const protocol1: [string, string, string, unknown, number][] = [
  ['trips', trip, 'languages', { home: 'ko', host: 'ja' }, 1],
  ['trips', trip, 'organiser', '경기도청 과학기술과', 1],
  // Replaced later by a text in another script: it must stay replaced, not come back as another language.
  ['trips', trip, 'organiser', 'STEPI 과학기술국제협력단', 2],
  ['trips', trip, 'organiser', 'STEPI', 3],
  [
    'itineraryItems',
    visit,
    'host',
    { name: { ja: '福岡県庁' }, address: '福岡県福岡市博多区東公園7-7', contacts: [] },
    1,
  ],
  ['itineraryItems', visit, 'location', '', 1],
  ['itineraryItems', lecture, 'location', '福岡市', 1],
  ['itineraryItems', lecture, 'host', null, 1],
  ['itineraryItems', lecture, 'title/ko', '강연 2', 1],
];

describeEachBackend('schema step 0002: places per language', (backend) => {
  let storage: Storage | undefined;
  afterEach(async () => {
    await storage?.close();
    storage = undefined;
  });

  /** A database at the step before, holding the trip's changes as protocol 1 pushed them. */
  async function atStep1(): Promise<Storage> {
    storage = (await backend.open()).storage;
    const migrations = await readMigrations();
    await migrate(storage, migrations.slice(0, 1));
    await storage.query(
      `INSERT INTO trips (id, organiser_member_id, setup_code_hash, published_at) VALUES ($1, $2, 'x', now())`,
      [trip, v7()],
    );
    await storage.query(
      `INSERT INTO devices (id, trip_id, member_id, name, organiser, token_hash, created_at)
       VALUES ($1, $2, $3, 'Laptop', true, 'y', now())`,
      [device, trip, v7()],
    );
    for (const [table, recordId, path, value, n] of protocol1) {
      await storage.query(
        `INSERT INTO changes (trip_id, id, table_name, record_id, path, value, hlc, base, device_id, member_id, pushed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, $9, $8)`,
        [trip, v7(), table, recordId, path, JSON.stringify(value), stamp(n), device, v7()],
      );
    }
    return storage;
  }

  const pulled = async (db: Storage): Promise<Change[]> =>
    (
      await db.query<Record<string, unknown>>(
        `SELECT id, table_name, record_id, trip_id, path, value, hlc, base, device_id, member_id
         FROM changes ORDER BY seq`,
      )
    ).map((row) => ({
      id: String(row.id),
      table: row.table_name as Change['table'],
      recordId: String(row.record_id),
      tripId: String(row.trip_id),
      path: String(row.path),
      value: row.value,
      hlc: String(row.hlc),
      base: null,
      deviceId: String(row.device_id),
      memberId: String(row.member_id),
    }));

  it('rewrites protocol 1’s changes into leaves protocol 2 accepts, the organiser and places in the delegation’s language', async () => {
    const db = await atStep1();
    const before = await pulled(db);
    expect(await migrate(db, (await readMigrations()).slice(0, 2))).toEqual(['0002_localized_places.sql']);
    const after = await pulled(db);
    // The same changes, ids and stamps, of the leaves they are changes of now.
    expect(after.map(({ id, hlc }) => [id, hlc])).toEqual(before.map(({ id, hlc }) => [id, hlc]));
    expect(after.map((change) => checkChange(change))).toEqual(after.map((change) => ({ ok: true, change })));
    expect(after.map((change) => change.path)).toEqual([
      'languages',
      'organiser/ko',
      'organiser/ko',
      'organiser/ko',
      'host',
      'location/ko',
      'location/ko',
      'host',
      'title/ko',
    ]);

    const { records } = mergeAll(after);
    const record = (table: string, id: string) => {
      const state = records.get(`${table}:${id}`);
      if (!state) throw new Error(`no ${table} ${id}`);
      return recordOf(state);
    };
    expect(record('trips', trip).organiser).toEqual({ ko: 'STEPI' });
    expect(record('itineraryItems', visit)).toMatchObject({
      host: { name: { ja: '福岡県庁' }, address: { ja: '福岡県福岡市博多区東公園7-7' }, contacts: [] },
      location: { ko: '' },
    });
    expect(record('itineraryItems', lecture)).toMatchObject({ host: null, location: { ko: '福岡市' } });
  });

  it('takes the languages the trip has now, and a trip of Japanese delegates has its organiser in Japanese', async () => {
    const db = await atStep1();
    await db.query(
      `INSERT INTO changes (trip_id, id, table_name, record_id, path, value, hlc, base, device_id, member_id, pushed_by)
       VALUES ($1, $2, 'trips', $1, 'languages', $3, $4, NULL, $5, $6, $5)`,
      [trip, v7(), JSON.stringify({ home: 'ja', host: 'ko' }), stamp(4), device, v7()],
    );
    await migrate(db, (await readMigrations()).slice(0, 2));
    const after = await pulled(db);
    expect(after.filter((c) => c.path.startsWith('organiser')).map((c) => c.path)).toEqual([
      'organiser/ja',
      'organiser/ja',
      'organiser/ja',
    ]);
    expect(after.find((c) => c.recordId === visit && c.path === 'host')?.value).toMatchObject({
      address: { ko: '福岡県福岡市博多区東公園7-7' },
    });
  });
});
