import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** One spelling per address: an IPv4 client of a dual-stack socket is `::ffff:192.0.2.1` to Node. */
export const canonicalAddress = (address: string) =>
  address
    .trim()
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
    .toLowerCase();

/**
 * The address a request came from, for its rate limits. The connection's
 * own, unless that is a proxy the operator declared trusted
 * (FIELDBOOK_TRUSTED_PROXIES): then the address the proxy says it forwarded
 * for, read from the right of `X-Forwarded-For` past the trusted proxies. Its
 * left part is whatever the client wrote, so the first address from the
 * right that no trusted proxy added is the client's; a client never picks its
 * own bucket.
 */
export function clientAddress(c: Context, trustedProxies: ReadonlySet<string>): string {
  let address: string;
  try {
    address = canonicalAddress(getConnInfo(c).remote.address ?? 'unknown');
  } catch {
    return 'unknown';
  }
  const forwarded = (c.req.header('X-Forwarded-For') ?? '').split(',').map(canonicalAddress);
  while (trustedProxies.has(address)) {
    const next = forwarded.pop();
    if (!next) break;
    address = next;
  }
  return address;
}
