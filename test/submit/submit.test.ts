import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { newIdempotencyKey, responseOutcome, submitRegistration, type SubmitOptions, type Submission } from '../../src/submit/submit.js';
import { crossOriginEndpointUrl, endpointLog, endpointUrl, newEndpointId, scriptEndpoint, type EndpointStep } from '../server/endpoint.js';

/** Anna signs up for the seed's neighbourhood meeting, with every kind of answer. */
const anna: Submission = {
  eventId: 'samenspel-in-de-wijk-2019-01-29',
  name: 'Anna de Vries',
  email: 'anna@voorbeeld.nl',
  organization: 'Buurtteam Overvecht',
  role: 'Bewoners',
  remarks: 'Ik kom met z’n tweeën & iets later',
  consent: true,
  answers: { dieet: 'vegetarisch', dagen: ['di', 'wo'], lift: false },
  locale: 'nl',
  waitlist: false,
};

/** The outcome as a site's log would see it: absent fields absent, not `undefined`. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

/** Scripts a fresh endpoint with `steps`, submits Anna to it, and returns what came of it. */
async function submitTo(steps: EndpointStep[], options: Partial<SubmitOptions> = {}, submission: Submission = anna) {
  const id = newEndpointId('submit');
  await scriptEndpoint(id, steps);
  const outcome = await submitRegistration(endpointUrl(id), submission, { idempotencyKey: newIdempotencyKey(), ...options });
  return { id, outcome: plain(outcome), log: await endpointLog(id) };
}

