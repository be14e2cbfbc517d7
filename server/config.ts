import { hostname } from 'node:os';
import { resolve } from 'node:path';
import type { StorageChoice } from './storage/open';

/** How `npm run server` was asked to run: from the environment and the command line. */
export interface ServerConfig {
  port: number;
  host: string;
  storage: StorageChoice;
  name: string;
  /** Replace a setup code that is waiting (it was lost before it was used). */
  newSetupCode: boolean;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_DATA = 'fieldbook-server-data';

export function configFrom(env: NodeJS.ProcessEnv, args: readonly string[], cwd: string): ServerConfig {
  const port = Number(env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT is not a port number: ${env.PORT}`);
  const unknown = args.filter((arg) => arg !== '--new-setup-code');
  if (unknown.length > 0)
    throw new Error(`Unknown argument ${unknown.join(' ')}; the one argument is --new-setup-code.`);
  return {
    port,
    // Reachable from this computer only, unless told otherwise (HOST=0.0.0.0 for the delegation's network).
    host: env.HOST || '127.0.0.1',
    storage: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL }
      : { kind: 'pglite', dataDir: resolve(cwd, env.FIELDBOOK_DATA || DEFAULT_DATA) },
    name: env.FIELDBOOK_SERVER_NAME || hostname(),
    newSetupCode: args.includes('--new-setup-code'),
  };
}

/** Where the data is, to print: a database URL without its password. */
export function describeStorage(storage: StorageChoice): string {
  if (storage.kind === 'pglite') return `PGlite in ${storage.dataDir}`;
  try {
    const url = new URL(storage.url);
    if (url.password) url.password = '***';
    return `PostgreSQL at ${url.href}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}
