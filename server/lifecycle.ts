import type { EventData } from '../src/data/types.js';
import { toCsv } from './csv.js';
import type { Database, Sql } from './db.js';
import type { EventCatalogue } from './events.js';
import type { MailCounts } from './mail/types.js';
import type { OrganiserStore, RegistrationRow } from './organiser/store.js';
import { fileState, newCancelToken, seats, tokenHash, type EventRow } from './registrations.js';

/*
 * What happens to a registration after the sign-up: the visitor cancels with the link in their
 * e-mail, the organiser erases, moves up or mails again, and a freed seat goes to the first person
 * waiting. Each is one transaction that locks the event's row first, as a sign-up does
 * (registrations.ts, `decideSignUps`), so seats are never oversold and nobody moves up twice,
 * whatever runs at the same time; the e-mails it causes go into the outbox in that transaction.
 */

/** What a cancel link shows: the registration and its event, or nothing for a link that is not (or no longer) valid. */
export interface TokenView {
  event: EventData;
  registration: { id: string; name: string; email: string; status: 'confirmed' | 'waitlisted' | 'cancelled'; locale: string };
}

export interface Lifecycle extends OrganiserStore {
  /** The registration a cancel link is for, without changing anything (`GET`: mail scanners open links). */
  viewByToken(token: string): Promise<TokenView | undefined>;
  /** Cancels the registration of a cancel link: its seat goes to the first person waiting. */
  cancelByToken(token: string): Promise<{ outcome: 'cancelled' | 'already-cancelled'; view: TokenView } | { outcome: 'unknown' }>;
}

interface Options {
  database: Database;
  events: EventCatalogue;
  now: () => number;
  log: (message: string) => void;
  /** The address links in e-mails start with (PUBLIC_URL, or the one the server was reached at). */
  origin: () => string;
  /** Called after a transaction that put e-mail in the outbox committed. */
  queued: () => void;
}

