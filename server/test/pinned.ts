import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { fingerprintOfDer } from '../tls/fingerprint';

/** `GET /v1/info` as a device that pinned `fingerprint` asks it: any other certificate ends the connection unread. */
export function infoPinned(url: string, fingerprint: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const asked = request(`${url}/v1/info`, { rejectUnauthorized: false, agent: false }, (answer) => {
      let body = '';
      answer.on('data', (chunk) => {
        body += chunk;
      });
      answer.on('end', () => resolve(JSON.parse(body)));
    });
    asked.on('socket', (socket: TLSSocket) => {
      socket.on('secureConnect', () => {
        const presented = socket.getPeerX509Certificate();
        if (!presented || fingerprintOfDer(presented.raw) !== fingerprint) {
          asked.destroy(new Error('certificate changed'));
        }
      });
    });
    asked.on('error', reject);
    asked.end();
  });
}
