import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rateLimit';

describe('rate limiter', () => {
  it('allows a burst, then one request per refill, each key on its own', () => {
    let time = 0;
    const limiter = createRateLimiter({ burst: 3, perSecond: 0.5 }, () => time);
    expect([1, 2, 3].map(() => limiter.take('laptop'))).toEqual([0, 0, 0]);
    expect(limiter.take('laptop')).toBe(2);
    expect(limiter.take('phone')).toBe(0);
    time += 1000;
    expect(limiter.take('laptop')).toBe(1);
    time += 1000;
    expect(limiter.take('laptop')).toBe(0);
    expect(limiter.take('laptop')).toBe(2);
  });

  it('fills a bucket back up to the burst, never beyond', () => {
    let time = 0;
    const limiter = createRateLimiter({ burst: 2, perSecond: 10 }, () => time);
    limiter.take('laptop');
    time += 60_000;
    expect([1, 2, 3].map(() => limiter.take('laptop'))).toEqual([0, 0, 1]);
  });
});