export function createLifecycle(options: Options): Lifecycle {
  const { database, events, now, log, origin, queued } = options;

  /** Runs `work` under the event's lock; the outbox hears of it when it committed. */
  async function locked<T>(event: EventData, work: (sql: Sql, row: EventRow) => Promise<T>): Promise<T> {
    const result = await database.transaction(async (sql) => {
      const [row] = await sql.query<EventRow>('SELECT capacity, taken_elsewhere, waitlist, confirmed FROM event WHERE id = $1 FOR UPDATE', [event.id]);
      return work(sql, row);
    });
    queued();
    return result;
  }

  /** Puts an e-mail for `registrationId` into the outbox, with a fresh cancel link when it needs one. */
  async function enqueue(sql: Sql, event: EventData, kind: 'confirmation' | 'promotion' | 'cancelled', registrationId: string): Promise<void> {
    let secret: string | null = null;
    if (kind !== 'cancelled') {
      secret = newCancelToken();
      await sql.query('INSERT INTO cancel_token (hash, registration_id) VALUES ($1, $2)', [tokenHash(secret), registrationId]);
    }
    await sql.query('INSERT INTO outbox (kind, event_id, registration_id, secret, data) VALUES ($1, $2, $3, $4, $5)', [
      kind, event.id, registrationId, secret, JSON.stringify({ origin: origin() }),
    ]);
  }

  /**
   * Gives the event's free seats to the people waiting longest, in the caller's locked transaction.
   * Not for an event that is cancelled or over; the sign-up deadline does not stop the waiting list.
   */
  async function moveUp(sql: Sql, event: EventData, row: EventRow): Promise<void> {
    const state = fileState(event, now());
    if (state === 'cancelled' || state === 'past') return;
    const free = seats(event, row, now()).remaining;
    if (!free) return;
    const promoted = await sql.query<{ id: string }>(
      `UPDATE registration SET status = 'confirmed'
        WHERE id IN (SELECT id FROM registration WHERE event_id = $1 AND status = 'waitlisted' ORDER BY seq LIMIT $2)
        RETURNING id`,
      [event.id, free],
    );
    if (!promoted.length) return;
    await sql.query('UPDATE event SET confirmed = confirmed + $2 WHERE id = $1', [event.id, promoted.length]);
    for (const { id } of promoted) await enqueue(sql, event, 'promotion', id);
    log(`registrations: ${promoted.length} moved up from the waiting list of ${event.id}`);
  }

  /** Cancels one registration in a locked transaction: whether it was active, or is gone (erased meanwhile). */
  async function cancel(sql: Sql, event: EventData, row: EventRow, registrationId: string): Promise<boolean | 'gone'> {
    const [before] = await sql.query<{ status: string }>('SELECT status FROM registration WHERE id = $1 FOR UPDATE', [registrationId]);
    if (!before) return 'gone';
    if (before.status === 'cancelled') return false;
    await sql.query(`UPDATE registration SET status = 'cancelled', email_key = NULL, cancelled_at = now() WHERE id = $1`, [registrationId]);
    // A retry of the first sign-up must not bring back a registration that was cancelled.
    await sql.query('DELETE FROM idempotency_key WHERE registration_id = $1', [registrationId]);
    await enqueue(sql, event, 'cancelled', registrationId);
    if (before.status === 'confirmed') {
      await sql.query('UPDATE event SET confirmed = confirmed - 1 WHERE id = $1', [event.id]);
      await moveUp(sql, event, { ...row, confirmed: row.confirmed - 1 });
    }
    return true;
  }

  async function byToken(token: string): Promise<TokenView | undefined> {
    // Only a token's shape can be a token; anything else is not looked up.
    if (!/^[\w-]{43}$/.test(token)) return undefined;
    const [found] = await database.query<{ event_id: string; id: string; name: string; email: string; status: TokenView['registration']['status']; locale: string | null }>(
      `SELECT r.event_id, r.id, r.name, r.email, r.status, r.locale FROM cancel_token t JOIN registration r ON r.id = t.registration_id WHERE t.hash = $1`,
      [tokenHash(token)],
    );
    const event = found && events.get(found.event_id);
    if (!found || !event) return undefined;
    return { event, registration: { id: found.id, name: found.name, email: found.email, status: found.status, locale: found.locale ?? 'nl' } };
  }

  return {
    viewByToken: byToken,

    async cancelByToken(token) {
      const view = await byToken(token);
      if (!view) return { outcome: 'unknown' };
      const done = await locked(view.event, (sql, row) => cancel(sql, view.event, row, view.registration.id));
      // Erased by the organiser between the look-up and the lock: the link no longer works.
      if (done === 'gone') return { outcome: 'unknown' };
      log(`registrations: ${done ? 'cancelled' : 'cancelled again (nothing changed)'} by its cancel link: ${view.registration.id} of ${view.event.id}`);
      return { outcome: done ? 'cancelled' : 'already-cancelled', view: { ...view, registration: { ...view.registration, status: 'cancelled' } } };
    },

    async counts(event): Promise<MailCounts> {
      return countsOf(database, event, now());
    },

    registrations: (event) => readRegistrations(database, 'event_id = $1', [event.id]),

    async erase(event, registrationId, who) {
      if (!isUuid(registrationId)) return false;
      const erased = await locked(event, async (sql, row) => {
        // With everything that refers to it, in one statement (no foreign key cascades: migration 4).
        const [gone] = await sql.query<{ status: string }>(
          `WITH gone AS (DELETE FROM registration WHERE event_id = $1 AND id = $2 RETURNING id, status),
                keys AS (DELETE FROM idempotency_key WHERE registration_id IN (SELECT id FROM gone)),
                links AS (DELETE FROM cancel_token WHERE registration_id IN (SELECT id FROM gone)),
                mail AS (DELETE FROM outbox WHERE registration_id IN (SELECT id FROM gone))
           SELECT status FROM gone`,
          [event.id, registrationId],
        );
        if (gone?.status === 'confirmed') {
          await sql.query('UPDATE event SET confirmed = confirmed - 1 WHERE id = $1', [event.id]);
          await moveUp(sql, event, { ...row, confirmed: row.confirmed - 1 });
        }
        return Boolean(gone);
      });
      // Who erased what, and when (the log's own time): the organiser answers for personal data.
      log(`audit: ${who} ${erased ? 'erased' : 'tried to erase (no such registration)'} registration ${JSON.stringify(registrationId)} of ${event.id}`);
      return erased;
    },

    async promote(event, registrationId, who) {
      if (!isUuid(registrationId)) return 'not-waiting';
      const outcome = await locked(event, async (sql, row) => {
        const [found] = await sql.query<{ status: string }>('SELECT status FROM registration WHERE event_id = $1 AND id = $2 FOR UPDATE', [event.id, registrationId]);
        if (found?.status !== 'waitlisted') return 'not-waiting' as const;
        const free = seats(event, row, now()).remaining;
        if (free !== undefined && free <= 0) return 'full' as const;
        await sql.query(`UPDATE registration SET status = 'confirmed' WHERE id = $1`, [registrationId]);
        await sql.query('UPDATE event SET confirmed = confirmed + 1 WHERE id = $1', [event.id]);
        await enqueue(sql, event, 'promotion', registrationId);
        return 'promoted' as const;
      });
      log(`audit: ${who} ${outcome === 'promoted' ? 'moved up' : `tried to move up (${outcome})`} registration ${JSON.stringify(registrationId)} of ${event.id}`);
      return outcome;
    },

    async resend(event, registrationId, who) {
      if (!isUuid(registrationId)) return false;
      const sent = await locked(event, async (sql) => {
        const [found] = await sql.query<{ status: string }>('SELECT status FROM registration WHERE event_id = $1 AND id = $2', [event.id, registrationId]);
        if (!found || found.status === 'cancelled') return false;
        await enqueue(sql, event, 'confirmation', registrationId);
        return true;
      });
      log(`audit: ${who} ${sent ? 'resent the confirmation of' : 'tried to resend (no such active registration)'} registration ${JSON.stringify(registrationId)} of ${event.id}`);
      return sent;
    },

    async csv(event, who) {
      const rows = await database.query<Record<string, unknown>>(
        `SELECT id, status, created_at, cancelled_at, name, email, organization, role, remarks, consent, locale, answers
           FROM registration WHERE event_id = $1 ORDER BY seq`,
        [event.id],
      );
      // One column per extra question, in the event's order.
      const extra = (event.registration?.fields ?? []).map((field) => field.name);
      const header = ['id', 'status', 'registered_at', 'name', 'email', 'organization', 'role', 'remarks', 'consent', 'locale', ...extra, 'cancelled_at'];
      log(`audit: ${who} exported the ${rows.length} registrations of ${event.id}`);
      const body = toCsv(header, rows.map((row) => [
        row.id, row.status, row.created_at, row.name, row.email, row.organization, row.role, row.remarks, row.consent, row.locale,
        ...extra.map((name) => (row.answers as Record<string, unknown>)[name]),
        row.cancelled_at,
      ]));
      return { body, filename: `${event.id}-registrations.csv` };
    },
  };
}

