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
 * Calls of `rate_limit_take` on their way at once, per process. Attempts that come meanwhile wait
 * and go together in the next call; two keep one call's round trip from holding up the rest.
 */
const MOST_CALLS = 2;

/**
 * The limiter of every process on one PostgreSQL. Attempts go to the database together: a call of
 * `rate_limit_take` (server/migrations.ts, migration 4) carries every attempt that came while the
 * calls before it were on their way. It refills, decides and spends in each bucket's locked
 * row, so two processes never both spend the last attempt, and a rush costs a statement per round
 * trip rather than one per request. Rows of buckets unused for an hour, full again by then, are
 * deleted now and then.
 */
export class DatabaseRateLimiter implements RateLimiter {
  private attempts = 0;
  private waiting: Take[] = [];
  private scheduled = false;
  /** Calls on their way. */
  private calls = 0;

  constructor(
    private readonly sql: Sql,
    private readonly now: () => number = Date.now,
  ) {}

  take(bucket: Bucket, client: string, spend = true): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ bucket, client, spend, resolve, reject });
      this.schedule();
    });
  }

  /** A call for what waits, after this turn of the event loop, unless `MOST_CALLS` are on their way. */
  private schedule(): void {
    if (this.scheduled || this.calls >= MOST_CALLS) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.waiting.length) return;
      const takes = this.waiting;
      this.waiting = [];
      this.calls++;
      void this.decide(takes).finally(() => {
        this.calls--;
        if (this.waiting.length) this.schedule();
      });
    });
  }

  private async decide(takes: Take[]): Promise<void> {
    // One row per bucket and client (a statement may change a row once), in one order for every process.
    const groups = new Map<string, { bucket: Bucket; client: string; takes: Take[] }>();
    for (const take of takes) {
      const key = `${take.bucket.name}\u0000${take.client}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { bucket: take.bucket, client: take.client, takes: [] }));
      group.takes.push(take);
    }
    const keys = [...groups.keys()].sort();
    try {
      const now = this.now();
      this.attempts += takes.length;
      if (this.attempts >= 1000) {
        this.attempts = 0;
        await this.sql.query('DELETE FROM rate_limit WHERE at_ms < $1::bigint', [now - 3_600_000]);
      }
      const asked = keys.map((key) => {
        const { bucket, client, takes: theirs } = groups.get(key)!;
        return { bucket: bucket.name, client, limit: bucket.limit, rate: bucket.limit / bucket.windowMs, spend: theirs.filter((take) => take.spend).length };
      });
      const [{ answers }] = await this.sql.query<{ answers: { tokens: number; spent: number }[] }>('SELECT rate_limit_take($1, $2) AS answers', [JSON.stringify(asked), now]);
      keys.forEach((key, index) => {
        const { bucket, takes: theirs } = groups.get(key)!;
        const { tokens, spent } = answers[index];
        // The first `spent` who spend are let through, in the order they asked; a look spends nothing.
        let left = spent;
        for (const take of theirs) {
          const allowed = take.spend ? left-- > 0 : tokens >= 1;
          take.resolve(allowed ? 0 : secondsUntilOne(bucket, tokens));
        }
      });
    } catch (error) {
      for (const take of takes) take.reject(error);
    }
  }
}

interface Take {
  bucket: Bucket;
  client: string;
  spend: boolean;
  resolve(wait: number): void;
  reject(error: unknown): void;
}
