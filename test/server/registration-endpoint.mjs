// A scriptable registration endpoint for tests: a real HTTP server side for
// src/submit/submit.ts and <registration-form>, running inside the test
// runner's dev server as Koa middleware. Test-only; nothing here ships.
//
// Every test uses its own id, so tests in two browsers at once never share state.
//   POST    /test/api/registrations/:id  the endpoint a form posts to; answers from the script
//   OPTIONS /test/api/registrations/:id  same-origin only: no CORS headers, so other origins fail
//   PUT     /test/api/script/:id         { "steps": [...] } sets the script, clears the log and stored answers
//   GET     /test/api/log/:id            the requests received, oldest first
//   PUT/GET /test/api/seats/:id          seat counts, stored and served as they are (default {})
// Add `?for=seats` to script/log to script and watch the seats route the same way.
//
// A step: { status, body?, headers?, delay? (ms), drop? (destroy the socket, no answer) }.
// Steps are used in order, the last one repeating. A string body is sent as it is
// (text/plain unless headers say otherwise), anything else as JSON.

/** Everything below this path is answered here and never reaches the dev server's file serving. */
export const API_PREFIX = '/test/api/';

const BODY_LIMIT = 100 * 1024;
/** The answer without a script: a real endpoint's plain "you're in". */
const DEFAULT_STEP = { status: 201, body: { status: 'confirmed' } };

/** State per route and id: script, log, and the 2xx answers stored by Idempotency-Key. */
const channels = new Map();

function channel(route, id) {
  const name = `${route}:${id}`;
  if (!channels.has(name)) channels.set(name, { steps: [], used: 0, log: [], answers: new Map(), seats: undefined });
  return channels.get(name);
}

/** Koa middleware: answers everything under API_PREFIX, passes the rest on. */
export async function registrationEndpoint(ctx, next) {
  if (!ctx.path.startsWith(API_PREFIX)) return next();
  const [route, rawId, ...rest] = ctx.path.slice(API_PREFIX.length).split('/');
  const id = rawId && !rest.length ? safeDecode(rawId) : undefined;
  const scripted = ctx.query.for === 'seats' ? 'seats' : 'registrations';
  if (!id) return send(ctx, { status: 404, body: { error: `no such test route: ${ctx.path}` } });

  if (route === 'registrations') {
    if (ctx.method === 'POST') return answerRegistration(ctx, channel('registrations', id));
    if (ctx.method === 'OPTIONS') {
      // A same-origin request is never preflighted; answering without any
      // Access-Control-* header is what makes a cross-origin one fail, as it must.
      channel('registrations', id).log.push(logEntry(ctx, '', { replayed: false, status: 204 }));
      return send(ctx, { status: 204, headers: { allow: 'POST, OPTIONS' } });
    }
    return send(ctx, { status: 405, headers: { allow: 'POST, OPTIONS' } });
  }
  if (route === 'script' && ctx.method === 'PUT') return setScript(ctx, channel(scripted, id));
  if (route === 'log' && ctx.method === 'GET') return send(ctx, { status: 200, body: channel(scripted, id).log });
  if (route === 'seats' && ctx.method === 'PUT') {
    const body = await readBody(ctx);
    if (body === undefined) return send(ctx, { status: 413 });
    channel('seats', id).seats = { text: body, type: ctx.get('content-type') || 'application/json' };
    return send(ctx, { status: 204 });
  }
  if (route === 'seats' && ctx.method === 'GET') return answerSeats(ctx, channel('seats', id));
  return send(ctx, { status: 404, body: { error: `no such test route: ${ctx.method} ${ctx.path}` } });
}

async function answerRegistration(ctx, state) {
  const body = await readBody(ctx);
  if (body === undefined) return send(ctx, { status: 413 });
  const key = ctx.get('idempotency-key') || undefined;
  const stored = key && state.answers.get(key);
  if (stored) {
    // A retry of a submission that already went through: the same answer, no second registration.
    state.log.push(logEntry(ctx, body, { replayed: true, status: stored.status }));
    return send(ctx, stored);
  }
  const step = nextStep(state);
  state.log.push(logEntry(ctx, body, { replayed: false, status: step.drop ? null : step.status }));
  // The registration is processed on arrival; `delay` only holds back the answer. So a client
  // that times out and retries with the same key finds it stored, as on a real server.
  if (key && !step.drop && step.status >= 200 && step.status < 300) state.answers.set(key, step);
  return respond(ctx, step);
}

