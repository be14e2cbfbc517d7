import { afterEach, expect, it } from 'vitest';
import { describeEachBackend } from '../test/backends';
import { type Migration, migrate, readMigrations } from './migrate';
import type { Storage } from './storage';

const columnsOf = (storage: Storage) =>
  storage.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = 'public' ORDER BY table_name, column_name`,
  );

describeEachBackend('schema migrations', (backend) => {
  let storage: Storage | undefined;
  afterEach(async () => {
    await storage?.close();
    storage = undefined;
  });
  const open = async () => {
    storage = (await backend.open()).storage;
    return storage;
  };

  it('applies each step over a database at the step before, to the schema all steps make at once', async () => {
    const migrations = await readMigrations();
    expect(migrations.map((m) => m.name)[0]).toBe('0001_initial.sql');
    const whole = await open();
    await migrate(whole, migrations);
    const expected = await columnsOf(whole);
    await whole.close();

    const db = await open();
    for (const [index, migration] of migrations.entries()) {
      expect(await migrate(db, migrations.slice(0, index))).toEqual([]);
      expect(await migrate(db, migrations.slice(0, index + 1))).toEqual([migration.name]);
    }
    expect(await columnsOf(db)).toEqual(expected);
    expect(await migrate(db, migrations)).toEqual([]);
  }, 30_000);

  it('leaves the database at the step before when a step fails', async () => {
    const migrations = await readMigrations();
    const db = await open();
    await migrate(db, migrations);
    const broken: Migration = {
      name: '9999_broken.sql',
      sql: 'CREATE TABLE later (id text); SELECT no_such_function();',
    };
    await expect(migrate(db, [...migrations, broken])).rejects.toThrow();
    expect(await db.query(`SELECT to_regclass('later') AS later`)).toEqual([{ later: null }]);
    expect(await db.query('SELECT name FROM schema_migrations ORDER BY name')).toEqual(
      migrations.map((m) => ({ name: m.name })),
    );
  }, 30_000);

  it('refuses a database written by a newer server, and a released step that changed', async () => {
    const migrations = await readMigrations();
    const db = await open();
    const later: Migration = { name: '9999_later.sql', sql: 'CREATE TABLE later (id text);' };
    await migrate(db, [...migrations, later]);
    await expect(migrate(db, migrations)).rejects.toThrow(/newer server/);
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
    await expect(migrate(db, [...edited, later])).rejects.toThrow(/changed after it was applied/);
  }, 30_000);
});
