import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app';
import { configFrom, describeStorage } from './config';
import { listen } from './serve';
import { watchSetupCode } from './setupCodeWatch';
import { openStorage } from './storage/open';
import { ensureSetupCode } from './store/setupCode';
import { loadOrMakeCertificate } from './tls/certificate';
import { builtWebApp } from './webApp';

/** `npm run server`: the delegation's sync server, configured by the environment (README.md). */

const say = (line: string) => process.stdout.write(`${line}\n`);
const complain = (line: string) => process.stderr.write(`${line}\n`);

/** The IPv4 addresses other devices on the network can reach this computer at. */
function networkAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((net) => (net && net.family === 'IPv4' && !net.internal ? [net.address] : []));
}

async function main(): Promise<void> {
  // Whatever the server writes (the database's files, the certificate's key) is its user's alone.
  process.umask(0o077);
  const config = configFrom(process.env, process.argv.slice(2), process.cwd());
  say(`Data: ${describeStorage(config.storage)}`);
  const { storage, applied } = await openStorage(config.storage);
  if (applied.length > 0) say(`Schema steps applied: ${applied.join(', ')}`);
  const setup = await ensureSetupCode(storage, new Date(), config.newSetupCode);
  const everywhere = config.host === '0.0.0.0' || config.host === '::';
  const addresses = everywhere
    ? networkAddresses()
    : [config.host].filter((host) => isIP(host) && host !== '127.0.0.1');
  const certificate = config.tls ? await loadOrMakeCertificate(join(config.dataDir, 'tls'), addresses) : undefined;
  const webApp = builtWebApp(config.webDir);
  const app = createApp({ storage, name: config.name, log: complain, webApp, trustedProxies: config.trustedProxies });
  const server = await listen(app, config.port, config.host, certificate);
  say(`Fieldbook sync server "${config.name}" at ${server.url}`);
  const scheme = certificate ? 'https' : 'http';
  for (const address of addresses) say(`  on the network: ${scheme}://${address}:${server.port}`);
  if (certificate) {
    say(`Certificate fingerprint (devices accept no other): ${certificate.fingerprint}`);
    for (const address of addresses)
      say(`  server address to publish to, in the app: fb1:${address}:${server.port}:${certificate.fingerprint}`);
  }
  say(webApp ? `Web app: ${server.url}/` : `No web app in ${config.webDir} (npx vite build makes it).`);
  const printCode = (code: string, expiresAt: Date) =>
    say(`Setup code, to publish one trip: ${code} (valid until ${expiresAt.toISOString()})`);
  const stopWatching = watchSetupCode(storage, setup.expiresAt, {
    now: Date.now,
    print: printCode,
    complain,
  });

  const stop = async () => {
    stopWatching();
    await server.close();
    // PGlite writes its last pages when closed.
    await storage.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Said last, once Ctrl+C stops the server cleanly: whoever waits for these words may stop it at once.
  // Said of the code still waiting too, so that whoever lost it finds it again at a restart.
  printCode(setup.code, setup.expiresAt);
}

main().catch((error: unknown) => {
  complain(`The sync server did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
