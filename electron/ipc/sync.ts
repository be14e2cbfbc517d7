import type { SyncAnswer, SyncRequest } from '@shared/ipc/contract';
import type { SyncServers } from '../syncServers';
import type { SyncTarget } from '../syncTransport';
import type { MainHandlers } from './context';

interface SyncDeps {
  /** The trips' servers, once read from the app's data folder. */
  servers: Promise<SyncServers>;
  /** The request over the network (syncTransport.ts). */
  send: (target: SyncTarget, request: SyncRequest) => Promise<SyncAnswer>;
}

/**
 * sync:configureServer and sync:request: the renderer, which has no network,
 * reaches the server of each trip the user published or joined through the
 * main process, and nothing else: a request to any other origin is refused
 * before a connection is opened, and the pin is the one kept for the trip,
 * never one a request brings; joining, the one request made before its trip
 * is known, goes to the join code's server with the join code's pin, and
 * carries no token.
 */
export function syncHandlers({ servers, send }: SyncDeps): Pick<MainHandlers, 'sync:configureServer' | 'sync:request'> {
  return {
    'sync:configureServer': async (server) => (await servers).configure(server),
    'sync:request': async (request) => {
      const target =
        request.tripId === null
          ? { origin: request.origin, fingerprint: request.fingerprint ?? null }
          : (await servers).find(request.tripId, request.origin);
      if (!target) {
        return { outcome: 'failed', error: 'unknown_server', message: `${request.origin} is not this trip's server` };
      }
      return send(target, request);
    },
  };
}
