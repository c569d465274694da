/**
 * The registration protocol client (docs/protocol.md, "Request" and "Answers"): one POST to the
 * site's own endpoint, read into an outcome the form can show. Plain functions, no DOM.
 */

/** The body of a registration request: the protocol's keys and no others. */
export interface Submission {
  eventId?: string;
  name: string;
  email: string;
  organization?: string;
  role?: string;
  remarks?: string;
  consent?: boolean;
  /** Extra questions by `FieldSpec.name`; a checkbox group gives an array. */
  answers: Record<string, string | string[] | boolean>;
  locale: string;
  /** Signing up for the waiting list of a full event. */
  waitlist: boolean;
}

/**
 * What came of a submission: every answer, failure and timeout ends up as one of these.
 * - `success` (200/201): `confirmed`, or `waitlisted`; `remaining` seats when the endpoint says.
 * - `full` (409 with `{"status": "full"}`): no seats left.
 * - `invalid` (400/422): field errors keyed by the form's field ids (`email`, `answers.diet`).
 * - `busy` (429/503, or a 409 without `{"status": "full"}`: the first request under the same key
 *   is still being handled): `retryAfter` seconds, when the endpoint said.
 * - `failed`: no usable answer. `detail` is English, for logs and consoles, not for visitors.
 *
 * `body` is the endpoint's parsed JSON, if it sent any.
 */
export type SubmitOutcome =
  | { kind: 'success'; status: 'confirmed' | 'waitlisted'; remaining?: number; message?: string; emailSent?: boolean; httpStatus: number; body?: unknown }
  | { kind: 'full'; remaining: 0; httpStatus: number; body?: unknown }
  | { kind: 'invalid'; errors: Record<string, string>; message?: string; httpStatus: number; body?: unknown }
  | { kind: 'busy'; retryAfter?: number; httpStatus: number }
  | { kind: 'failed'; reason: 'network' | 'timeout' | 'status' | 'response'; httpStatus?: number; detail: string };

export interface SubmitOptions {
  /** The same key on every retry of one submission, a new one after success: see `newIdempotencyKey`. */
  idempotencyKey: string;
  /** Request body: JSON (default) or `application/x-www-form-urlencoded`, as `registration.encoding` says. */
  encoding?: 'json' | 'form';
  /** Milliseconds to wait for the whole answer, body included; default 15000. */
  timeout?: number;
  /** Cancels the request. The outcome is then `failed`, reason `network`, detail `aborted`: not a timeout. */
  signal?: AbortSignal;
}

