import pg from 'pg';
import type { Storage } from './storage';

/** A PostgreSQL server at `url`, through a pool of connections shared by the requests of this process. */
export function openPostgres(url: string, poolSize = 10): Storage {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection that breaks (the database restarted) is dropped by the pool and replaced
  // on the next query; without a listener the error would end the process.
  pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    query: async (sql, params) => (await pool.query(sql, params ? [...params] : [])).rows,
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async (sql, params) => (await client.query(sql, params ? [...params] : [])).rows,
          exec: async (script) => {
            await client.query(script);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        // A connection that could not roll back is in an unknown state: the pool closes it.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
