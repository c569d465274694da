import type { IncomingMessage, ServerResponse } from 'node:http';
import { plainAddress } from './client-address.js';

/** An answer of the API: HTTP status, body (JSON, or text as it is), and its content type. */
export interface Answer {
  status: number;
  body: unknown;
  type?: 'application/json' | 'application/problem+json';
  headers?: Record<string, string>;
}

/** An RFC 9457 problem; `detail` is for the visitor, in their language, when there is one thing to say. */
export function problem(status: number, type: string, title: string, detail?: string, errors?: { field: string; pointer: string; detail: string }[]): Answer {
  return {
    status,
    type: 'application/problem+json',
    body: { type: `/api/problems/${type}`, title, status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) },
  };
}

/** A request the server refuses before reading it as a registration, with the answer to give. */
export class Refusal extends Error {
  constructor(readonly answer: Answer) {
    super(`HTTP ${answer.status}`);
  }
}

/** Headers on every answer: no sniffing, no framing, no referrer, no powerful features. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** The API's own policy: JSON is never a document, so nothing may load or run in it. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

export function send(response: ServerResponse, answer: Answer, headers: Record<string, string> = {}): void {
  const body = answer.status === 204 ? '' : JSON.stringify(answer.body);
  response.writeHead(answer.status, {
    'Content-Type': `${answer.type ?? 'application/json'}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': API_POLICY,
    ...headers,
    ...answer.headers,
  });
  response.end(body);
}

/**
 * The body of a registration as an object, from JSON or `application/x-www-form-urlencoded`
 * (`answers[diet]=…` becomes `answers.diet`, a repeated key a list). Refuses bodies over
 * `limit` bytes before reading them all, other content types and charsets than UTF-8, bytes that
 * are not UTF-8, and JSON that is not an object.
 */
/** Refuses bytes that are not UTF-8 rather than replacing them; a byte-order mark is dropped. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export async function readBody(request: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const [essence, ...parameters] = (request.headers['content-type'] ?? '').split(';');
  const type = essence.trim().toLowerCase();
  if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded') {
    throw new Refusal(problem(415, 'unsupported-media-type', 'Send application/json or application/x-www-form-urlencoded'));
  }
  // JSON is UTF-8 (RFC 8259 §8.1); a body that says it is something else would be misread, not read.
  const charset = parameters.map((parameter) => /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(parameter)?.[1]).find(Boolean);
  if (charset && !/^utf-?8$/i.test(charset)) {
    throw new Refusal(problem(415, 'unsupported-media-type', `Send UTF-8, not ${charset.slice(0, 40)}`));
  }
  // Made when needed: an Error's stack costs more than reading a whole sign-up.
  const tooLarge = () => new Refusal(problem(413, 'too-large', `The body may be at most ${limit} bytes`));
  const bytes = await readBytes(request, limit, tooLarge);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new Refusal(problem(400, 'malformed-body', 'The body is not valid UTF-8'));
  }
  if (type === 'application/x-www-form-urlencoded') return formObject(new URLSearchParams(text));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Refusal(problem(400, 'malformed-json', 'The body is not valid JSON'));
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Refusal(problem(400, 'malformed-json', 'The body must be a JSON object'));
  return value as Record<string, unknown>;
}

/**
 * A request's body, or `tooLarge()` as soon as it says or turns out to be over `limit` bytes.
 * Reading stops there without destroying the request: a destroyed request is cut loose from its
 * socket (`request.socket` becomes null), which the answer still needs, and which connections.ts
 * closes once the answer is sent. (`for await` over the request destroys it when the loop is left.)
 */
export function readBytes(request: IncomingMessage, limit: number, tooLarge: () => Error): Promise<Buffer> {
  if (Number(request.headers['content-length'] ?? 0) > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: () => void) => {
      request.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      request.pause();
      settle(() => reject(tooLarge()));
    };
    const onEnd = () => settle(() => resolve(Buffer.concat(chunks)));
    const onError = (error: Error) => settle(() => reject(error));
    // The client went away (or a timeout closed the connection) before the body ended.
    const onClose = () => settle(() => reject(Object.assign(new Error('The request closed before its body ended'), { code: 'ECONNRESET' })));
    request.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

function formObject(form: URLSearchParams): Record<string, unknown> {
  // No prototype: a key called "__proto__" is just a key.
  const body: Record<string, unknown> = Object.create(null);
  const answers: Record<string, unknown> = Object.create(null);
  for (const [key, value] of form) {
    const answer = /^answers\[(.+)\]$/.exec(key);
    const target = answer ? answers : body;
    const name = answer ? answer[1] : key;
    const before = target[name];
    target[name] = before === undefined ? value : [before, value].flat();
  }
  body.answers = answers;
  return body;
}

/**
 * The server's own origin, in the URLs it writes and as the origin whose pages may always post:
 * `PUBLIC_URL` when set, else the address the request reached it at (the socket's, which the
 * client does not write). Never the `Host` header: that one the client writes.
 */
export function ownOrigin(request: IncomingMessage, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl;
  const { localAddress = '127.0.0.1', localPort } = request.socket;
  const key = `${localAddress} ${localPort}`;
  let origin = origins.get(key);
  if (origin === undefined) {
    const address = plainAddress(localAddress);
    // Through URL, so port 80 is left out as the browser leaves it out.
    origin = new URL(`http://${address.includes(':') ? `[${address}]` : address}:${localPort}`).origin;
    // A server listens on a few addresses at most; the bound keeps a strange one from growing it.
    if (origins.size < 64) origins.set(key, origin);
  }
  return origin;
}

/** The origins `ownOrigin` has worked out, by local address and port: one per request was measurable in a rush. */
const origins = new Map<string, string>();

/**
 * Without `PUBLIC_URL`, whether the request was meant for this server: its `Host` names a loopback
 * name or address (`localhost`, `127.0.0.1`, `[::1]`) or the address it reached. Any other name is
 * a page elsewhere whose name now points here (DNS rebinding), or a misdirected request: `421`.
 */
export function hostIsOurs(request: IncomingMessage): boolean {
  const host = request.headers.host;
  // HTTP/1.0 may send none (Node refuses HTTP/1.1 without one); then no name was claimed at all.
  if (host === undefined) return true;
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return false;
  }
  const address = plainAddress(hostname);
  if (hostname === 'localhost' || hostname.endsWith('.localhost') || address === '::1' || /^127\.\d+\.\d+\.\d+$/.test(address)) return true;
  return address === plainAddress(request.socket.localAddress ?? '');
}
