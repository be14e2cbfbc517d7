import { createHash } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { connect as connectTcp, isIP, type Socket } from 'node:net';
import { connect as connectTls, type TLSSocket } from 'node:tls';
import { MAX_SYNC_ANSWER_BYTES, type SyncAnswer, type SyncRequest } from '@shared/ipc/contract';
import { PROTOCOL } from '@shared/sync/client';
import { base32 } from '@shared/sync/fingerprint';

/** A server the user configured: its origin, and the fingerprint its certificate must have, if pinned. */
export interface SyncTarget {
  origin: string;
  fingerprint: string | null;
}

export interface TransportLimits {
  /** Until the connection is open (and, over TLS, its certificate accepted). */
  connectMs: number;
  /** Silence on an open connection. */
  idleMs: number;
  /** The whole request, answer included. */
  totalMs: number;
  answerBytes: number;
}

export const DEFAULT_LIMITS: TransportLimits = {
  connectMs: 15_000,
  idleMs: 30_000,
  totalMs: 120_000,
  answerBytes: MAX_SYNC_ANSWER_BYTES,
};

/** The fingerprint of a certificate as the join code carries it (docs/sync-protocol.md, section 8). */
export function fingerprintOfDer(der: Uint8Array): string {
  return base32(createHash('sha256').update(der).digest());
}

type Fail = (error: Extract<SyncAnswer, { outcome: 'failed' }>['error'], message: string) => void;

/** OpenSSL's verdicts on a certificate chain or name: HTTPS does not trust what the server showed. */
const CERTIFICATE_ERRORS = /CERT|SELF_SIGNED|UNABLE_TO_(GET_ISSUER|VERIFY)|ERR_TLS_CERT_ALTNAME/;

/**
 * Opens the connection and, over TLS, decides on the certificate before
 * anything is sent: `accepted` hands the socket to HTTP only after the check,
 * so no byte of the request (its token, its body) can leave before it.
 *
 * - Pinned (a fingerprint from the join code): the server's certificate is
 *   its own, self-made, so no chain could be trusted. Chain verification is
 *   off (`rejectUnauthorized: false`) and replaced, not skipped: on
 *   `secureConnect` the leaf certificate's DER SHA-256 must equal the pin, or
 *   the socket is destroyed unwritten. The TLS handshake itself proved that
 *   the server holds the key of the certificate it showed (OpenSSL checks the
 *   handshake's signature whatever the verify mode), so a certificate equal
 *   to the pin is the server's. Host names and dates are not looked at: the
 *   pin names exactly one certificate. No agent and no session cache: every
 *   connection is a full handshake, checked again (Node skips its own checks
 *   on a resumed session).
 *   Not `checkServerIdentity`: Node calls it only after a chain verified, so
 *   with a self-signed certificate it never runs; and not a check on the
 *   socket of an `https.request`, which has the request queued for writing
 *   by then: that none of it leaves before the check would rest on the order
 *   of Node's internals (it held when tried in Node 22; nothing promises it).
 * - Unpinned https: ordinary verification (Node's trusted roots, the host
 *   name), refused by Node itself before `secureConnect`.
 * - http: a plain connection (the user configured it so; the server uses it
 *   on loopback).
 */
function openConnection(target: SyncTarget, accepted: (socket: Socket) => void, fail: Fail): Socket {
  const url = new URL(target.origin);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const secure = url.protocol === 'https:';
  const port = Number(url.port || (secure ? 443 : 80));
  let socket: Socket;
  if (!secure) {
    socket = connectTcp({ host, port });
    socket.once('connect', () => accepted(socket));
  } else {
    const pinned = target.fingerprint;
    const tls: TLSSocket = connectTls({
      host,
      port,
      // SNI takes host names only.
      ...(isIP(host) ? {} : { servername: host }),
      rejectUnauthorized: pinned === null,
      ALPNProtocols: ['http/1.1'],
    });
    tls.once('secureConnect', () => {
      if (pinned !== null) {
        const presented = tls.getPeerX509Certificate();
        const fingerprint = presented ? fingerprintOfDer(presented.raw) : null;
        if (fingerprint !== pinned) {
          fail('certificate_changed', `The server showed certificate ${fingerprint}, not the pinned ${pinned}`);
          return;
        }
      } else if (!tls.authorized) {
        // Not reached with rejectUnauthorized, which destroys the socket first; kept so that it never goes unnoticed.
        fail('certificate_changed', `Certificate not trusted: ${tls.authorizationError}`);
        return;
      }
      accepted(tls);
    });
    socket = tls;
  }
  socket.on('error', (error: NodeJS.ErrnoException) => {
    const certificate = secure && CERTIFICATE_ERRORS.test(error.code ?? '');
    fail(certificate ? 'certificate_changed' : 'offline', error.message);
  });
  return socket;
}

