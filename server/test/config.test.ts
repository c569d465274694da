import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configFrom } from '../config.js';
import { toCsv } from '../csv.js';
import { RateLimiter } from '../rate-limit.js';

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
    assert.throws(() => configFrom({ ADMIN_TOKEN: 'geheim' }), /ADMIN_TOKEN must be at least 16 characters/);
    assert.throws(() => configFrom({ ALLOWED_ORIGINS: 'mailto:x@y.nl' }), /not an http\(s\) origin/);
    assert.throws(() => configFrom({ RATE_LIMIT: '0' }), /RATE_LIMIT/);
  });

  it('reads the allowed origins as origins', () => {
    assert.deepEqual(configFrom({ ALLOWED_ORIGINS: 'https://www.utrecht.nl/agenda, http://localhost:3000' }).allowedOrigins, ['https://www.utrecht.nl', 'http://localhost:3000']);
  });
});

describe('rate limit', () => {
  it('allows a burst of the limit, then one attempt per 60/limit seconds', () => {
    let now = 0;
    const limiter = new RateLimiter(6, () => now);
    for (let attempt = 0; attempt < 6; attempt++) assert.equal(limiter.take('a'), 0);
    assert.equal(limiter.take('a'), 10);
    assert.equal(limiter.take('b'), 0, 'another client has its own bucket');
    now += 10_000;
    assert.equal(limiter.take('a'), 0);
    assert.equal(limiter.take('a'), 10);
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    assert.equal(toCsv(['a', 'b'], [['x,y', '+31 30 123'], ['-1', '@SUM(A1)'], [null, ['één', 'twee']]]), '\uFEFFa,b\r\n"x,y",\'+31 30 123\r\n\'-1,\'@SUM(A1)\r\n,één; twee\r\n');
  });
});