/**
 * The registrations `where` picks (a condition on the `registration` table, with `values` as its
 * parameters), in the order they came: for the organiser's page and for the e-mails.
 */
export async function readRegistrations(sql: Sql, where: string, values: unknown[]): Promise<RegistrationRow[]> {
  const rows = await sql.query<{
    id: string; status: RegistrationRow['status']; name: string; email: string; organization: string | null; role: string | null; remarks: string | null;
    consent: boolean | null; answers: RegistrationRow['answers']; locale: string | null; created_at: Date; cancelled_at: Date | null;
  }>(
    `SELECT id, status, name, email, organization, role, remarks, consent, answers, locale, created_at, cancelled_at
       FROM registration WHERE ${where} ORDER BY seq`,
    values,
  );
  return rows.map(({ created_at, cancelled_at, ...row }) => ({ ...row, createdAt: new Date(created_at), cancelledAt: cancelled_at ? new Date(cancelled_at) : null }));
}

/** Capacity, confirmed, waiting and remaining of `event` now. */
export async function countsOf(sql: Sql, event: EventData, now: number): Promise<MailCounts> {
  const [row] = await sql.query<EventRow & { waiting: number }>(
    `SELECT capacity, taken_elsewhere, waitlist, confirmed,
            (SELECT count(*)::int FROM registration WHERE event_id = $1 AND status = 'waitlisted') AS waiting
       FROM event WHERE id = $1`,
    [event.id],
  );
  const { capacity, remaining } = seats(event, row, now);
  return { capacity, confirmed: row?.confirmed ?? 0, waiting: row?.waiting ?? 0, remaining };
}

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
