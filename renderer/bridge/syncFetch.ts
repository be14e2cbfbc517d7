import type { FieldbookBridge, SyncAnswer, SyncRequest } from '@shared/ipc/contract';
import type { RecordId } from '@shared/model';
import { type Fetch, SyncError } from '@shared/sync/client';
import type { SyncMethod } from '@shared/sync/endpoints';

/**
 * Which server's pin a request goes under: its trip's, which the main process
 * keeps; or, joining, before the trip is known, the join code's.
 */
export type SyncRoute = { tripId: RecordId } | { joining: string | null };

/**
 * The desktop app's way to the sync server: its renderer reaches no network
 * at all (electron/session.ts cancels every request), so each request of the
 * protocol goes to the main process (`sync:request`), which reaches only the
 * servers of the trips the user published or joined and pins their
 * certificates (docs/sync-protocol.md, section 5). Why a request got no
 * answer comes back as the client's SyncError (`certificate_changed`,
 * `offline` ...).
 */
export function ipcFetch(bridge: FieldbookBridge, route: SyncRoute): Fetch {
  return async (url, init) => {
    const { origin, pathname, search } = new URL(url);
    const authorization = init.headers.Authorization;
    let answer: SyncAnswer;
    try {
      answer = await bridge.invoke('sync:request', {
        ...('tripId' in route ? { tripId: route.tripId } : { tripId: null, fingerprint: route.joining }),
        origin,
        method: init.method as SyncMethod,
        path: `${pathname}${search}`,
        ...(authorization?.startsWith('Bearer ') ? { token: authorization.slice('Bearer '.length) } : {}),
        ...(init.body === undefined ? {} : { body: bodyOf(init.body) }),
      });
    } catch (error) {
      // The contract refused the request itself: a fault of this app, not of the network.
      throw new SyncError('server_error', error instanceof Error ? error.message : String(error));
    }
    if (answer.outcome === 'failed') throw new SyncError(answer.error, answer.message);
    const { status, headers, body } = answer;
    return {
      status,
      headers: new Headers(headers),
      text: async () => (body.type === 'text' ? body.text : new TextDecoder().decode(body.bytes)),
      arrayBuffer: async () =>
        (body.type === 'bytes' ? body.bytes : new TextEncoder().encode(body.text)).slice().buffer,
    };
  };
}

/** A request's body as the contract carries it: JSON text, or a chunk of a file's bytes. */
function bodyOf(body: string | Uint8Array<ArrayBuffer>): SyncRequest['body'] {
  return typeof body === 'string' ? { type: 'json', text: body } : { type: 'bytes', bytes: body };
}

/**
 * How the renderer reaches a trip's sync server (or, `joining`, the server a
 * join code names). In a browser (`npm run web`, or the web app the sync
 * server serves) the server is the page's own origin, the only one its CSP
 * allows, reached with the browser's fetch. In the desktop app, through the
 * main process (`ipcFetch`).
 */
export function syncFetch(route: SyncRoute, desktop: FieldbookBridge | undefined = window.fieldbook): Fetch {
  return desktop ? ipcFetch(desktop, route) : (url, init) => fetch(url, init);
}

/**
 * The user publishes a trip to, or joined it on, the server at `baseUrl`: the
 * desktop app's main process reaches it for the trip's requests from now on,
 * accepting only the certificate of `fingerprint` when there is one. A trip
 * that synced with another server before is moved only when the user
 * confirmed it (`replace`): `changed` otherwise. Nothing to keep in a
 * browser, which reaches its own origin only.
 */
export async function configureSyncServer(
  server: { tripId: RecordId; baseUrl: string; fingerprint: string | null; replace: boolean },
  desktop: FieldbookBridge | undefined = window.fieldbook,
): Promise<'configured' | 'changed'> {
  if (!desktop) return 'configured';
  const { tripId, baseUrl, fingerprint, replace } = server;
  try {
    const url = new URL(baseUrl);
    if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
      throw new Error('a server address is a scheme, a host and a port, nothing more');
    }
    // The origin as the URL parser writes it: lower case, no default port.
    return await desktop.invoke('sync:configureServer', { tripId, origin: url.origin, fingerprint, replace });
  } catch (error) {
    throw new SyncError('offline', `Not a server address: ${error instanceof Error ? error.message : String(error)}`);
  }
}