/** A random (version 4) UUID for the `Idempotency-Key` header. */
export function newIdempotencyKey(): string {
  // randomUUID exists only in secure contexts, and partners' pages are not all https.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 9562 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * POSTs a registration to `endpoint` and reads the answer. Never throws.
 *
 * Cookies go along to the page's own origin only (`credentials: 'same-origin'`). An endpoint on
 * another origin must allow it by CORS, including the `Idempotency-Key` request header, and
 * must expose `Retry-After` for `busy` to know when (without it `retryAfter` is absent).
 */
export async function submitRegistration(endpoint: string, submission: Submission, options: SubmitOptions): Promise<SubmitOutcome> {
  const { idempotencyKey, encoding = 'json', timeout = 15000, signal } = options;
  const timer = AbortSignal.timeout(timeout);
  try {
    const form = encoding === 'form';
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json',
        'Idempotency-Key': idempotencyKey,
      },
      body: form ? formEncode(submission) : JSON.stringify(submission),
      credentials: 'same-origin',
      // Browsers without AbortSignal.any (Safari < 17.4) still time out; only the caller's abort is lost.
      signal: (signal && AbortSignal.any?.([signal, timer])) || timer,
    });
    return await responseOutcome(response);
  } catch (error) {
    // The caller gave up (the form left the page): not the endpoint's fault, so not a timeout.
    if (signal?.aborted) return { kind: 'failed', reason: 'network', detail: 'aborted' };
    if (timer.aborted) return { kind: 'failed', reason: 'timeout', detail: `no answer within ${timeout / 1000} s` };
    // fetch says no more than "TypeError" for an unreachable host and a CORS refusal alike.
    return { kind: 'failed', reason: 'network', detail: `network error or CORS refusal (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Reads an endpoint's `Response` as the protocol says. Exported for hosts that answer a
 * `registration-submit` with a `Response` of their own. Rejects only when the body cannot be
 * read (network error, abort); `submitRegistration` turns that into `failed`.
 *
 * A success needs a registration: a JSON object whose `status` is `confirmed` or `waitlisted`.
 * Anything else on a 200 or 201 — an empty body, `{}`, `[]`, `null`, `"ok"`, another status, an
 * HTML page from a static host's fallback route — is `failed`/`response`, never `success`:
 * telling a visitor "you are registered" when nothing registered them is the worst outcome there
 * is. A 4xx body must be JSON or empty.
 */
export async function responseOutcome(response: Response): Promise<SubmitOutcome> {
  const httpStatus = response.status;
  // A proxy's 503 page is still "try again later", so the body is not read.
  if (httpStatus === 429 || httpStatus === 503) return { kind: 'busy', retryAfter: retryAfterSeconds(response.headers.get('Retry-After')), httpStatus };
  if (![200, 201, 400, 409, 422].includes(httpStatus)) return { kind: 'failed', reason: 'status', httpStatus, detail: `HTTP ${httpStatus}` };

  const text = await response.text();
  let body: unknown;
  try {
    body = text.trim() ? JSON.parse(text) : undefined;
  } catch {
    const type = response.headers.get('Content-Type')?.split(';')[0] || 'a body';
    return { kind: 'failed', reason: 'response', httpStatus, detail: `HTTP ${httpStatus} with ${type} instead of JSON` };
  }
  const registration = Boolean(body) && typeof body === 'object' && !Array.isArray(body);
  const fields = (registration ? body : {}) as Record<string, unknown>;

  // A 409 is "full" only when it says so; without that body, the first request under the same key
  // is still being handled (a retry after a timeout), so the visitor is asked to try again shortly,
  // when the endpoint will have the answer to replay (docs/protocol.md, "Answers").
  if (httpStatus === 409) {
    return fields.status === 'full' ? { kind: 'full', remaining: 0, httpStatus, body } : { kind: 'busy', retryAfter: retryAfterSeconds(response.headers.get('Retry-After')), httpStatus };
  }
  if (httpStatus >= 400) {
    return { kind: 'invalid', errors: fieldErrors(fields.errors), message: firstText(fields.message, fields.detail, fields.title), httpStatus, body };
  }
  const { status } = fields;
  if (status !== 'confirmed' && status !== 'waitlisted') {
    const what = registration ? `status ${JSON.stringify(status)}` : body === undefined ? 'no body' : JSON.stringify(body).slice(0, 40);
    return { kind: 'failed', reason: 'response', httpStatus, detail: `HTTP ${httpStatus} with ${what}, not a registration` };
  }
  const remaining = Number.isInteger(fields.remaining) && (fields.remaining as number) >= 0 ? (fields.remaining as number) : undefined;
  const emailSent = typeof fields.emailSent === 'boolean' ? fields.emailSent : undefined;
  return { kind: 'success', status, remaining, message: firstText(fields.message), emailSent, httpStatus, body };
}

/**
 * The form-encoded body: top-level keys as they are, `answers[field]=value`, an array as
 * repeated keys (as a browser posts a checkbox group; an empty one sends nothing), booleans
 * as `true`/`false`, absent fields left out.
 */
function formEncode(submission: Submission): string {
  const form = new URLSearchParams();
  const add = (key: string, value: unknown) => {
    for (const item of [value].flat()) if (item !== undefined && item !== null) form.append(key, String(item));
  };
  for (const [key, value] of Object.entries(submission)) {
    if (key === 'answers') for (const [field, answer] of Object.entries(value as Submission['answers'])) add(`answers[${field}]`, answer);
    else add(key, value);
  }
  return form.toString();
}

/**
 * Field errors from `{ "email": "…" }` (a list of messages is joined) or RFC 9457's
 * `[{ "field" or "pointer": "#/email", "detail": "…" }]`. A JSON pointer becomes the form's
 * field id: `/answers/diet` is `answers.diet`.
 */
function fieldErrors(errors: unknown): Record<string, string> {
  const pairs: [unknown, unknown][] = Array.isArray(errors)
    ? (errors as (Record<string, unknown> | null)[]).map((error) => [error?.field ?? error?.pointer, error?.detail ?? error?.message ?? error?.title])
    : Object.entries(errors && typeof errors === 'object' ? errors : {});
  const found: Record<string, string> = {};
  for (const [key, message] of pairs) {
    if (typeof key !== 'string' || !key) continue;
    const field = key.startsWith('/') || key.startsWith('#/')
      ? key.replace(/^#?\//, '').split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')).join('.')
      : key;
    found[field] = [message].flat().filter((text) => typeof text === 'string').join(' ');
  }
  return found;
}

/** Seconds from `Retry-After`: delay-seconds or an HTTP date (RFC 9110 §10.2.3); a past date is 0. */
function retryAfterSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = /^\s*\d+\s*$/.test(value) ? Number(value) : Math.ceil((Date.parse(value) - Date.now()) / 1000);
  return Number.isNaN(seconds) ? undefined : Math.max(0, seconds);
}

const firstText = (...values: unknown[]) => values.find((value): value is string => typeof value === 'string');
