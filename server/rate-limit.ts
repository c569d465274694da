/** A limit on what one client may do: `limit` at once, refilled evenly over `windowMs`. */
export interface Bucket {
  /** Names the limit, so one client has a bucket per limit. */
  name: string;
  limit: number;
  windowMs: number;
}

/**
 * Token buckets per client. `take` spends one attempt (`spend: false` only looks) and answers 0
 * when it is allowed, else the whole seconds until the next one is. In memory for one process;
 * in the database (rate-limit-db.ts) when several processes share one PostgreSQL.
 */
export interface RateLimiter {
  take(bucket: Bucket, client: string, spend?: boolean): Promise<number>;
}

/** The refill and spending rule, shared by both kinds of limiter. */
export function refill(bucket: Bucket, tokens: number, elapsedMs: number): number {
  return Math.min(bucket.limit, tokens + Math.max(0, elapsedMs) * (bucket.limit / bucket.windowMs));
}

/** Seconds until a bucket holding `tokens` has one again. */
export function secondsUntilOne(bucket: Bucket, tokens: number): number {
  return Math.max(1, Math.ceil(((1 - tokens) * bucket.windowMs) / bucket.limit / 1000));
}

/**
 * The limiter of one process. Memory stays small because a bucket that has filled up again is forgotten.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async take(bucket: Bucket, client: string, spend = true): Promise<number> {
    const now = this.now();
    const key = `${bucket.name}\u0000${client}`;
    const held = this.buckets.get(key);
    const tokens = held ? refill(bucket, held.tokens, now - held.at) : bucket.limit;
    const allowed = tokens >= 1;
    this.buckets.set(key, { tokens: allowed && spend ? tokens - 1 : tokens, at: now });
    if (this.buckets.size > 10_000) this.forgetFull(bucket, now);
    return allowed ? 0 : secondsUntilOne(bucket, tokens);
  }

  private forgetFull(bucket: Bucket, now: number): void {
    for (const [key, held] of this.buckets) {
      if (key.startsWith(`${bucket.name}\u0000`) && refill(bucket, held.tokens, now - held.at) >= bucket.limit) this.buckets.delete(key);
    }
  }
}
