import { type Change, checkChange, mergeAll, recordOf } from '@shared/sync/merge';
import { v7 } from 'uuid';
import { afterEach, expect, it } from 'vitest';
import { describeEachBackend } from '../test/backends';
import { migrate, readMigrations } from './migrate';
import type { Storage } from './storage';

const trip = v7();
const member = v7();
const interpreter = v7();
const device = v7();
const stamp = (n: number) => `0000000000${n}-00000-${device}`;

/** Changes as protocol 2 stored them: a member's affiliation as a single string. */
const protocol2: [string, string, string, unknown, number][] = [
  ['trips', trip, 'languages', { home: 'ko', host: 'ja' }, 1],
  ['members', member, 'name', '경기도 과학기술전문위원', 1],
  ['members', member, 'affiliation', '경기도 과학기술과', 1],
  // Replaced later by a text in another script: it must stay replaced, not come back as another language.
  ['members', member, 'affiliation', 'Gyeonggi Province', 2],
  ['members', member, 'affiliation', '경기도', 3],
  ['members', interpreter, 'affiliation', '', 1],
  ['trips', trip, 'organiser/ko', 'STEPI', 1],
];

describeEachBackend('schema step 0003: a member’s affiliation per language', (backend) => {
  let storage: Storage | undefined;
  afterEach(async () => {
    await storage?.close();
    storage = undefined;
  });

  /** A database at the step before, holding the trip's changes as protocol 2 pushed them. */
  async function atStep2(): Promise<Storage> {
    storage = (await backend.open()).storage;
    const migrations = await readMigrations();
    await migrate(storage, migrations.slice(0, 2));
    await storage.query(
      `INSERT INTO trips (id, organiser_member_id, setup_code_hash, published_at) VALUES ($1, $2, 'x', now())`,
      [trip, v7()],
    );
    await storage.query(
      `INSERT INTO devices (id, trip_id, member_id, name, organiser, token_hash, created_at)
       VALUES ($1, $2, $3, 'Laptop', true, 'y', now())`,
      [device, trip, v7()],
    );
    for (const [table, recordId, path, value, n] of protocol2) {
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

  it('rewrites protocol 2’s affiliations into leaves protocol 3 accepts, in the delegation’s language', async () => {
    const db = await atStep2();
    const before = await pulled(db);
    expect(await migrate(db, (await readMigrations()).slice(0, 3))).toEqual(['0003_localized_affiliation.sql']);
    const after = await pulled(db);
    // The same changes, ids and stamps, of the leaves they are changes of now.
    expect(after.map(({ id, hlc }) => [id, hlc])).toEqual(before.map(({ id, hlc }) => [id, hlc]));
    expect(after.map((change) => checkChange(change))).toEqual(after.map((change) => ({ ok: true, change })));
    expect(after.map((change) => change.path)).toEqual([
      'languages',
      'name',
      'affiliation/ko',
      'affiliation/ko',
      'affiliation/ko',
      'affiliation/ko',
      'organiser/ko',
    ]);
    const { records } = mergeAll(after);
    const record = (id: string) => {
      const state = records.get(`members:${id}`);
      if (!state) throw new Error(`no member ${id}`);
      return recordOf(state);
    };
    expect(record(member).affiliation).toEqual({ ko: '경기도' });
    expect(record(interpreter).affiliation).toEqual({ ko: '' });
  });

  it('takes the languages the trip has now: a trip of Japanese delegates has its affiliations in Japanese', async () => {
    const db = await atStep2();
    await db.query(
      `INSERT INTO changes (trip_id, id, table_name, record_id, path, value, hlc, base, device_id, member_id, pushed_by)
       VALUES ($1, $2, 'trips', $1, 'languages', $3, $4, NULL, $5, $6, $5)`,
      [trip, v7(), JSON.stringify({ home: 'ja', host: 'ko' }), stamp(4), device, v7()],
    );
    await migrate(db, (await readMigrations()).slice(0, 3));
    const after = await pulled(db);
    expect(after.filter((c) => c.path.startsWith('affiliation')).map((c) => c.path)).toEqual([
      'affiliation/ja',
      'affiliation/ja',
      'affiliation/ja',
      'affiliation/ja',
    ]);
  });
});
