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
