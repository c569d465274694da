import type { EventData } from '../src/data/types.js';
import type { Database } from './db.js';
import { problem, type Answer } from './http.js';
import { decideSignUps, keyReused, type MailPolicy, type SignUp } from './registrations.js';

/** Sign-ups decided in one transaction at most; a rush beyond it is decided in several, in order. */
const MOST_PER_BATCH = 500;

interface Waiting {
  signUp: SignUp;
  resolve(answer: Answer): void;
  reject(error: unknown): void;
}

/**
 * Group commit: sign-ups for one event queue, and whatever queued while the previous batch was
 * being decided is decided together, in the order it came, in one transaction (registrations.ts,
 * `decideSignUps`). A rush costs one transaction per batch instead of one per person, and no one
 * is overtaken: waiting is first come, first served. Other events' queues run alongside.
 *
 * It also knows which `Idempotency-Key`s are being handled in this process right now: a repeat
 * that arrives meanwhile gets `409` (the same request) or `422` (another one), as the IETF
 * Idempotency-Key draft says, rather than waiting for the first.
 */
export class SignUpQueue {
  private readonly queues = new Map<string, Waiting[]>();
  private readonly inFlight = new Map<string, string>();
  /** When the last batch was decided (`performance.now()`). */
  private lastDecided = -Infinity;

  constructor(
    private readonly database: Database,
    private readonly now: () => number = Date.now,
    private readonly mail: MailPolicy = { notices: 'off' },
    /** Told after a batch committed, which put its e-mails in the outbox. */
    private readonly committed: () => void = () => {},
  ) {}

  /**
   * Whether sign-ups are coming in: waiting or being decided now, or decided in the last half
   * second (in a rush, the next ones are on their way, in the rate limit or the network).
   */
  get busy(): boolean {
    return this.queues.size > 0 || performance.now() - this.lastDecided < 500;
  }

  submit(event: EventData, signUp: SignUp): Promise<Answer> {
    const flightKey = signUp.idempotencyKey === undefined ? undefined : `${event.id}\u0000${signUp.idempotencyKey}`;
    if (flightKey !== undefined) {
      const running = this.inFlight.get(flightKey);
      if (running !== undefined) return Promise.resolve(running === signUp.fingerprint ? stillRunning() : keyReused(signUp.row.locale));
      this.inFlight.set(flightKey, signUp.fingerprint);
    }
    const answer = new Promise<Answer>((resolve, reject) => {
      const queue = this.queues.get(event.id!);
      if (queue) return void queue.push({ signUp, resolve, reject });
      this.queues.set(event.id!, [{ signUp, resolve, reject }]);
      // Not at once: PGlite runs a whole transaction in the promise jobs that follow this request,
      // before Node reads the next one, so every batch would hold one sign-up. After the requests
      // Node has read this turn, all of them are in the first batch.
      setImmediate(() => void this.drain(event));
    });
    return flightKey === undefined ? answer : answer.finally(() => this.inFlight.delete(flightKey));
  }

  /** Decides the event's queue batch by batch until it is empty. */
  private async drain(event: EventData): Promise<void> {
    const queue = this.queues.get(event.id!)!;
    while (queue.length) {
      const batch = queue.splice(0, MOST_PER_BATCH);
      try {
        const answers = await this.database.transaction((sql) => decideSignUps(sql, event, batch.map((waiting) => waiting.signUp), this.now(), this.mail));
        batch.forEach((waiting, index) => waiting.resolve(answers[index]));
        this.lastDecided = performance.now();
        this.committed();
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
      // Let Node read what arrived meanwhile, so it joins the next batch.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.queues.delete(event.id!);
  }
}

/** The first request under this key is still being handled: the client asks again in a moment. */
const stillRunning = (): Answer => ({
  ...problem(409, 'idempotency-key-in-use', 'A request with this Idempotency-Key is still being handled; ask again in a moment'),
  headers: { 'Retry-After': '1' },
});
