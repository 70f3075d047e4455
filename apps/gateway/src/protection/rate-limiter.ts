/** The outcome of one request against its key's limit. */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const MINUTE_MS = 60_000;

/**
 * A key's allowance in request-milliseconds: a request costs MINUTE_MS, a key earns
 * `limitPerMinute` each millisecond, and holds at most a minute's earnings. With a clock in
 * whole milliseconds this is integer arithmetic, so "wait retryAfterSeconds, then retry"
 * never fails by a rounding error.
 */
interface Bucket {
  credit: number;
  updatedAt: number;
}

/**
 * Requests per minute per key (an agency, a client, a purpose: the caller decides), as a
 * token bucket: each key holds up to `limitPerMinute` tokens, refilled continuously at
 * `limitPerMinute` a minute, and each request takes one. A key may burst its whole minute's
 * allowance at once, so any one minute may see up to twice the limit; over a longer stretch
 * it gets no more than its rate. The state lives in this process: each gateway replica
 * counts on its own.
 *
 * Memory is bounded without timers. A bucket refills from empty in one minute whatever the
 * limit, so a key idle for a minute is full, exactly as if it had never been seen: it is
 * dropped, losing nothing. Past `maxKeys` the least recently seen key is dropped even if it is
 * not full, which hands that key a fresh allowance; keys come from verified tokens, so the cap
 * is a guard against a bug or a flood, not part of normal operation.
 */
export class RateLimiter {
  // A Map iterates in insertion order; re-inserting on every use keeps it least-recent first.
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxKeys: number;

  constructor(options: { maxKeys?: number } = {}) {
    this.maxKeys = options.maxKeys ?? 10_000;
    if (!Number.isSafeInteger(this.maxKeys) || this.maxKeys < 1) throw new RangeError('maxKeys must be at least 1');
  }

  /** Takes one request from `key`'s allowance, or says how long until one is available. */
  take(key: string, limitPerMinute: number, now = Date.now()): RateLimitDecision {
    // A fraction of a request can never be taken, and NaN would allow everything.
    if (!Number.isSafeInteger(limitPerMinute) || limitPerMinute < 1) {
      throw new RangeError(`limitPerMinute must be a whole number of at least 1 (got ${limitPerMinute})`);
    }
    this.dropIdle(now);
    const capacity = limitPerMinute * MINUTE_MS;
    const bucket = this.buckets.get(key);
    // A clock that steps back earns nothing; a lowered limit applies at once.
    const earned = bucket ? bucket.credit + Math.max(0, now - bucket.updatedAt) * limitPerMinute : capacity;
    const credit = Math.min(capacity, earned);
    const allowed = credit >= MINUTE_MS;
    this.buckets.delete(key);
    this.buckets.set(key, { credit: allowed ? credit - MINUTE_MS : credit, updatedAt: now });
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    if (allowed) return { allowed: true };
    const waitMs = (MINUTE_MS - credit) / limitPerMinute;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /** How many keys are held now (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }

  private dropIdle(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updatedAt < MINUTE_MS) return;
      this.buckets.delete(key);
    }
  }
}
