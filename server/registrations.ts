import { randomUUID } from 'node:crypto';
import { seatFactsOf, seatState, type SeatState } from '../src/data/seats.js';
import type { EventData } from '../src/data/types.js';
import { formFields, type FormField, type FormValues } from '../src/submit/fields.js';
import { validateForm } from '../src/submit/validate.js';
import type { Database, Sql } from './db.js';
import { problem, type Answer } from './http.js';
import { serverTermsFor, termsFor } from './language.js';
import { isTypedText, withoutBidiControls } from './text.js';

/** Seats as the seats endpoint gives them (docs/protocol.md, "Seats endpoint"). */
export interface Seats {
  capacity?: number;
  remaining?: number;
  waitlist: boolean;
  closed: boolean;
}

interface EventRow {
  capacity: number | null;
  taken_elsewhere: number;
  waitlist: boolean;
}

/** A field a bot fills and a person never sees (the form's hidden `hp-field`; `website` for hand-written forms). */
const HONEYPOTS = ['hp-field', 'website'];

/**
 * Makes the event table agree with the event files: capacity and waiting list as the files say
 * now. A file's `remaining` below its `capacity` counts as seats taken before this server took
 * sign-ups (for instance by e-mail), so the first answer agrees with the published number.
 */
export async function syncEvents(database: Database, events: Iterable<EventData>): Promise<void> {
  for (const event of events) {
    const { capacity, remaining, waitlist } = event.registration ?? {};
    const takenElsewhere = capacity !== undefined && remaining !== undefined ? Math.max(0, capacity - remaining) : 0;
    await database.query(
      `INSERT INTO event (id, capacity, taken_elsewhere, waitlist) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET capacity = EXCLUDED.capacity, taken_elsewhere = EXCLUDED.taken_elsewhere, waitlist = EXCLUDED.waitlist`,
      [event.id, capacity ?? null, takenElsewhere, Boolean(waitlist)],
    );
  }
}

/** The seats of `event` now: what its file says about capacity, minus the confirmed sign-ups. */
export async function seatsOf(sql: Sql, event: EventData, now = Date.now()): Promise<Seats> {
  const [row] = await sql.query<EventRow & { confirmed: number }>(
    `SELECT capacity, taken_elsewhere, waitlist,
            (SELECT count(*)::int FROM registration WHERE event_id = $1 AND status = 'confirmed') AS confirmed
       FROM event WHERE id = $1`,
    [event.id],
  );
  return seats(event, row, row?.confirmed ?? 0, now);
}

/** What the event's file says at `now`: the badge's state, of which only `closed` and `cancelled` matter here. */
function fileState(event: EventData, now: number): SeatState {
  return seatState(seatFactsOf(event), now);
}

function seats(event: EventData, row: EventRow | undefined, confirmed: number, now: number): Seats {
  const state = fileState(event, now);
  const capacity = row?.capacity ?? undefined;
  return {
    capacity,
    remaining: capacity === undefined ? undefined : Math.max(0, capacity - row!.taken_elsewhere - confirmed),
    waitlist: Boolean(row?.waitlist),
    closed: state === 'closed' || state === 'cancelled',
  };
}

/**
 * One sign-up, answered as docs/protocol.md, "Answers" says. Everything that decides the answer
 * happens in one transaction that first locks the event's row, so sign-ups for one event are
 * counted one after the other and capacity is never exceeded, on PGlite and PostgreSQL alike.
 */
