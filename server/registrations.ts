import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { seatFactsOf, seatState, type SeatFacts, type SeatState } from '../src/data/seats.js';
import type { EventData } from '../src/data/types.js';
import type { FormTerms } from '../src/i18n/index.js';
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

export interface EventRow {
  capacity: number | null;
  taken_elsewhere: number;
  waitlist: boolean;
  /** Confirmed sign-ups, kept by `decideSignUps` and `eraseRegistration`. */
  confirmed: number;
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

/**
 * The seats of `event` now as the public sees them (the seats endpoint, the published event): what
 * its file says about capacity, minus the confirmed sign-ups, and none while anyone is waiting.
 */
export async function seatsOf(sql: Sql, event: EventData, now = Date.now()): Promise<Seats> {
  const [row] = await sql.query<EventRow & { waiting: boolean }>(
    `SELECT capacity, taken_elsewhere, waitlist, confirmed,
            EXISTS (SELECT 1 FROM registration WHERE event_id = $1 AND status = 'waitlisted') AS waiting
       FROM event WHERE id = $1`,
    [event.id],
  );
  return forNewcomers(seats(event, row, now), Boolean(row?.waiting));
}

/**
 * The seats a newcomer can take: none while anyone is on the waiting list. Those seats are freed by
 * a raised capacity (a cancellation gives its seat to the first person waiting at once), and the
 * organiser chooses who gets them (docs/organiser.md, "The waiting list"); a newcomer taking one
 * would overtake the people waiting. So the public reads the event as full, and a sign-up joins the list.
 */
export function forNewcomers(seats: Seats, someoneWaiting: boolean): Seats {
  return someoneWaiting && seats.remaining !== undefined ? { ...seats, remaining: 0 } : seats;
}

/** What the event's file says at `now`: the badge's state, of which only `closed`, `cancelled` and `past` matter here. */
export function fileState(event: EventData, now: number): SeatState {
  let facts = factsOfFile.get(event);
  if (!facts) factsOfFile.set(event, (facts = seatFactsOf(event)));
  return seatState(facts, now);
}

/*
 * What follows from an event's file alone, worked out once per event and language rather than per
 * sign-up (a rush asks the same thousands of times). Events are never changed after loading.
 */
const factsOfFile = new WeakMap<EventData, SeatFacts>();
const fieldsOfFile = new WeakMap<EventData, Map<string, FormField[]>>();

function fieldsOf(event: EventData, form: FormTerms, lang: string): FormField[] {
  let byLanguage = fieldsOfFile.get(event);
  if (!byLanguage) fieldsOfFile.set(event, (byLanguage = new Map()));
  let fields = byLanguage.get(lang);
  if (!fields) byLanguage.set(lang, (fields = formFields(event, form, lang)));
  return fields;
}

export function seats(event: EventData, row: EventRow | undefined, now: number): Seats {
  const state = fileState(event, now);
  const capacity = row?.capacity ?? undefined;
  return {
    capacity,
    remaining: capacity === undefined ? undefined : Math.max(0, capacity - row!.taken_elsewhere - row!.confirmed),
    waitlist: Boolean(row?.waitlist),
    closed: state === 'closed' || state === 'cancelled' || state === 'past',
  };
}

/**
 * A sign-up that passed every check that needs no database: what to store, and under which key.
 * Whether it gets a seat is decided with the others of its batch (sign-up-queue.ts, `decide`).
 */
export interface SignUp {
  row: {
    id: string;
    email_key: string;
    name: string;
    email: string;
    organization: string | null;
    role: string | null;
    remarks: string | null;
    consent: boolean | null;
    answers: Record<string, FormValues[string]>;
    locale: string;
  };
  idempotencyKey?: string;
  /** What the request asked for, so that a key reused for something else is recognised (docs/protocol.md, "Idempotency"). */
  fingerprint: string;
  /** The link in the confirmation e-mail: 256 random bits, of which the database keeps only the hash. */
  cancelToken: string;
  /** The address the visitor reached the server at, for the links in the e-mails (set by app.ts). */
  origin?: string;
  /** A bot's (it filled the honeypot): answered as a new sign-up would be now, and nothing stored or sent. */
  decoy?: true;
}

/** What the server does with e-mail around a sign-up (ORGANISER_NOTICES; docs/organiser.md, "E-mail"). */
export interface MailPolicy {
  /** A notice to the event's contact per sign-up (`each`), a daily digest (`daily`) or nothing (`off`). */
  notices: 'each' | 'daily' | 'off';
}

/** Random bytes drawn 8 kB at a time, as `randomUUID` does: one call into the system's generator per 256 tokens. */
let pool = Buffer.alloc(0);
let drawn = 0;

/** A new cancel link's token: 256 random bits, URL-safe. */
export function newCancelToken(): string {
  if (drawn + 32 > pool.length) {
    pool = randomBytes(8192);
    drawn = 0;
  }
  drawn += 32;
  return pool.toString('base64url', drawn - 32, drawn);
}

/** What the database keeps of a cancel token. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('base64url');

/**
 * One sign-up, up to the point where the database decides: closed, cancelled and every field
 * check come first (docs/protocol.md, "Answers"), and give their answer at once.
 */
export function prepareSignUp(event: EventData, input: Record<string, unknown>, idempotencyKey: string | undefined, now = Date.now()): Answer | SignUp {
  const locale = typeof input.locale === 'string' ? input.locale.slice(0, 35) : 'nl';
  const { lang, form, answers } = termsFor(locale);
  const fields = fieldsOf(event, form, lang);

  // Closed, cancelled or past follows from the event and the clock alone: said before anything is read or locked.
  const state = fileState(event, now);
  if (state === 'cancelled') return problem(422, 'registration-cancelled', 'Event cancelled', form.cancelled);
  if (state === 'closed' || state === 'past') return problem(422, 'registration-closed', 'Registration closed', state === 'past' ? form.past : form.closed);
  const values = formValues(input, fields);
  const errors = validateForm(fields, values, answers);
  for (const field of fields) {
    const typed = [values[field.id]].flat().filter((value): value is string => typeof value === 'string');
    if (typed.some((value) => !isTypedText(value, field.kind === 'textarea'))) errors.set(field.id, serverTermsFor(locale).controlCharacters(field.label));
  }
  for (const field of fields) {
    const chosen = [values[field.id]].flat().filter((value): value is string => typeof value === 'string' && value !== '');
    if (field.options && !errors.has(field.id) && chosen.some((value) => !field.options!.some((option) => option.value === value))) {
      errors.set(field.id, answers.errors.choose(field.label));
    }
  }
  if (errors.size) {
    const found = fields.filter((field) => errors.has(field.id)).map(({ id }) => ({ field: id, pointer: pointerTo(id), detail: errors.get(id)! }));
    return problem(422, 'invalid-registration', 'Invalid registration', undefined, found);
  }

  const email = (values.email as string).trim();
  return {
    // A filled honeypot is answered as this sign-up would be, field errors above included, so the bot learns nothing.
    ...(HONEYPOTS.some((name) => input[name] !== undefined && input[name] !== '') ? { decoy: true as const } : {}),
    row: {
      id: randomUUID(),
      email_key: email.toLowerCase(),
      name: text(values.name)!,
      email,
      organization: text(values.organization) ?? null,
      role: text(values.role) ?? null,
      remarks: text(values.remarks) ?? null,
      consent: values.consent === undefined ? null : values.consent === true,
      answers: answersOf(values),
      locale: lang,
    },
    idempotencyKey,
    cancelToken: newCancelToken(),
    // The values the event asks for, in a fixed order, and the language: what decides what is stored.
    fingerprint: createHash('sha256').update(JSON.stringify([lang, Object.entries(values).sort(([a], [b]) => (a < b ? -1 : 1))])).digest('base64url'),
  };
}

/**
 * Decides a batch of sign-ups for one event, in the order they came, in the caller's transaction:
 * the event's row is locked first, so batches for one event are decided one after the other, by
 * every process that shares the database, and capacity is never exceeded. One call locks it and
 * reads what the batch needs (seats taken, known addresses, known keys), and one stores the batch:
 * two stored functions (server/migrations.ts, migration 4), planned once per connection.
 */
export async function decideSignUps(sql: Sql, event: EventData, batch: SignUp[], now = Date.now(), mail: MailPolicy = { notices: 'off' }): Promise<Answer[]> {
  // The event's row locked, as it is now (also when another process changed it while this one
  // waited), and what is known of the batch's addresses and keys: server/migrations.ts, `sign_up_read`.
  const [{ known }] = await sql.query<{ known: { event: EventRow | null; waiting: boolean; existing: { email_key: string; id: string; status: Status }[]; keys: StoredKey[] } }>(
    'SELECT sign_up_read($1, $2, $3) AS known',
    [event.id, JSON.stringify(batch.map((signUp) => signUp.row.email_key)), JSON.stringify(batch.flatMap((signUp) => signUp.idempotencyKey ?? []))],
  );
  // Every row below refers to this one (no foreign key checks it: migration 4).
  if (!known.event) throw new Error(`event ${event.id} is not in the database`);
  const row = known.event;
  // Seats free while people wait are not a newcomer's: first come, first served.
  const before = forNewcomers(seats(event, row, now), known.waiting);
  let remaining = before.remaining;
  // The same address twice is one registration, also twice in one batch.
  const registered = new Map(known.existing.map((entry) => [entry.email_key, entry]));
  const keys = new Map(known.keys.map((entry) => [entry.key, entry]));
  const rows: (SignUp['row'] & { status: Status; ord: number })[] = [];
  const newKeys: StoredKey[] = [];
  // Every sign-up of a registration gets its confirmation, with a cancel link of its own; a repeat
  // gets it again (the registration as it is, to the address it has), whatever the answer says.
  const tokens: { hash: string; registration_id: string }[] = [];
  const messages: { kind: 'confirmation' | 'organiser-notice'; registration_id: string; secret: string | null; data: { origin?: string }; ord: number }[] = [];
  const notify = mail.notices === 'each' && Boolean(event.registration?.email);
  const answers = batch.map((signUp): Answer => {
    const key = signUp.idempotencyKey;
    const first = key ? keys.get(key) : undefined;
    if (first) {
      // Keys stored before fingerprints were (migration 2) have none: replayed as they always were.
      if (first.fingerprint && first.fingerprint !== signUp.fingerprint) return keyReused(signUp.row.locale);
      return { status: first.status_code, body: first.body, headers: { 'Idempotent-Replayed': 'true' } };
    }
    // What a new address gets now: who is first gets the seat (the batch is in the order the sign-ups came).
    const status: Status | 'full' = remaining === undefined || remaining > 0 ? 'confirmed' : before.waitlist ? 'waitlisted' : 'full';
    // The seats left that a new address is told of: one fewer when it takes one. A bot and a known
    // address are told the same, so neither the status nor the count tells who signed up.
    const seatsAfter = remaining === undefined ? undefined : status === 'confirmed' ? remaining - 1 : remaining;
    // Keys in the order PostgreSQL's jsonb keeps them, so a replayed answer is byte for byte the first.
    const told = seatsAfter === undefined ? { status, emailSent: true } : { status, emailSent: true, remaining: seatsAfter };
    if (signUp.decoy) return status === 'full' ? full() : { status: 201, body: told };
    let entry = registered.get(signUp.row.email_key);
    if (!entry) {
      if (status === 'full') return full();
      if (status === 'confirmed' && remaining !== undefined) remaining--;
      entry = { email_key: signUp.row.email_key, id: signUp.row.id, status };
      registered.set(entry.email_key, entry);
      rows.push({ ...signUp.row, status, ord: rows.length });
      if (notify) messages.push({ kind: 'organiser-notice', registration_id: entry.id, secret: null, data: { origin: signUp.origin }, ord: messages.length });
    }
    // A known address is answered as a new one would be now, whatever its registration's status, so
    // the answer does not tell a stranger who signed up; its owner learns the truth by e-mail.
    tokens.push({ hash: tokenHash(signUp.cancelToken), registration_id: entry.id });
    messages.push({ kind: 'confirmation', registration_id: entry.id, secret: signUp.cancelToken, data: { origin: signUp.origin }, ord: messages.length });
    if (status === 'full') return full();
    const answer: Answer = { status: 201, body: told };
    if (key) {
      const stored = { key, registration_id: entry.id, fingerprint: signUp.fingerprint, status_code: answer.status, body: answer.body };
      keys.set(key, stored);
      newKeys.push(stored);
    }
    return answer;
  });
  if (rows.length || newKeys.length || messages.length) {
    // One statement: the registrations (numbered in the order they came), the seats they take, their
    // cancel links and their e-mails (server/outbox.ts sends them after the commit), and the keys.
    await sql.query('SELECT sign_up_store($1, $2, $3, $4, $5, $6)', [
      event.id,
      JSON.stringify(rows),
      JSON.stringify(newKeys),
      rows.filter((stored) => stored.status === 'confirmed').length,
      JSON.stringify(tokens),
      JSON.stringify(messages),
    ]);
  }
  return answers;
}

type Status = 'confirmed' | 'waitlisted' | 'cancelled';

interface StoredKey {
  key: string;
  registration_id?: string;
  fingerprint: string | null;
  status_code: number;
  body: unknown;
}

/** No seat left and no waiting list: what a new address, a known one and a bot are all told (docs/protocol.md, "Answers"). */
const full = (): Answer => ({ status: 409, body: { status: 'full', remaining: 0 } });

/** The IETF Idempotency-Key draft's answer to a key used before for another request, with a `detail` in the visitor's language. */
export const keyReused = (locale: string): Answer =>
  problem(422, 'idempotency-key-reused', 'This Idempotency-Key was used for another request; send this one under a new key', serverTermsFor(locale).keyReused);

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