describe('submitRegistration: what the endpoint answers', () => {
  it('200 with a status and seats left: confirmed, and the seats count comes along', async () => {
    const body = { status: 'confirmed', remaining: 7, message: 'Tot dinsdag!' };
    const { outcome } = await submitTo([{ status: 200, body }]);
    expect(outcome).to.deep.equal({ kind: 'success', status: 'confirmed', remaining: 7, message: 'Tot dinsdag!', httpStatus: 200, body });
  });

  it('201 waitlisted: on the waiting list', async () => {
    const { outcome } = await submitTo([{ status: 201, body: { status: 'waitlisted', remaining: 0 } }]);
    expect(outcome).to.deep.include({ kind: 'success', status: 'waitlisted', remaining: 0, httpStatus: 201 });
  });

  for (const [what, step] of [
    ['an empty body', { status: 200 }],
    ['{}', { status: 201, body: {} }],
    ['[]', { status: 200, body: [] }],
    ['null', { status: 200, body: 'null', headers: { 'Content-Type': 'application/json' } }],
    ['"ok"', { status: 200, body: '"ok"', headers: { 'Content-Type': 'application/json' } }],
  ] as const) {
    it(`a 2xx with ${what} is no registration: failed, so the visitor is not told they are registered`, async () => {
      const { outcome } = await submitTo([step]);
      expect(outcome).to.deep.include({ kind: 'failed', reason: 'response', httpStatus: step.status });
    });
  }

  it('200 with an HTML page (a static host’s fallback route) is not a registration: failed', async () => {
    const page = '<!doctype html><html><body><h1>Welkom</h1></body></html>';
    const { outcome } = await submitTo([{ status: 200, body: page, headers: { 'Content-Type': 'text/html; charset=utf-8' } }]);
    expect(outcome).to.deep.equal({ kind: 'failed', reason: 'response', httpStatus: 200, detail: 'HTTP 200 with text/html instead of JSON' });
  });

  it('200 with a status that is not a registration is not a success either', async () => {
    const { outcome } = await submitTo([{ status: 200, body: { status: 'error', message: 'database down' } }]);
    expect(outcome).to.deep.include({ kind: 'failed', reason: 'response', httpStatus: 200 });
  });

  it('409: full', async () => {
    const { outcome } = await submitTo([{ status: 409, body: { status: 'full', remaining: 0 } }]);
    expect(outcome).to.deep.equal({ kind: 'full', remaining: 0, httpStatus: 409, body: { status: 'full', remaining: 0 } });
  });

  it('409 without {"status": "full"}: the first request under this key is still being handled, so busy for as long as Retry-After says, not full', async () => {
    const inUse = { type: '/api/problems/idempotency-key-in-use', title: 'A request with this Idempotency-Key is still being handled', status: 409 };
    const { outcome } = await submitTo([{ status: 409, body: inUse, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '1' } }]);
    expect(outcome).to.deep.equal({ kind: 'busy', retryAfter: 1, httpStatus: 409 });
  });

  it('400 with plain field errors: invalid, by field (a list of messages joined)', async () => {
    const body = { errors: { email: 'Dit e-mailadres is al aangemeld.', 'answers.dieet': ['Te lang.', 'Alleen letters.'] }, message: 'Controleer je gegevens.' };
    const { outcome } = await submitTo([{ status: 400, body }]);
    expect(outcome).to.deep.equal({
      kind: 'invalid',
      errors: { email: 'Dit e-mailadres is al aangemeld.', 'answers.dieet': 'Te lang. Alleen letters.' },
      message: 'Controleer je gegevens.',
      httpStatus: 400,
      body,
    });
  });

  it('422 problem+json: field errors by field, by JSON pointer, and the detail as message', async () => {
    const problem = {
      type: 'https://example.org/problems/validation',
      title: 'Your request is not valid.',
      detail: 'Twee velden kloppen niet.',
      errors: [
        { field: 'email', detail: 'Vul een geldig e-mailadres in.' },
        { pointer: '#/name', detail: 'Vul je naam in.' },
        { pointer: '/answers/dieet', detail: 'Kies een dieet.' },
      ],
    };
    const { outcome } = await submitTo([{ status: 422, body: problem, headers: { 'Content-Type': 'application/problem+json' } }]);
    expect(outcome).to.deep.equal({
      kind: 'invalid',
      errors: { email: 'Vul een geldig e-mailadres in.', name: 'Vul je naam in.', 'answers.dieet': 'Kies een dieet.' },
      message: 'Twee velden kloppen niet.',
      httpStatus: 422,
      body: problem,
    });
  });

  it('400 with an HTML error page (a proxy, a firewall) is no field errors: failed', async () => {
    const { outcome } = await submitTo([{ status: 400, body: '<h1>Bad Request</h1>', headers: { 'Content-Type': 'text/html' } }]);
    expect(outcome).to.deep.include({ kind: 'failed', reason: 'response', httpStatus: 400 });
  });

  it('429 with Retry-After in seconds: busy', async () => {
    const { outcome } = await submitTo([{ status: 429, headers: { 'Retry-After': '30' } }]);
    expect(outcome).to.deep.equal({ kind: 'busy', retryAfter: 30, httpStatus: 429 });
  });

  it('503 with Retry-After as an HTTP date: busy, in seconds from now', async () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    const { outcome } = await submitTo([{ status: 503, body: '<h1>Service Unavailable</h1>', headers: { 'Retry-After': inTwoMinutes, 'Content-Type': 'text/html' } }]);
    expect(outcome.kind).to.equal('busy');
    expect(outcome.httpStatus).to.equal(503);
    // HTTP dates have whole seconds; the request itself takes a moment.
    expect(outcome.retryAfter).to.be.within(115, 120);
  });

  it('503 with a date in the past, or no Retry-After: busy, now or unknown', async () => {
    const past = await submitTo([{ status: 503, headers: { 'Retry-After': new Date(Date.now() - 60_000).toUTCString() } }]);
    expect(past.outcome).to.deep.equal({ kind: 'busy', retryAfter: 0, httpStatus: 503 });
    const unknown = await submitTo([{ status: 503 }]);
    expect(unknown.outcome).to.deep.equal({ kind: 'busy', httpStatus: 503 });
  });

  it('500: failed, with the status', async () => {
    const { outcome } = await submitTo([{ status: 500, body: { error: 'boom' } }]);
    expect(outcome).to.deep.equal({ kind: 'failed', reason: 'status', httpStatus: 500, detail: 'HTTP 500' });
  });

  it('a dropped connection: failed, network', async () => {
    const { outcome, log } = await submitTo([{ drop: true }]);
    expect(outcome).to.deep.include({ kind: 'failed', reason: 'network' });
    // Browsers resend a request whose kept-alive connection closed without an answer (Chromium
    // once per idle connection it holds): the same submission, which is why it carries a key.
    expect(log.length).to.be.at.least(1);
    expect(new Set(log.map((request) => request.idempotencyKey)).size).to.equal(1);
  });

  it('an endpoint on another origin without CORS: failed, network, and the registration never arrives', async () => {
    const id = newEndpointId('cors');
    await scriptEndpoint(id, []);
    const outcome = await submitRegistration(crossOriginEndpointUrl(id), anna, { idempotencyKey: newIdempotencyKey() });
    expect(outcome).to.deep.include({ kind: 'failed', reason: 'network' });
    // Only the preflight reached the server; the browser refused to send the POST.
    expect((await endpointLog(id)).map((request) => request.method)).to.deep.equal(['OPTIONS']);
  });
});

