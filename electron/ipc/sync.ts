import type { SyncAnswer, SyncRequest } from '@shared/ipc/contract';
import type { SyncServers } from '../syncServers';
import type { SyncTarget } from '../syncTransport';
import type { MainHandlers } from './context';

interface SyncDeps {
  /** The servers the user configured, once read from the app's data folder. */
  servers: Promise<SyncServers>;
  /** The request over the network (syncTransport.ts). */
  send: (target: SyncTarget, request: SyncRequest) => Promise<SyncAnswer>;
}

/**
 * sync:configureServer and sync:request: the renderer, which has no network,
 * reaches the sync servers the user published to or joined through the main
 * process, and nothing else: a request to any other origin is refused before
 * a connection is opened, and the pin is the one kept here, never one a
 * request brings.
 */
export function syncHandlers({ servers, send }: SyncDeps): Pick<MainHandlers, 'sync:configureServer' | 'sync:request'> {
  return {
    'sync:configureServer': async (server) => {
      await (await servers).configure(server);
    },
    'sync:request': async (request) => {
      const target = (await servers).find(request.origin);
      if (!target) {
        return { outcome: 'failed', error: 'unknown_server', message: `${request.origin} is not a configured server` };
      }
      return send(target, request);
    },
  };
}
