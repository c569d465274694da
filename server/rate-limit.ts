import type { Sql } from './db.js';

/** A limit on what one client may do: `limit` at once, refilled evenly over `windowMs`. */
export interface Bucket {
  /** Names the limit, so one client has a bucket per limit. */
  name: string;
  limit: number;
  windowMs: number;
}

/**
 * Token buckets per client. `take` spends one attempt (`spend: false` only looks) and answers 0
 * when it is allowed, else the whole seconds until the next one is. In memory for one process
 * (PGlite, which one process holds); in the database on PostgreSQL, which several processes
 * behind a load balancer may share.
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

/**
 * The limiter of every process on one PostgreSQL: one statement per attempt refills, decides and
 * spends atomically in the bucket's row, so two processes never both spend the last attempt.
 * Rows of buckets unused for an hour, full again by then, are deleted now and then.
 */
export class DatabaseRateLimiter implements RateLimiter {
  private attempts = 0;

  constructor(
    private readonly sql: Sql,
    private readonly now: () => number = Date.now,
  ) {}

  async take(bucket: Bucket, client: string, spend = true): Promise<number> {
    const now = this.now();
    if (++this.attempts % 1000 === 0) await this.sql.query('DELETE FROM rate_limit WHERE at_ms < $1::bigint', [now - 3_600_000]);
    const refilled = 'LEAST($3::float8, r.tokens + GREATEST(0, $4::bigint - r.at_ms) * $5::float8)';
    const [row] = await this.sql.query<{ tokens: number; last_allowed: boolean }>(
      `INSERT INTO rate_limit AS r (bucket, client, tokens, at_ms, last_allowed) VALUES ($1, $2, $3::float8 - $6::int, $4::bigint, true)
       ON CONFLICT (bucket, client) DO UPDATE SET
         last_allowed = ${refilled} >= 1,
         tokens = ${refilled} - CASE WHEN ${refilled} >= 1 THEN $6::int ELSE 0 END,
         at_ms = GREATEST(r.at_ms, $4::bigint)
       RETURNING tokens, last_allowed`,
      [bucket.name, client, bucket.limit, now, bucket.limit / bucket.windowMs, spend ? 1 : 0],
    );
    return row.last_allowed ? 0 : secondsUntilOne(bucket, row.tokens);
  }
}