describe('submitRegistration: slow endpoints and retries', () => {
  it('times out, and a retry with the same key gets the first answer instead of a second registration', async () => {
    const id = newEndpointId('timeout');
    await scriptEndpoint(id, [
      { status: 201, body: { status: 'confirmed', remaining: 4 }, delay: 6000 },
      { status: 201, body: { status: 'confirmed', remaining: 3 } },
    ]);
    const idempotencyKey = newIdempotencyKey();

    // 1.5 s, not less: under a loaded CI the request must reach the endpoint before the client gives up.
    const first = await submitRegistration(endpointUrl(id), anna, { idempotencyKey, timeout: 1500 });
    expect(first).to.deep.equal({ kind: 'failed', reason: 'timeout', detail: 'no answer within 1.5 s' });
    // The server got it and registered Anna; only the answer was slow.
    await waitUntil(async () => (await endpointLog(id)).length === 1, 'the first request never arrived');

    const retry = await submitRegistration(endpointUrl(id), anna, { idempotencyKey });
    expect(plain(retry)).to.deep.equal({ kind: 'success', status: 'confirmed', remaining: 4, httpStatus: 201, body: { status: 'confirmed', remaining: 4 } });

    const log = await endpointLog(id);
    expect(log.map((request) => request.idempotencyKey)).to.deep.equal([idempotencyKey, idempotencyKey]);
    expect(log.map((request) => request.replayed)).to.deep.equal([false, true]);
    expect(log.filter((request) => !request.replayed), 'registrations stored').to.have.length(1);
  });

  it('busy, then a retry with the same key goes through', async () => {
    const id = newEndpointId('busy');
    await scriptEndpoint(id, [{ status: 503, headers: { 'Retry-After': '1' } }, { status: 201, body: { status: 'confirmed' } }]);
    const idempotencyKey = newIdempotencyKey();
    expect(await submitRegistration(endpointUrl(id), anna, { idempotencyKey })).to.deep.equal({ kind: 'busy', retryAfter: 1, httpStatus: 503 });
    expect(await submitRegistration(endpointUrl(id), anna, { idempotencyKey })).to.deep.include({ kind: 'success', status: 'confirmed' });
    const log = await endpointLog(id);
    expect(log.map((request) => [request.status, request.replayed, request.idempotencyKey])).to.deep.equal([
      [503, false, idempotencyKey],
      [201, false, idempotencyKey],
    ]);
  });

  it('the caller’s abort is failed/network "aborted", not a timeout', async () => {
    const id = newEndpointId('abort');
    await scriptEndpoint(id, [{ status: 201, delay: 2000 }]);
    const controller = new AbortController();
    const pending = submitRegistration(endpointUrl(id), anna, { idempotencyKey: newIdempotencyKey(), signal: controller.signal, timeout: 5000 });
    await waitUntil(async () => (await endpointLog(id)).length === 1, 'the request never arrived');
    controller.abort();
    expect(await pending).to.deep.equal({ kind: 'failed', reason: 'network', detail: 'aborted' });
  });

  it('an already aborted signal sends nothing', async () => {
    const { outcome, log } = await submitTo([], { signal: AbortSignal.abort() });
    expect(outcome).to.deep.equal({ kind: 'failed', reason: 'network', detail: 'aborted' });
    expect(log).to.deep.equal([]);
  });
});

