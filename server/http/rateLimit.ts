import type { MiddlewareHandler } from 'hono';
import { hashSecret } from '../codes';
import { bearerOf } from './auth';
import { clientAddress } from './clientAddress';
import { ApiError } from './errors';

/**
 * A token bucket per key (a device, or an address for requests without a
 * device): `burst` requests at once, then `perSecond`. Kept in this process
 * only: several server processes each allow their own share.
 */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

export interface RateLimiter {
  /** Takes one request from the key's bucket: 0 when allowed, else the seconds to wait. */
  take(key: string): number;
}

// Past this many keys, buckets that have filled up again are forgotten: they would allow the same.
const PRUNE_AT = 10_000;

export function createRateLimiter({ burst, perSecond }: RateLimit, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const fill = (bucket: { tokens: number; at: number }, time: number) =>
    Math.min(burst, bucket.tokens + ((time - bucket.at) / 1000) * perSecond);

  return {
    take(key) {
      const time = now();
      if (buckets.size > PRUNE_AT) {
        for (const [other, bucket] of buckets) if (fill(bucket, time) >= burst) buckets.delete(other);
      }
      const bucket = buckets.get(key);
      const tokens = bucket ? fill(bucket, time) : burst;
      if (tokens < 1) {
        buckets.set(key, { tokens, at: time });
        return Math.ceil((1 - tokens) / perSecond);
      }
      buckets.set(key, { tokens: tokens - 1, at: time });
      return 0;
    },
  };
}

export interface Limits {
  /**
   * Every request of one address, before anything else is looked at: a
   * request with a made-up token costs a look-up, and a fresh one per request
   * would otherwise open a fresh device bucket each time.
   */
  address: RateLimit;
  /** Requests of one device (or, without a token, one address). */
  device: RateLimit;
  /** Attempts at a setup or invitation code from one address: codes are short enough to be guessed at. */
  code: RateLimit;
}

// A first sync pulls a large trip page by page in a burst; a device syncing by itself asks every few seconds.
// An address is a few devices' worth: members behind one hotel's address, or a proxy not declared trusted.
export const DEFAULT_LIMITS: Limits = {
  address: { burst: 600, perSecond: 60 },
  device: { burst: 300, perSecond: 20 },
  code: { burst: 10, perSecond: 0.2 },
};

/** Refuses a request over its address's, then its device's (or code attempts') limit with `rate_limited` and when to try again. */
export function rateLimit(limits: Limits, now: () => number, trustedProxies: ReadonlySet<string>): MiddlewareHandler {
  const addresses = createRateLimiter(limits.address, now);
  const devices = createRateLimiter(limits.device, now);
  const codes = createRateLimiter(limits.code, now);
  return async (c, next) => {
    const address = clientAddress(c, trustedProxies);
    const token = bearerOf(c);
    const tryingCode = c.req.method === 'POST' && (c.req.path === '/v1/join' || c.req.path === '/v1/trips');
    const wait =
      addresses.take(address) ||
      (tryingCode ? codes : devices).take(tryingCode || !token ? `address:${address}` : `token:${hashSecret(token)}`);
    if (wait > 0) {
      const message = `Too many requests: try again in ${wait} s.`;
      throw new ApiError('rate_limited', message, {}, { 'Retry-After': String(wait) });
    }
    await next();
  };
}
