import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The demo's registration endpoint, in memory: the submission protocol of
 * SPEC.md for `npm start`, so that signing up on the demo page works end to
 * end. It forgets everything on restart; the reference server with a database
 * is its own piece of work (issue 6).
 */

interface Answer {
  status: number;
  body: unknown;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const MAX_BODY = 16_384;

export function demoEndpoint(seats: { capacity: number }) {
  const registrations = new Map<string, { name: string; email: string }>();
  const answered = new Map<string, Answer>();

  const answer = (response: ServerResponse, { status, body }: Answer) => {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(body));
  };

  const register = (data: Record<string, unknown>): Answer => {
    const name = typeof data.name === 'string' ? data.name.trim() : '';
    const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : '';
    const errors: Record<string, string> = {};
    if (!name || name.length > 200) errors.name = 'Vul je naam in (hoogstens 200 tekens).';
    if (!EMAIL.test(email) || email.length > 254) errors.email = 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl';
    if (Object.keys(errors).length) return { status: 422, body: { errors } };
    const remaining = () => seats.capacity - registrations.size;
    // The same person twice is one registration.
    if (registrations.has(email)) return { status: 200, body: { status: 'confirmed', remaining: remaining() } };
    if (remaining() <= 0) return { status: 409, body: { status: 'full', remaining: 0 } };
    registrations.set(email, { name, email });
    return { status: 201, body: { status: 'confirmed', remaining: remaining() } };
  };

  return {
    handle(request: IncomingMessage, response: ServerResponse): void {
      if (request.method !== 'POST') return answer(response, { status: 405, body: { message: 'POST only' } });
      const key = request.headers['idempotency-key'];
      const known = typeof key === 'string' ? answered.get(key) : undefined;
      if (known) return answer(response, known);
      let raw = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => {
        raw += chunk;
        if (raw.length > MAX_BODY) request.destroy();
      });
      request.on('end', () => {
        let data: Record<string, unknown>;
        try {
          data = request.headers['content-type']?.includes('json')
            ? (JSON.parse(raw) as Record<string, unknown>)
            : Object.fromEntries(new URLSearchParams(raw));
        } catch {
          return answer(response, { status: 400, body: { message: 'The body is not JSON.' } });
        }
        const result = register(data);
        if (typeof key === 'string' && result.status < 300) answered.set(key, result);
        answer(response, result);
      });
    },
  };
}
