import { PGlite } from '@electric-sql/pglite';
import { createQueue } from './queue';
import type { Storage } from './storage';

const BYTEA = 17;
// PGlite passes bytea as hex text, converted byte by byte through strings (0.2 s a MiB each way);
// Node's own hex codec does it in milliseconds. The bytes of attachments go through here.
const hexOfBytes = (bytes: Uint8Array) =>
  `\\x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;
const bytesOfHex = (text: string) => new Uint8Array(Buffer.from(text.slice(2), 'hex'));

/**
 * The embedded database: PostgreSQL in WebAssembly, in `dataDir` (in memory
 * when none), starting from a copy of another (`dumpDataDir`) when given one.
 */
export async function openPglite(dataDir?: string, copyOf?: Blob): Promise<Storage> {
  const db = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(copyOf ? { loadDataDir: copyOf } : {}),
    serializers: { [BYTEA]: hexOfBytes },
    parsers: { [BYTEA]: bytesOfHex },
  });
  const enqueue = createQueue();
  return {
    kind: 'pglite',
    query: (sql, params) => enqueue(async () => (await db.query<never>(sql, params ? [...params] : [])).rows),
    // The transaction's statements go straight to it: they are the task the queue is running.
    transaction: (work) =>
      enqueue(() =>
        db.transaction((tx) =>
          work({
            query: async (sql, params) => (await tx.query<never>(sql, params ? [...params] : [])).rows,
            exec: async (script) => {
              await tx.exec(script);
            },
          }),
        ),
      ),
    close: () => enqueue(() => db.close()),
  };
}
