import type { Database } from './db.js';
import type { EventCatalogue } from './events.js';
import { countsOf, readRegistrations } from './lifecycle.js';
import { renderMail } from './mail/render.js';
import type { Mail, MailRegistration, MailTransport } from './mail/types.js';

/**
 * The e-mail outbox: messages are rows, written in the transaction of what they tell (a sign-up,
 * a cancellation, a move up the waiting list), so a registration never waits for a mail server
 * and a message is never lost or invented by a rollback. This worker sends them after the commit.
 *
 * - **Once.** A batch is claimed with `FOR UPDATE SKIP LOCKED` and a lease (`claimed_until`), so
 *   two processes on one PostgreSQL never take the same message, and one that died mid-send has its
 *   claims taken over when the lease ends. A message is marked sent the moment the transport
 *   accepted it; only a crash between the two can repeat it, and then under the same Message-ID.
 * - **Retries.** A failure waits `retryBaseMs` × 2^(attempts − 1), at most six hours, and gives up
 *   after `MOST_ATTEMPTS`, saying so in the log.
 * - **Secrets.** A message's cancel token is in its row only until it is sent (server/lifecycle.ts);
 *   the database keeps its hash.
 * - **A rush first.** While sign-ups are being decided (`busy`), the worker sends one batch per
 *   `busyPauseMs` at most, so that the e-mails of a rush do not slow the rush itself (each costs
 *   two statements and a file or an SMTP exchange); the rest follow when it has passed.
 */
export interface OutboxOptions {
  database: Database;
  events: EventCatalogue;
  transport: MailTransport;
  /** `MAIL_FROM`. */
  from: string;
  notices: 'each' | 'daily' | 'off';
  log: (message: string) => void;
  now?: () => number;
  /** Links for messages not caused by a request (the digest): PUBLIC_URL, or the address last seen. */
  origin: () => string;
  /** How often to look for due messages when nothing kicks the worker. */
  pollMs?: number;
  /** The first retry's wait. */
  retryBaseMs?: number;
  /** How long a daily digest's day is (tests make it short). */
  digestMs?: number;
  /** Whether sign-ups are being decided now (server/sign-up-queue.ts): then the worker paces itself. */
  busy?: () => boolean;
  /** While `busy`, the least time between the starts of two batches. */
  busyPauseMs?: number;
}

const MOST_ATTEMPTS = 8;
/** The registrations of event $1 made or cancelled after $2 up to $3: what a digest tells. */
const CHANGED_BETWEEN = 'event_id = $1 AND ((created_at > $2 AND created_at <= $3) OR (cancelled_at > $2 AND cancelled_at <= $3))';
const BATCH = 20;
const LEASE_SECONDS = 120;

interface Claimed {
  id: string;
  kind: Mail['kind'];
  event_id: string;
  registration_id: string | null;
  secret: string | null;
  data: { origin?: string; since?: string; until?: string };
  attempts: number;
}

export class Outbox {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  /** When the last messages were claimed (`performance.now()`), for the pace while `busy`. */
  private lastClaim = -Infinity;
  private readonly options: Required<Omit<OutboxOptions, 'now'>> & { now: () => number };

  constructor(options: OutboxOptions) {
    this.options = { now: Date.now, pollMs: 5_000, retryBaseMs: 30_000, digestMs: 86_400_000, busy: () => false, busyPauseMs: 1_000, ...options };
  }

  start(): void {
    this.stopped = false;
    this.kick();
  }

  /** Looks for due messages now (after a commit that queued some), and again every `pollMs`. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const wait = this.options.busy() ? this.lastClaim + this.options.busyPauseMs - performance.now() : 0;
    if (wait > 0) return this.later(wait);
    clearTimeout(this.timer);
    this.running = this.work().finally(() => {
      this.running = undefined;
      if (this.stopped) return;
      if (this.again) {
        this.again = false;
        this.kick();
      } else {
        this.later(this.options.pollMs);
      }
    });
  }

  private later(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.kick(), ms);
    this.timer.unref();
  }

  /** Stops after the message being sent; what is left waits in the table for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private async work(): Promise<void> {
    try {
      if (this.options.notices === 'daily') await this.queueDigests();
      for (;;) {
        const claimedAt = performance.now();
        const batch = await this.claim();
        if (batch.length) this.lastClaim = claimedAt;
        for (const message of batch) {
          if (this.stopped) return this.release(batch.slice(batch.indexOf(message)));
          await this.deliver(message);
        }
        if (batch.length < BATCH) return;
        if (this.options.busy()) {
          // More to send, in a while (kick waits out the pace).
          this.again = true;
          return;
        }
      }
    } catch (error) {
      // The database is away: the next poll tries again.
      this.options.log(`outbox: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private claim(): Promise<Claimed[]> {
    return this.options.database.query<Claimed>(
      `UPDATE outbox SET claimed_until = now() + make_interval(secs => $1), attempts = attempts + 1
        WHERE id IN (SELECT id FROM outbox
                      WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now() AND (claimed_until IS NULL OR claimed_until < now())
                      ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING id::text, kind, event_id, registration_id, secret, data, attempts`,
      [LEASE_SECONDS, BATCH],
    ).then((rows) => rows.sort((a, b) => Number(a.id) - Number(b.id)));
  }

  /** Gives back claims not worked on (stopping), without counting them as attempts. */
  private async release(batch: Claimed[]): Promise<void> {
    if (!batch.length) return;
    await this.options.database.query('UPDATE outbox SET claimed_until = NULL, attempts = attempts - 1 WHERE id = ANY ($1::bigint[])', [batch.map((message) => message.id)]);
  }