async function answerSeats(ctx, state) {
  const seats = state.seats ?? { text: '{}', type: 'application/json' };
  const step = state.steps.length ? nextStep(state) : { status: 200 };
  state.log.push(logEntry(ctx, '', { replayed: false, status: step.drop ? null : step.status }));
  // A 2xx step without a body serves the stored seats, so a script can say "fail twice, then work".
  const served = !('body' in step) && step.status >= 200 && step.status < 300;
  const answer = served ? { ...step, body: seats.text, headers: { 'content-type': seats.type, ...step.headers } } : step;
  return respond(ctx, answer);
}

async function setScript(ctx, state) {
  const text = await readBody(ctx);
  let steps;
  try {
    ({ steps } = JSON.parse(text ?? ''));
  } catch {
    steps = undefined;
  }
  const valid = Array.isArray(steps) && steps.every((step) => step && typeof step === 'object' && (step.drop || (Number.isInteger(step.status) && step.status >= 200 && step.status <= 599)));
  if (!valid) return send(ctx, { status: 400, body: { error: 'expected { "steps": [{ "status": 200..599, "body"?, "headers"?, "delay"?, "drop"? }] }' } });
  Object.assign(state, { steps, used: 0, log: [], answers: new Map() });
  return send(ctx, { status: 204 });
}

function nextStep(state) {
  if (!state.steps.length) return DEFAULT_STEP;
  return state.steps[Math.min(state.used++, state.steps.length - 1)];
}

/** Waits out the step's delay, then answers, or destroys the connection for `drop`. */
async function respond(ctx, step) {
  if (step.delay > 0 && !(await clientWaits(ctx, step.delay))) return hangUp(ctx, 499); // nginx's "client closed request"
  if (step.drop) return hangUp(ctx, 444); // nginx's "no response"
  return send(ctx, step);
}

/** Ends without an answer. The status is only for the test runner's log, which would otherwise report a 404. */
function hangUp(ctx, status) {
  ctx.status = status;
  ctx.respond = false;
  ctx.req.socket.destroy();
}

/** Resolves true after `ms`, or false as soon as the client hangs up, so no timer outlives its request. */
function clientWaits(ctx, ms) {
  return new Promise((resolve) => {
    if (ctx.res.destroyed) return resolve(false);
    const gone = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      ctx.res.off('close', gone);
      resolve(true);
    }, ms);
    ctx.res.once('close', gone);
  });
}

/** Writes the answer straight to Node, so Koa adds nothing (no "OK" body for an empty 200). */
function send(ctx, { status, body, headers = {} }) {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const type = body === undefined ? {} : { 'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json' };
  const given = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
  ctx.status = status; // for the dev server's own request log
  ctx.respond = false;
  if (ctx.res.destroyed) return;
  ctx.res.writeHead(status, { 'cache-control': 'no-store', ...type, ...given });
  ctx.res.end(text);
}

function logEntry(ctx, body, { replayed, status }) {
  return {
    method: ctx.method,
    path: ctx.path,
    headers: { ...ctx.req.headers },
    body,
    contentType: ctx.get('content-type') || null,
    idempotencyKey: ctx.get('idempotency-key') || null,
    replayed,
    status,
    time: Date.now(),
  };
}

/**
 * The raw request body as text, read from Node's stream (nothing in the dev server parses
 * request bodies, but a body someone already read is taken from Koa). Undefined when over
 * the limit; the rest is still drained, so the client gets the 413 instead of a reset.
 */
async function readBody(ctx) {
  if (ctx.req.readableEnded) return typeof ctx.request.rawBody === 'string' ? ctx.request.rawBody : '';
  const chunks = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size <= BODY_LIMIT) chunks.push(chunk);
  }
  return size > BODY_LIMIT ? undefined : Buffer.concat(chunks).toString('utf8');
}

function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
