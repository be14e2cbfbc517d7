import { certificateFingerprint } from './fingerprint';

/**
 * What a member types or pastes to join (docs/sync-protocol.md, section 8):
 * `fb1:<host>:<port>:<fingerprint>:<invitation>`. A self-certified server's
 * fingerprint is pinned; behind a proxy with a real certificate it is
 * empty (ordinary https); `http` there means a server without TLS on this
 * very computer (the tests, a member who runs the server on their laptop).
 */
export interface JoinCode {
  baseUrl: string;
  fingerprint: string | null;
  invitation: string;
}

export function formatJoinCode({ baseUrl, fingerprint, invitation }: JoinCode): string {
  const [, scheme = 'https', host = '', port] = /^(https?):\/\/([^:/]+)(?::(\d+))?/.exec(baseUrl) ?? [];
  const plain = scheme === 'http';
  return ['fb1', host, port ?? (plain ? '80' : '443'), fingerprint ?? (plain ? 'http' : ''), invitation].join(':');
}

/**
 * Plain HTTP goes only to this computer: over any network, the token and the
 * notes would travel readable (and alterable) by whoever shares it, a hotel's
 * Wi-Fi first of all. Loopback is 127.0.0.0/8, ::1 and `localhost`.
 */
export function sendsInClear(baseUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:') return false;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return !(host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host));
}

/** A join code, `cleartext` for one that would send the trip unencrypted over a network, or null for no join code. */
export function parseJoinCode(text: string): JoinCode | 'cleartext' | null {
  const match = /^(fb1:[^:\s]+:\d{1,5}:[^:\s]*):([0-9A-Za-z-]{5,40})$/.exec(text.trim());
  const server = match?.[1] ? parseServerAddress(match[1]) : null;
  if (!server || !match?.[2]) return null;
  return server === 'cleartext' ? server : { ...server, invitation: match[2] };
}

/**
 * What a member pasted where a join code goes, when it is not one, so that
 * they are told what to paste rather than that no such code exists:
 * `partial`, a join code without its `fb1:` or the invitation alone;
 * `server`, the server's address (the line it printed, its URL). Null for a
 * join code, or for anything else.
 */
export function notAJoinCode(text: string): 'partial' | 'server' | null {
  const trimmed = text.trim();
  if (parseJoinCode(trimmed)) return null;
  if (parseServerAddress(trimmed) || parseServerAddress(`fb1:${trimmed}`)) return 'server';
  return splitInvitation(trimmed) || parseJoinCode(`fb1:${trimmed}`) ? 'partial' : null;
}

/**
 * An invitation as the join code carries it: the server's code (nine
 * characters) and the organiser's device's secret (ten), which the server
 * never sees (section 9). Read as the server reads its code: case, spaces
 * and hyphens do not matter, I and L are 1, O is 0. Null when it is not one.
 */
export function splitInvitation(invitation: string): { code: string; secret: string } | null {
  const chars = invitation.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (!/^[0-9A-HJKMNP-TV-Z]{19}$/.test(chars)) return null;
  return { code: `${chars.slice(0, 4)}-${chars.slice(4, 9)}`, secret: `${chars.slice(9, 14)}-${chars.slice(14)}` };
}

/** The server a device reaches: its address, and the fingerprint of the certificate it made itself, if it did. */
export type ServerAddress = Omit<JoinCode, 'invitation'>;

/**
 * The server as the organiser enters it to publish a trip: its address
 * (`https://sync.example.org`, or `http://127.0.0.1:8787` on this computer), or,
 * for a server with a certificate it made itself, the start of its join codes
 * as it prints it, `fb1:<host>:<port>:<fingerprint>`, so that the organiser's
 * device pins the certificate from the first request. `cleartext` for plain
 * HTTP to another computer (`sendsInClear`); null for no server address.
 */
export function parseServerAddress(text: string): ServerAddress | 'cleartext' | null {
  const server = addressOf(text);
  return server && sendsInClear(server.baseUrl) ? 'cleartext' : server;
}

function addressOf(text: string): ServerAddress | null {
  const trimmed = text.trim().replace(/:$/, '');
  const coded = /^fb1:([^:\s/]+):(\d{1,5})(?::([^:\s]*))?$/.exec(trimmed);
  if (coded?.[1] && coded[2]) {
    const plain = coded[3] === 'http';
    const fingerprint = coded[3] && !plain ? coded[3] : null;
    if (fingerprint !== null && !certificateFingerprint.safeParse(fingerprint).success) return null;
    return { baseUrl: `${plain ? 'http' : 'https'}://${coded[1]}:${coded[2]}`, fingerprint };
  }
  const url = /^(https?):\/\/([^:/\s@]+)(?::(\d{1,5}))?\/?$/.exec(trimmed);
  if (!url?.[1] || !url[2]) return null;
  return { baseUrl: `${url[1]}://${url[2].toLowerCase()}${url[3] ? `:${url[3]}` : ''}`, fingerprint: null };
}