  private async deliver(message: Claimed): Promise<void> {
    const { database, transport, log } = this.options;
    let mail: Mail | undefined;
    try {
      mail = await this.mailOf(message);
    } catch (error) {
      log(`outbox: message ${message.id} cannot be written: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!mail) {
      // Its registration or event is gone (erased, or the event file removed): there is no one to tell.
      await database.query('UPDATE outbox SET failed_at = now(), secret = NULL, last_error = $2 WHERE id = $1', [message.id, 'nothing to send']);
      return;
    }
    const host = new URL(message.data.origin ?? this.options.origin()).hostname || 'localhost';
    try {
      await transport.send(renderMail(mail, { from: this.options.from, messageId: `<outbox-${message.id}.${message.event_id}@${host}>` }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (message.attempts >= MOST_ATTEMPTS) {
        await database.query('UPDATE outbox SET failed_at = now(), secret = NULL, claimed_until = NULL, last_error = $2 WHERE id = $1', [message.id, reason]);
        log(`outbox: gave up on ${message.kind} message ${message.id} for ${message.event_id} after ${message.attempts} attempts: ${reason}`);
      } else {
        const wait = Math.min(this.options.retryBaseMs * 2 ** (message.attempts - 1), 6 * 3_600_000);
        await database.query('UPDATE outbox SET next_attempt_at = now() + make_interval(secs => $2), claimed_until = NULL, last_error = $3 WHERE id = $1', [message.id, wait / 1000, reason]);
        log(`outbox: ${message.kind} message ${message.id} not sent (attempt ${message.attempts}), trying again in ${Math.round(wait / 1000)} s: ${reason}`);
      }
      return;
    }
    await database.query('UPDATE outbox SET sent_at = now(), secret = NULL, claimed_until = NULL, last_error = NULL WHERE id = $1', [message.id]);
  }

  /** The message's contents, read now: the registration as it is when the message goes out. */
  private async mailOf(message: Claimed): Promise<Mail | undefined> {
    const event = this.options.events.get(message.event_id);
    if (!event) return undefined;
    const origin = message.data.origin ?? this.options.origin();
    const organiserUrl = `${origin}/organiser/events/${encodeURIComponent(event.id!)}`;
    if (message.kind === 'organiser-digest') {
      const since = new Date(message.data.since!);
      const until = new Date(message.data.until!);
      const registrations = await this.registrations(CHANGED_BETWEEN, [event.id, since, until]);
      return { kind: 'organiser-digest', event, registrations, since, counts: await countsOf(this.options.database, event, this.options.now()), organiserUrl };
    }
    const [registration] = message.registration_id ? await this.registrations('id = $1', [message.registration_id]) : [];
    if (!registration) return undefined;
    switch (message.kind) {
      case 'confirmation':
      case 'promotion':
        if (!message.secret) return undefined;
        return { kind: message.kind, event, registration, cancelUrl: `${origin}/registrations/${message.secret}/cancel` };
      case 'cancelled':
        return { kind: 'cancelled', event, registration };
      case 'organiser-notice':
        return { kind: 'organiser-notice', event, registration, counts: await countsOf(this.options.database, event, this.options.now()), organiserUrl };
    }
    return undefined;
  }

  /** As the e-mails show them: a registration from before languages were stored reads Dutch. */
  private async registrations(where: string, values: unknown[]): Promise<MailRegistration[]> {
    const rows = await readRegistrations(this.options.database, where, values);
    return rows.map(({ locale, ...row }) => ({ ...row, locale: locale ?? 'nl' }));
  }

  /**
   * ORGANISER_NOTICES=daily: for each event with a contact, once a day, a digest of the sign-ups
   * and cancellations since the previous one (none when nothing happened). The first day starts
   * when the server first runs with the setting.
   */
  private async queueDigests(): Promise<void> {
    const { database, events } = this.options;
    for (const event of events.values()) {
      if (!event.registration?.email) continue;
      await database.transaction(async (sql) => {
        await sql.query('INSERT INTO digest (event_id, until) VALUES ($1, now()) ON CONFLICT (event_id) DO NOTHING', [event.id]);
        const [due] = await sql.query<{ since: Date; until: Date }>(
          `WITH previous AS (SELECT until FROM digest WHERE event_id = $1 FOR UPDATE)
           UPDATE digest SET until = now() FROM previous
            WHERE digest.event_id = $1 AND previous.until <= now() - make_interval(secs => $2)
           RETURNING previous.until AS since, digest.until AS until`,
          [event.id, this.options.digestMs / 1000],
        );
        if (!due) return;
        const [{ count }] = await sql.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM registration WHERE ${CHANGED_BETWEEN}`,
          [event.id, due.since, due.until],
        );
        if (!count) return;
        await sql.query(`INSERT INTO outbox (kind, event_id, data) VALUES ('organiser-digest', $1, $2)`, [
          event.id, JSON.stringify({ origin: this.options.origin(), since: new Date(due.since).toISOString(), until: new Date(due.until).toISOString() }),
        ]);
      });
    }
  }
}