export async function register(
  database: Database,
  event: EventData,
  input: Record<string, unknown>,
  idempotencyKey: string | undefined,
  now = Date.now(),
): Promise<Answer> {
  const locale = typeof input.locale === 'string' ? input.locale.slice(0, 35) : 'nl';
  const { lang, form } = termsFor(locale);
  const fields = formFields(event, form, lang);

  // Closed or cancelled follows from the event and the clock alone: said before anything is read or locked.
  const state = fileState(event, now);
  if (state === 'cancelled') return problem(422, 'registration-cancelled', 'Event cancelled', form.cancelled);
  if (state === 'closed') return problem(422, 'registration-closed', 'Registration closed', form.closed);
  if (HONEYPOTS.some((name) => input[name] !== undefined && input[name] !== '')) {
    // What a person would see, so the bot learns nothing; nothing is stored.
    return { status: 201, body: { status: 'confirmed' } };
  }
  const values = formValues(input, fields);
  const errors = validateForm(fields, values, form);
  for (const field of fields) {
    const typed = [values[field.id]].flat().filter((value): value is string => typeof value === 'string');
    if (typed.some((value) => !isTypedText(value, field.kind === 'textarea'))) errors.set(field.id, serverTermsFor(locale).controlCharacters(field.label));
  }
  for (const field of fields) {
    const chosen = [values[field.id]].flat().filter((value): value is string => typeof value === 'string' && value !== '');
    if (field.options && !errors.has(field.id) && chosen.some((value) => !field.options!.some((option) => option.value === value))) {
      errors.set(field.id, form.errors.choose(field.label));
    }
  }
  if (errors.size) {
    const found = fields.filter((field) => errors.has(field.id)).map(({ id }) => ({ field: id, pointer: pointerTo(id), detail: errors.get(id)! }));
    return problem(422, 'invalid-registration', 'Invalid registration', undefined, found);
  }

  const email = (values.email as string).trim();
  return database.transaction(async (sql) => {
    const [row] = await sql.query<EventRow>('SELECT capacity, taken_elsewhere, waitlist FROM event WHERE id = $1 FOR UPDATE', [event.id]);
    if (idempotencyKey) {
      const [first] = await sql.query<{ status_code: number; body: unknown }>(
        'SELECT status_code, body FROM idempotency_key WHERE event_id = $1 AND key = $2',
        [event.id, idempotencyKey],
      );
      if (first) return { status: first.status_code, body: first.body, headers: { 'Idempotent-Replayed': 'true' } };
    }
    const [{ confirmed }] = await sql.query<{ confirmed: number }>(
      "SELECT count(*)::int AS confirmed FROM registration WHERE event_id = $1 AND status = 'confirmed'",
      [event.id],
    );
    const before = seats(event, row, confirmed, now);

    // The same address twice is one registration. The answer looks like the first one's, so
    // the API does not tell a stranger who signed up.
    const [existing] = await sql.query<{ id: string; status: 'confirmed' | 'waitlisted' }>(
      'SELECT id, status FROM registration WHERE event_id = $1 AND email_key = $2',
      [event.id, email.toLowerCase()],
    );
    let id = existing?.id;
    let status = existing?.status;
    let remaining = before.remaining;
    if (!existing) {
      if (remaining === undefined || remaining > 0) status = 'confirmed';
      else if (before.waitlist) status = 'waitlisted';
      else return { status: 409, body: { status: 'full', remaining: 0 } };
      id = randomUUID();
      await sql.query(
        `INSERT INTO registration (id, event_id, status, email_key, name, email, organization, role, remarks, consent, answers, locale)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [id, event.id, status, email.toLowerCase(), text(values.name), email, text(values.organization) ?? null, text(values.role) ?? null,
          text(values.remarks) ?? null, values.consent === undefined ? null : values.consent === true, JSON.stringify(answersOf(values)), lang],
      );
      if (status === 'confirmed' && remaining !== undefined) remaining--;
    }
    const answer: Answer = { status: 201, body: remaining === undefined ? { status } : { status, remaining } };
    if (idempotencyKey) {
      await sql.query(
        'INSERT INTO idempotency_key (event_id, key, registration_id, status_code, body) VALUES ($1, $2, $3, $4, $5)',
        [event.id, idempotencyKey, id, answer.status, JSON.stringify(answer.body)],
      );
    }
    return answer;
  });
}

/** The JSON pointer (RFC 6901) of a field in the request body: `#/email`, `#/answers/diet`. */
const pointerTo = (id: string) => {
  const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
  return id.startsWith('answers.') ? `#/answers/${escape(id.slice(8))}` : `#/${escape(id)}`;
};

const text = (value: FormValues[string] | undefined) => (typeof value === 'string' ? value.trim() || undefined : undefined);

/**
 * The form's values from a request body (JSON, or form-encoded read into an object), for the
 * event's own questions only: anything else is dropped. Scalars a JSON client may send as
 * numbers or booleans are read as the text a form would have sent. Bidirectional controls are
 * taken out of every text (server/text.ts), so none reaches the organiser's spreadsheet.
 */
export function formValues(input: Record<string, unknown>, fields: FormField[]): FormValues {
  const answers = (input.answers && typeof input.answers === 'object' && !Array.isArray(input.answers) ? input.answers : {}) as Record<string, unknown>;
  const values: FormValues = {};
  for (const field of fields) {
    const raw = field.id.startsWith('answers.') ? answers[field.id.slice(8)] : input[field.id];
    if (raw === undefined || raw === null) continue;
    if (field.kind === 'checkbox') values[field.id] = raw === true || raw === 'true' || raw === 'on' || raw === '1';
    else if (field.kind === 'checkboxes') values[field.id] = [raw].flat().filter(isScalar).map((value) => withoutBidiControls(String(value))).slice(0, field.options?.length ?? 0);
    else if (isScalar(raw)) values[field.id] = withoutBidiControls(String(raw));
  }
  return values;
}

const isScalar = (value: unknown): value is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof value);

function answersOf(values: FormValues): Record<string, FormValues[string]> {
  const answers: Record<string, FormValues[string]> = {};
  for (const [id, value] of Object.entries(values)) {
    if (id.startsWith('answers.')) answers[id.slice(8)] = typeof value === 'string' ? value.trim() : value;
  }
  return answers;
}
