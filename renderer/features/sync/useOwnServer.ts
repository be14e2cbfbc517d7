import { request } from '@shared/sync/client';
import { parseServerAddress } from '@shared/sync/serverAddress';
import { useEffect, useState } from 'react';
import { z } from 'zod';

const info = z.object({ protocol: z.number() });

/**
 * The sync server that served this page, when one did (the web app it
 * serves, server/webApp.ts): the address to publish to is then the page's
 * own. Asked of the origin itself (`/v1/info`), the only one the page's CSP
 * lets it reach: `npm run web` serves the app from a server that answers no
 * such thing. Null in the desktop app, whose page no server served; null for
 * an origin the trip could not be sent to (plain HTTP to another computer).
 */
export function useOwnServer(): string | null {
  const [own, setOwn] = useState<string | null>(null);
  useEffect(() => {
    const server = window.fieldbook ? null : parseServerAddress(window.location.origin);
    if (!server || server === 'cleartext') return;
    let shown = true;
    request({ baseUrl: server.baseUrl, fetch: (url, init) => fetch(url, init) }, 'GET', '/info', info).then(
      () => {
        if (shown) setOwn(server.baseUrl);
      },
      // Not a sync server, or not one now: the organiser enters the address.
      () => undefined,
    );
    return () => {
      shown = false;
    };
  }, []);
  return own;
}
