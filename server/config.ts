import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorageChoice } from './storage/open';

/** How `npm run server` was asked to run: from the environment and the command line. */
export interface ServerConfig {
  port: number;
  host: string;
  /** The server's own folder: PGlite's database, the lock on it, the certificate. */
  dataDir: string;
  storage: StorageChoice;
  /** HTTPS with a certificate the server makes itself, rather than plain HTTP. */
  tls: boolean;
  /** Where the built web app is, served when it is there. */
  webDir: string;
  name: string;
  /** Proxies whose `X-Forwarded-For` is believed: FIELDBOOK_TRUSTED_PROXIES, their addresses separated by commas. */
  trustedProxies: string[];
  /** Replace a setup code that is waiting (it was lost before it was used). */
  newSetupCode: boolean;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_DATA = 'fieldbook-server-data';
/** `GET /v1/info` answers anyone: the computer's own name would tell a stranger on the network whose it is. */
export const DEFAULT_NAME = 'Fieldbook';
/** Where `vite build` puts the web app (vite.config.ts). */
export const WEB_BUILD = fileURLToPath(new URL('../out/web', import.meta.url));
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const TLS_CHOICES: Record<string, boolean> = { 'self-signed': true, off: false };

export function configFrom(env: NodeJS.ProcessEnv, args: readonly string[], cwd: string): ServerConfig {
  const port = Number(env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT is not a port number: ${env.PORT}`);
  const unknown = args.filter((arg) => arg !== '--new-setup-code');
  if (unknown.length > 0)
    throw new Error(`Unknown argument ${unknown.join(' ')}; the one argument is --new-setup-code.`);
  // Reachable from this computer only, unless told otherwise (HOST=0.0.0.0 for the delegation's network).
  const host = env.HOST || '127.0.0.1';
  const tls = env.FIELDBOOK_TLS ? TLS_CHOICES[env.FIELDBOOK_TLS] : !LOOPBACK.has(host);
  if (tls === undefined) throw new Error(`FIELDBOOK_TLS is self-signed or off, not ${env.FIELDBOOK_TLS}.`);
  const dataDir = resolve(cwd, env.FIELDBOOK_DATA || DEFAULT_DATA);
  const trustedProxies = (env.FIELDBOOK_TRUSTED_PROXIES ?? '').split(',').map((address) => address.trim());
  const notAddresses = trustedProxies.filter((address) => address && !isIP(address));
  if (notAddresses.length > 0) {
    throw new Error(`FIELDBOOK_TRUSTED_PROXIES lists IP addresses, not ${notAddresses.join(', ')}.`);
  }
  return {
    port,
    host,
    dataDir,
    // On a network, encrypted unless told otherwise (FIELDBOOK_TLS=off behind a TLS-terminating proxy).
    tls,
    webDir: resolve(cwd, env.FIELDBOOK_WEB || WEB_BUILD),
    storage: env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir },
    name: env.FIELDBOOK_SERVER_NAME || DEFAULT_NAME,
    trustedProxies: trustedProxies.filter(Boolean),
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
