import { RateLimiter, type RateLimitDecision } from './rate-limiter';

const T0 = 1_767_225_600_000; // any whole-millisecond instant
const allowed: RateLimitDecision = { allowed: true };

/** Takes `count` requests for `key` at `now`; returns how many were allowed. */
function burst(limiter: RateLimiter, key: string, limit: number, count: number, now: number): number {
  let passed = 0;
  for (let i = 0; i < count; i++) if (limiter.take(key, limit, now).allowed) passed++;
  return passed;
}

describe('RateLimiter', () => {
  it('lets a key spend its whole minute at once, then says when the next request may come', () => {
    const limiter = new RateLimiter();
    expect(burst(limiter, 'BHXH', 10, 10, T0)).toBe(10);
    // One request earns back in 60 s / 10 = 6 s.
    expect(limiter.take('BHXH', 10, T0)).toEqual({ allowed: false, retryAfterSeconds: 6 });
    expect(limiter.take('BHXH', 10, T0 + 5_999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('BHXH', 10, T0 + 6_000)).toEqual(allowed);
    expect(limiter.take('BHXH', 10, T0 + 6_000).allowed).toBe(false);
  });

  it('rounds the wait up to whole seconds, and a retry after exactly that long is allowed', () => {
    for (const limit of [1, 2, 3, 7, 13, 59, 60, 61, 97, 600, 1000, 6000, 100_000]) {
      const limiter = new RateLimiter();
      burst(limiter, 'k', limit, limit, T0);
      const refused = limiter.take('k', limit, T0);
      if (refused.allowed) throw new Error(`limit ${limit}: the request after the burst passed`);
      expect(refused.retryAfterSeconds).toBe(Math.ceil(60 / limit));
      // A second earlier is still too early: the wait is not overstated by a whole second.
      expect(limiter.take('k', limit, T0 + (refused.retryAfterSeconds - 1) * 1000).allowed).toBe(false);
      expect(limiter.take('k', limit, T0 + refused.retryAfterSeconds * 1000)).toEqual(allowed);
    }
  });

  it('never lets more through than the burst plus the rate, however the requests are spread', () => {
    const limiter = new RateLimiter();
    let passed = 0;
    // A request every 250 ms for ten minutes, at 30 a minute.
    for (let t = 0; t < 10 * 60_000; t += 250) if (limiter.take('k', 30, T0 + t).allowed) passed++;
    expect(passed).toBeLessThanOrEqual(30 + 30 * 10);
    expect(passed).toBeGreaterThanOrEqual(30 * 10);
  });

  it('does not let refused requests push the wait further out', () => {
    const limiter = new RateLimiter();
    burst(limiter, 'k', 6, 6, T0);
    for (let t = 0; t < 10_000; t += 100) expect(limiter.take('k', 6, T0 + t).allowed).toBe(false);
    expect(limiter.take('k', 6, T0 + 10_000)).toEqual(allowed);
  });

  it('keeps each key to its own allowance', () => {
    const limiter = new RateLimiter();
    expect(burst(limiter, 'BHXH', 3, 5, T0)).toBe(3);
    expect(burst(limiter, 'TCT', 3, 5, T0)).toBe(3);
    expect(limiter.take('BHXH', 3, T0).allowed).toBe(false);
  });

  it('applies a lowered limit at once, and a raised one only as it is earned', () => {
    const limiter = new RateLimiter();
    expect(burst(limiter, 'k', 100, 10, T0)).toBe(10);
    // 90 left under the old limit; the new one holds at most 5.
    expect(burst(limiter, 'k', 5, 10, T0)).toBe(5);
    expect(burst(limiter, 'k', 1000, 10, T0)).toBe(0);
    expect(burst(limiter, 'k', 1000, 10, T0 + 60)).toBe(1); // 1000 a minute: one per 60 ms
  });

  it('earns nothing when the clock steps back, and keeps working after', () => {
    const limiter = new RateLimiter();
    burst(limiter, 'k', 2, 2, T0);
    expect(limiter.take('k', 2, T0 - 3_600_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(limiter.take('k', 2, T0 - 3_600_000 + 30_000)).toEqual(allowed);
  });

  it('forgets a key idle for a minute, which then starts with a full allowance as if new', () => {
    const limiter = new RateLimiter();
    burst(limiter, 'a', 4, 4, T0);
    burst(limiter, 'b', 4, 1, T0 + 30_000);
    expect(limiter.size).toBe(2);
    limiter.take('c', 4, T0 + 60_000);
    expect(limiter.size).toBe(2); // a is gone, b (30 s idle) stays
    expect(burst(limiter, 'a', 4, 5, T0 + 60_000)).toBe(4);
    limiter.take('d', 4, T0 + 10 * 60_000);
    expect(limiter.size).toBe(1);
  });

  it('holds no more than maxKeys, dropping the least recently seen', () => {
    const limiter = new RateLimiter({ maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) burst(limiter, key, 2, 2, T0);
    limiter.take('a', 2, T0 + 1); // a is now more recent than b
    limiter.take('d', 2, T0 + 2);
    expect(limiter.size).toBe(3);
    expect(limiter.take('a', 2, T0 + 3).allowed).toBe(false); // still remembered, still spent
    expect(limiter.take('b', 2, T0 + 3)).toEqual(allowed); // dropped: a fresh allowance
  });

  it('stays within maxKeys under a flood of distinct keys', () => {
    const limiter = new RateLimiter({ maxKeys: 1000 });
    for (let i = 0; i < 50_000; i++) limiter.take(`key-${i}`, 10, T0 + Math.floor(i / 100));
    expect(limiter.size).toBe(1000);
  });

  it('refuses a limit that is not a whole number of at least one', () => {
    const limiter = new RateLimiter();
    for (const limit of [0, -1, 0.5, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => limiter.take('k', limit, T0)).toThrow(RangeError);
    }
    expect(() => new RateLimiter({ maxKeys: 0 })).toThrow(RangeError);
  });

  it('reads the clock itself when not given one', () => {
    const limiter = new RateLimiter();
    expect(limiter.take('k', 1)).toEqual(allowed);
    expect(limiter.take('k', 1)).toMatchObject({ allowed: false });
  });
});
