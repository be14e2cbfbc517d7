import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppEnv } from './http/context';

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves the app on `hostname`:`port` (0: any free port), over HTTPS when given a key and certificate. */
export function listen(
  app: Hono<AppEnv>,
  port: number,
  hostname: string,
  tls?: { key: string; cert: string },
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const options = { fetch: app.fetch, port, hostname };
    const onListening = (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `${tls ? 'https' : 'http'}://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive connections would hold close() open until they time out.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    };
    const server = tls
      ? serve({ ...options, createServer, serverOptions: { key: tls.key, cert: tls.cert } }, onListening)
      : serve(options, onListening);
    server.once('error', reject);
  });
}