/** The type of a chunk of a file's bytes, in a request and in an answer (protocol 4). */
const BYTES = 'application/octet-stream';

function bodyOf(body: NonNullable<SyncRequest['body']>): Buffer {
  return body.type === 'bytes'
    ? Buffer.from(body.bytes.buffer, body.bytes.byteOffset, body.bytes.byteLength)
    : Buffer.from(body.text, 'utf8');
}

/** Sends the request over an open, accepted connection and reads the answer within the size limit. */
function send(
  socket: Socket,
  target: SyncTarget,
  request: SyncRequest,
  answerBytes: number,
  answered: (answer: SyncAnswer) => void,
  fail: Fail,
): void {
  const headers: Record<string, string> = {
    Host: new URL(target.origin).host,
    'Fieldbook-Protocol': String(PROTOCOL),
    Accept: `application/json, ${BYTES}`,
    Connection: 'close',
  };
  if (request.token) headers.Authorization = `Bearer ${request.token}`;
  const body = request.body ? bodyOf(request.body) : null;
  if (request.body && body) {
    headers['Content-Type'] = request.body.type === 'bytes' ? BYTES : 'application/json; charset=utf-8';
    headers['Content-Length'] = String(body.byteLength);
  }
  const asked = httpRequest({
    method: request.method,
    path: request.path,
    headers,
    setHost: false,
    createConnection: () => socket,
  });
  asked.on('error', (error) => fail('offline', error.message));
  asked.once('response', (answer: IncomingMessage) => {
    const chunks: Buffer[] = [];
    let size = 0;
    answer.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > answerBytes) fail('server_error', `An answer over ${answerBytes} bytes`);
      else chunks.push(chunk);
    });
    answer.on('error', (error) => fail('offline', error.message));
    answer.once('end', () => {
      if (!answer.complete) {
        fail('offline', 'The answer was cut off');
        return;
      }
      const retryAfter = answer.headers['retry-after'];
      const whole = Buffer.concat(chunks);
      answered({
        outcome: 'answered',
        status: answer.statusCode ?? 0,
        headers: retryAfter ? { 'retry-after': retryAfter.slice(0, 200) } : {},
        // A file's bytes go back as they came; anything else is the protocol's JSON, as text.
        body:
          answer.headers['content-type']?.split(';')[0]?.trim() === BYTES
            ? { type: 'bytes', bytes: new Uint8Array(whole) }
            : { type: 'text', text: whole.toString('utf8') },
      });
    });
  });
  asked.end(body ?? undefined);
}

/**
 * One request of the sync protocol to a configured server, made by the main
 * process with Node's own TLS and HTTP (so it is tested in Node, without
 * Electron): the answer, or why there is none as the client's error code.
 * Never throws; every path ends with the connection closed.
 */
export function sendSyncRequest(
  target: SyncTarget,
  request: SyncRequest,
  limits: TransportLimits = DEFAULT_LIMITS,
): Promise<SyncAnswer> {
  return new Promise((resolve) => {
    let done = false;
    let socket: Socket | undefined;
    const finish = (answer: SyncAnswer) => {
      if (done) return;
      done = true;
      clearTimeout(connecting);
      clearTimeout(overall);
      socket?.destroy();
      resolve(answer);
    };
    const fail: Fail = (error, message) => finish({ outcome: 'failed', error, message });
    const connecting = setTimeout(
      () => fail('offline', `No connection within ${limits.connectMs} ms`),
      limits.connectMs,
    );
    const overall = setTimeout(() => fail('offline', `No answer within ${limits.totalMs} ms`), limits.totalMs);
    socket = openConnection(
      target,
      (open) => {
        clearTimeout(connecting);
        if (done) return;
        open.setTimeout(limits.idleMs, () => fail('offline', `Nothing from the server for ${limits.idleMs} ms`));
        send(open, target, request, limits.answerBytes, finish, fail);
      },
      fail,
    );
  });
}
