import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { describe, it } from 'node:test';
import { CONNECTION_LIMITS } from '../connections.js';
import { futureEvent, startServer, within } from './harness.js';

/** A raw connection to `url`, from `localAddress` (any 127.x.y.z is this machine too). */
function open(url: string, localAddress = '127.0.0.1'): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port), localAddress }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** What the server sent until it closed the connection, and how long that took. */
function untilClosed(socket: Socket): Promise<{ received: string; after: number }> {
  const began = performance.now();
  let received = '';
  socket.on('data', (chunk) => (received += chunk));
  // A reset instead of a clean close is closed too.
  socket.on('error', () => undefined);
  return new Promise((resolve) => socket.once('close', () => resolve({ received, after: performance.now() - began })));
}

describe('connections', () => {
  it('closes a connection whose headers do not arrive in time within a second of the timeout, not Node’s 30 s later', async () => {
    const server = await startServer({ database: {}, events: [futureEvent('buurtavond', { capacity: 12 })], connections: { headersTimeout: 1_000, requestTimeout: 2_000 } });
    const slow = await open(server.url);
    slow.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const silent = await open(server.url);
    const deadline = 1_000 + CONNECTION_LIMITS.checkInterval + 2_000;
    const [held, quiet] = await Promise.all([
      within(deadline, 'the connection sending its headers slowly closes', untilClosed(slow)),
      within(deadline, 'the connection sending nothing closes', untilClosed(silent)),
    ]);
    assert.ok(held.after >= 900, `closed after ${held.after} ms, before its time`);
    assert.ok(quiet.after >= 900, `closed after ${quiet.after} ms, before its time`);
  });

  it('lets one client hold a limited number of connections, and keeps serving everyone else', async () => {
    const server = await startServer({ database: {}, events: [futureEvent('buurtavond', { capacity: 12 })], env: { MAX_CONNECTIONS_PER_CLIENT: '5' } });
    const held = await Promise.all(Array.from({ length: 5 }, () => open(server.url)));
    for (const socket of held) socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    // The sixth from the same address is closed at once, having been told nothing.
    const sixth = await within(2_000, 'the sixth connection closes', untilClosed(await open(server.url)));
    assert.equal(sixth.received, '');
    // Another address is served meanwhile.
    const other = await new Promise<number>((resolve, reject) => {
      const { port } = new URL(server.url);
      httpRequest({ host: '127.0.0.1', port, path: '/api/events/buurtavond/seats', localAddress: '127.0.0.2' }, (response) => {
        response.resume();
        resolve(response.statusCode!);
      }).once('error', reject).end();
    });
    assert.equal(other, 200);
    // One closed, one more may open (as soon as the server has seen it close: a few tries at most).
    held[0].destroy();
    let answer = '';
    for (let attempt = 0; attempt < 100 && !answer; attempt++) {
      const again = await open(server.url);
      again.write('GET /api/events/buurtavond/seats HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
      answer = (await untilClosed(again)).received;
    }
    assert.match(answer, /^HTTP\/1\.1 200 /);
    for (const socket of held) socket.destroy();
  });

  it('does not read the body of a request on a route that takes none', async () => {
    const server = await startServer({ database: {}, events: [futureEvent('buurtavond', { capacity: 12 })] });
    const socket = await open(server.url);
    const closed = untilClosed(socket);
    socket.write('POST /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n');
    // Keep sending, as the probe that sent 321 MB did, until the server closes the connection.
    let sent = 0;
    const chunk = Buffer.alloc(65_536, 'x');
    const send = () => {
      while (!socket.destroyed && socket.write(chunk)) sent += chunk.length;
    };
    socket.on('drain', send);
    send();
    const { received } = await within(5_000, 'the server closes the connection', closed);
    assert.match(received, /^HTTP\/1\.1 405 /);
    assert.ok(sent < 50_000_000, `${sent} bytes were taken`);
  });

  it('answers a chunked body over the limit with 413, closes that connection and keeps serving, on the API and the organiser’s sign-in', async () => {
    const server = await startServer({ database: {}, events: [futureEvent('buurtavond', { capacity: 12 })], env: { ADMIN_TOKEN: 'ee3c9b17a2d54f0886c1e47b09d2f35a' } });
    const routes = [
      { path: '/api/events/buurtavond/registrations', type: 'application/json', limit: server.config.maxBodyBytes },
      { path: '/organiser/sign-in', type: 'application/x-www-form-urlencoded', limit: 4096 },
    ];
    for (const { path, type, limit } of routes) {
      // Once in one go and then silent (the auditor's curl), once a client that keeps sending.
      for (const keepSending of [false, true]) {
        const socket = await open(server.url);
        const closed = untilClosed(socket);
        const chunk = Buffer.alloc(limit + 1000, 'a');
        const chunked = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
        socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nTransfer-Encoding: chunked\r\n\r\n`);
        socket.write(chunked);
        if (keepSending) {
          const send = () => {
            while (!socket.destroyed && socket.write(chunked));
          };
          socket.on('drain', send);
          send();
        }
        const { received } = await within(5_000, `the server closes the connection of ${path}`, closed);
        assert.match(received, /^HTTP\/1\.1 413 /, path);
        const health = await server.request('/api/health');
        assert.equal(health.status, 200, `the server answers after ${path}`);
      }
    }
  });

  it('keeps serving when a client goes away halfway through a body', async () => {
    const server = await startServer({ database: {}, events: [futureEvent('buurtavond', { capacity: 12 })] });
    for (const framing of ['Transfer-Encoding: chunked', 'Content-Length: 5000']) {
      const socket = await open(server.url);
      const closed = untilClosed(socket);
      socket.write(`POST /api/events/buurtavond/registrations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${framing}\r\n\r\n`);
      socket.write(framing.startsWith('Transfer') ? '400\r\n{"name": "Jitske' : '{"name": "Jitske');
      await new Promise((resolve) => setTimeout(resolve, 100));
      socket.resetAndDestroy();
      await closed;
      assert.equal((await server.request('/api/health')).status, 200);
    }
    assert.equal((await server.signUp('buurtavond', { name: 'Jitske', email: 'jitske@voorbeeld.nl' })).status, 201);
  });
});