describe('submitRegistration: what the endpoint receives', () => {
  it('JSON: the submission, exactly', async () => {
    const { log } = await submitTo([]);
    expect(log).to.have.length(1);
    expect(log[0].contentType).to.equal('application/json');
    expect(JSON.parse(log[0].body)).to.deep.equal(anna);
  });

  it('form encoding: flat keys, answers[field], repeated keys for a list, true/false', async () => {
    const { log } = await submitTo([], { encoding: 'form' });
    expect(log[0].contentType).to.equal('application/x-www-form-urlencoded');
    expect(log[0].body).to.equal(
      'eventId=samenspel-in-de-wijk-2019-01-29&name=Anna+de+Vries&email=anna%40voorbeeld.nl&organization=Buurtteam+Overvecht' +
        '&role=Bewoners&remarks=Ik+kom+met+z%E2%80%99n+twee%C3%ABn+%26+iets+later&consent=true' +
        '&answers%5Bdieet%5D=vegetarisch&answers%5Bdagen%5D=di&answers%5Bdagen%5D=wo&answers%5Blift%5D=false' +
        '&locale=nl&waitlist=false',
    );
    // What a PHP or Rails endpoint makes of it.
    const form = new URLSearchParams(log[0].body);
    expect(form.getAll('answers[dagen]')).to.deep.equal(['di', 'wo']);
  });

  it('form encoding leaves absent optional fields out', async () => {
    const minimal: Submission = { name: 'Bo', email: 'bo@voorbeeld.nl', answers: {}, locale: 'en', waitlist: true };
    const { log } = await submitTo([], { encoding: 'form' }, minimal);
    expect(log[0].body).to.equal('name=Bo&email=bo%40voorbeeld.nl&locale=en&waitlist=true');
  });

  it('headers: POST, Accept JSON, the idempotency key, and the page’s own cookies', async () => {
    const cookie = `submit-test=${newEndpointId('cookie')}`;
    document.cookie = `${cookie}; path=/; SameSite=Strict`;
    try {
      const idempotencyKey = newIdempotencyKey();
      const { log } = await submitTo([], { idempotencyKey });
      const [request] = log;
      expect(request.method).to.equal('POST');
      expect(request.headers.accept).to.equal('application/json');
      expect(request.headers['content-type']).to.equal('application/json');
      expect(request.headers['idempotency-key']).to.equal(idempotencyKey);
      expect(request.idempotencyKey).to.equal(idempotencyKey);
      expect(request.headers.cookie).to.contain(cookie);
    } finally {
      document.cookie = `${cookie.split('=')[0]}=; path=/; max-age=0`;
    }
  });
});

describe('responseOutcome: a host’s own answer to registration-submit', () => {
  it('reads a Response made in the page the same way as one from the network', async () => {
    const accepted = new Response('{"status":"waitlisted"}', { status: 201, headers: { 'Content-Type': 'application/json' } });
    expect(plain(await responseOutcome(accepted))).to.deep.equal({ kind: 'success', status: 'waitlisted', httpStatus: 201, body: { status: 'waitlisted' } });
    expect(await responseOutcome(new Response('{"status":"full","remaining":0}', { status: 409 }))).to.deep.include({ kind: 'full', remaining: 0 });
    // Without that body, a 409 is the same key's first request still being handled.
    expect(plain(await responseOutcome(new Response(null, { status: 409 })))).to.deep.equal({ kind: 'busy', httpStatus: 409 });
  });
});

describe('newIdempotencyKey', () => {
  const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is a fresh version 4 UUID every time', () => {
    const keys = Array.from({ length: 20 }, newIdempotencyKey);
    keys.forEach((key) => expect(key).to.match(uuidV4));
    expect(new Set(keys).size).to.equal(20);
  });

  it('is one on a plain-http page too, where crypto.randomUUID does not exist', () => {
    // Shadow the prototype's method on this object, as an insecure context lacks it.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = Array.from({ length: 20 }, newIdempotencyKey);
      keys.forEach((key) => expect(key).to.match(uuidV4));
      expect(new Set(keys).size).to.equal(20);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(crypto.randomUUID).to.be.a('function');
  });
});
