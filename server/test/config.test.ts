import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IncomingMessage } from 'node:http';
import { clientKey, clientOf, proxyTrustFrom } from '../client-address.js';
import { configFrom } from '../config.js';
import { toCsv } from '../csv.js';
import { MemoryRateLimiter } from '../rate-limit.js';

describe('settings', () => {
  it('has safe defaults: local only, embedded database, organiser routes off, the demo event moved ahead', () => {
    const config = configFrom({}, (path) => `/repo/${path}`);
    assert.equal(config.port, 8080);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.dataDir, '/repo/.data/pglite');
    assert.equal(config.eventsDir, '/repo/events');
    assert.equal(config.movePastEvents, true);
    assert.equal(config.adminToken, undefined);
    assert.deepEqual(config.allowedOrigins, []);
    assert.equal(config.rateLimit, 10);
  });

  it('leaves a site’s own events where they are unless told', () => {
    assert.equal(configFrom({ EVENTS_DIR: '/srv/events' }).movePastEvents, false);
    assert.equal(configFrom({ EVENTS_DIR: '/srv/events', MOVE_PAST_EVENTS: 'true' }).movePastEvents, true);
  });

  it('refuses settings that cannot be right, saying which and why', () => {
    assert.throws(() => configFrom({ PORT: 'http' }), /PORT must be a whole number from 0 to 65535, not "http"/);
    assert.throws(() => configFrom({ ADMIN_TOKEN: 'geheim' }), /ADMIN_TOKEN is too easy to guess \(6 characters/);
    assert.throws(() => configFrom({ ALLOWED_ORIGINS: 'mailto:x@y.nl' }), /not an http\(s\) origin/);
    assert.throws(() => configFrom({ RATE_LIMIT: '0' }), /RATE_LIMIT/);
  });

  it('refuses an ADMIN_TOKEN that is long but guessable, judging its entropy', () => {
    for (const weak of ['aaaaaaaaaaaaaaaa', '0123456789abcdef0123456789abcdef', 'Welkom01!Welkom01!', 'abcdefghijklmnopqrstuvwxyz123456']) {
      assert.throws(() => configFrom({ ADMIN_TOKEN: weak }), /ADMIN_TOKEN is too easy to guess .* openssl rand -hex 32/, weak);
    }
    for (const strong of ['e3b0c44298fc1c149afbf4c8996fb924', 'b846802b2c8b9dc6a08fe907686688385d2c600b633dfbcd3ac276df47393ac3', 'bSrW6aBlcO4wX7nqli97LDptFqRBd/qH']) {
      assert.equal(configFrom({ ADMIN_TOKEN: strong }).adminToken, strong);
    }
  });

  it('reads the allowed origins as origins', () => {
    assert.deepEqual(configFrom({ ALLOWED_ORIGINS: 'https://www.utrecht.nl/agenda, http://localhost:3000' }).allowedOrigins, ['https://www.utrecht.nl', 'http://localhost:3000']);
  });
});

describe('client address', () => {
  const request = (socket: string, forwardedFor?: string) =>
    ({ socket: { remoteAddress: socket }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;
  const ignore = () => undefined;

  it('is the socket’s without TRUST_PROXY, whatever X-Forwarded-For says', () => {
    assert.equal(clientOf(request('::ffff:192.0.2.1', '10.9.9.9'), proxyTrustFrom(undefined, ignore)), '192.0.2.1');
  });

  it('counts TRUST_PROXY proxies from the right', () => {
    const one = proxyTrustFrom('1', ignore);
    assert.equal(clientOf(request('127.0.0.1', 'spoofed, 203.0.113.7'), one), '203.0.113.7');
    const two = proxyTrustFrom('2', ignore);
    assert.equal(clientOf(request('10.0.0.2', 'spoofed, 203.0.113.7, 10.0.0.1'), two), '203.0.113.7');
    assert.equal(clientOf(request('10.0.0.2', '203.0.113.7'), two), '203.0.113.7', 'fewer entries than proxies: the furthest known');
  });

  it('with a list of proxy addresses, takes the right-most address not in it', () => {
    const trust = proxyTrustFrom('10.0.0.0/8, ::1', ignore);
    assert.equal(clientOf(request('::1', 'spoofed, 198.51.100.2, 10.1.2.3'), trust), '198.51.100.2');
    assert.equal(clientOf(request('192.0.2.9', '198.51.100.2'), trust), '192.0.2.9', 'a peer not in the list is the client');
  });

  it('reads the old TRUST_PROXY=true as one proxy, with a warning', () => {
    const warnings: string[] = [];
    assert.deepEqual(configFrom({ TRUST_PROXY: 'true', PUBLIC_URL: 'https://aanmelden.example.nl' }, undefined, (message) => warnings.push(message)).trustProxy, { hops: 1 });
    assert.match(warnings.join(), /TRUST_PROXY=true is read as TRUST_PROXY=1/);
    assert.throws(() => configFrom({ TRUST_PROXY: 'yes' }), /TRUST_PROXY: "yes" is neither a number of proxies nor an IP address/);
  });

  it('limits IPv6 clients by their /64', () => {
    assert.equal(clientKey('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'), '2001:db8:1:2::/64');
    assert.equal(clientKey('::1'), '0:0:0:0::/64');
    assert.equal(clientKey('192.0.2.1'), '192.0.2.1');
  });
});

describe('rate limit', () => {
  it('allows a burst of the limit, then one attempt per 60/limit seconds', async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(() => now);
    const bucket = { name: 'sign-up', limit: 6, windowMs: 60_000 };
    for (let attempt = 0; attempt < 6; attempt++) assert.equal(await limiter.take(bucket, 'a'), 0);
    assert.equal(await limiter.take(bucket, 'a'), 10);
    assert.equal(await limiter.take(bucket, 'b'), 0, 'another client has its own bucket');
    assert.equal(await limiter.take({ ...bucket, name: 'other' }, 'a'), 0, 'another limit has its own bucket');
    now += 10_000;
    assert.equal(await limiter.take(bucket, 'a', false), 0, 'looking spends nothing');
    assert.equal(await limiter.take(bucket, 'a'), 0);
    assert.equal(await limiter.take(bucket, 'a'), 10);
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    assert.equal(toCsv(['a', 'b'], [['x,y', '+31 30 123'], ['-1', '@SUM(A1)'], [null, ['één', 'twee']]]), '\uFEFFa,b\r\n"x,y",\'+31 30 123\r\n\'-1,\'@SUM(A1)\r\n,één; twee\r\n');
  });
});
