// Browser-side handle on the scriptable test endpoint (registration-endpoint.mjs).

/** One scripted answer. Steps are used in order; the last one repeats. */
export interface EndpointStep {
  /** HTTP status (200–599); not needed with `drop`. */
  status?: number;
  /** A string is sent as it is (text/plain unless `headers` say otherwise); anything else as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Milliseconds before answering; cut short when the client hangs up. */
  delay?: number;
  /** Destroy the connection without answering. */
  drop?: boolean;
}

/** A request as the endpoint received it. */
export interface LoggedRequest {
  method: string;
  path: string;
  /** Header names in lower case, as Node gives them. */
  headers: Record<string, string>;
  /** The raw body text. */
  body: string;
  contentType: string | null;
  idempotencyKey: string | null;
  /** A repeated Idempotency-Key: answered from the stored answer, not registered again. */
  replayed: boolean;
  /** The status answered, null when the connection was dropped. */
  status: number | null;
  time: number;
}

/** The routes with a script and a log: the registration endpoint, or the seats endpoint. */
export type EndpointRoute = 'registrations' | 'seats';

const api = '/test/api';
const forRoute = (route: EndpointRoute) => (route === 'seats' ? '?for=seats' : '');

/** A fresh id, so each test has its own script and log even with two browsers running at once. */
export function newEndpointId(label = 'test'): string {
  return `${label}-${crypto.randomUUID()}`;
}

/** The registration endpoint for `id`, as a same-origin path. */
export function endpointUrl(id: string): string {
  return `${api}/registrations/${encodeURIComponent(id)}`;
}

/** The same endpoint under the server's other name (localhost ⇄ 127.0.0.1): another origin, so CORS refuses it. */
export function crossOriginEndpointUrl(id: string): string {
  const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${otherHost}:${location.port}${endpointUrl(id)}`;
}

/** The live seats URL for `id` (`registration.seatsSrc`). */
export function seatsUrl(id: string): string {
  return `${api}/seats/${encodeURIComponent(id)}`;
}

/** Sets what the seats URL serves, as it is. */
export async function setSeats(id: string, seats: unknown): Promise<void> {
  await call('PUT', seatsUrl(id), typeof seats === 'string' ? seats : JSON.stringify(seats));
}

/** Sets the answers of `id`'s endpoint, and clears its log and stored answers. */
export async function scriptEndpoint(id: string, steps: EndpointStep[], route: EndpointRoute = 'registrations'): Promise<void> {
  await call('PUT', `${api}/script/${encodeURIComponent(id)}${forRoute(route)}`, JSON.stringify({ steps }));
}

/** What `id`'s endpoint has received, oldest first. */
export async function endpointLog(id: string, route: EndpointRoute = 'registrations'): Promise<LoggedRequest[]> {
  return (await call('GET', `${api}/log/${encodeURIComponent(id)}${forRoute(route)}`)).json();
}

async function call(method: string, url: string, body?: string): Promise<Response> {
  const response = await fetch(url, { method, body, headers: body ? { 'Content-Type': 'application/json' } : {} });
  if (!response.ok) throw new Error(`${method} ${url}: HTTP ${response.status} ${await response.text()}`);
  return response;
}
