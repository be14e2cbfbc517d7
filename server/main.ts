import { networkInterfaces } from 'node:os';
import { createApp } from './app';
import { configFrom, describeStorage } from './config';
import { listen } from './serve';
import { openStorage } from './storage/open';
import { ensureSetupCode } from './store/setupCode';

/** `npm run server`: the delegation's sync server, configured by the environment (README.md). */

const say = (line: string) => process.stdout.write(`${line}\n`);
const complain = (line: string) => process.stderr.write(`${line}\n`);

/** The addresses other devices on the network can use, when the server listens on all of them. */
function networkAddresses(host: string, port: number): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [];
  return Object.values(networkInterfaces())
    .flat()
    .filter((net) => net && net.family === 'IPv4' && !net.internal)
    .map((net) => `http://${net?.address}:${port}`);
}

async function main(): Promise<void> {
  const config = configFrom(process.env, process.argv.slice(2), process.cwd());
  say(`Data: ${describeStorage(config.storage)}`);
  const { storage, applied } = await openStorage(config.storage);
  if (applied.length > 0) say(`Schema steps applied: ${applied.join(', ')}`);
  const setup = await ensureSetupCode(storage, new Date(), config.newSetupCode);
  const server = await listen(createApp({ storage, name: config.name, log: complain }), config.port, config.host);
  say(`Fieldbook sync server "${config.name}" at ${server.url}`);
  for (const address of networkAddresses(config.host, server.port)) say(`  on the network: ${address}`);
  if ('code' in setup) say(`Setup code, to publish one trip: ${setup.code}`);
  else say(`A setup code made ${setup.waitingSince.toISOString()} is waiting; --new-setup-code makes another.`);

  const stop = async () => {
    await server.close();
    // PGlite writes its last pages when closed.
    await storage.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  complain(`The sync server did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
