import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { clientKey, plainAddress } from './client-address.js';
import type { ServerConfig } from './config.js';

/** How long a connection may take, and how many one client may hold open. */
export interface ConnectionLimits {
  /** From the connection (or the previous answer) to the end of a request's headers. */
  headersTimeout: number;
  /** For a whole request, body included. */
  requestTimeout: number;
  /** An idle connection between requests. */
  keepAliveTimeout: number;
  /** How often those are checked. Node's default, 30 s, let a held connection live three times its headersTimeout. */
  checkInterval: number;
  /** Open connections per client address (IPv6: per /64); 0 for no limit. */
  perClient: number;
}

export const CONNECTION_LIMITS: Omit<ConnectionLimits, 'perClient'> = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  checkInterval: 1_000,
};

/**
 * The HTTP server around `handle`, made to hold up against clients that open connections and
 * send nothing, or send slowly (slowloris): every connection is timed and checked each second,
 * one client holds at most `perClient` connections at once, and a large body nobody reads is not read.
 * Behind a proxy all connections come from it, so a counted proxy (`TRUST_PROXY=n`) switches the
 * per-client cap off, and listed proxy addresses are exempt from it: the proxy limits its clients.
 */
export function createHttpServer(
  handle: (request: IncomingMessage, response: ServerResponse) => void,
  config: Pick<ServerConfig, 'maxConnectionsPerClient' | 'trustProxy' | 'maxBodyBytes'>,
  limits: Partial<ConnectionLimits> = {},
): Server {
  const { headersTimeout, requestTimeout, keepAliveTimeout, checkInterval, perClient } = {
    ...CONNECTION_LIMITS,
    perClient: 'hops' in config.trustProxy && config.trustProxy.hops > 0 ? 0 : config.maxConnectionsPerClient,
    ...limits,
  };
  const server = createServer({ headersTimeout, requestTimeout, keepAliveTimeout, connectionsCheckingInterval: checkInterval }, (request, response) => {
    // An answer given without reading the body (405, 403, 413, 429…): Node would read what is left of
    // the body to reuse the connection, which can be endless. A body of an allowed size is read and
    // dropped (closing under a client still sending can cost it the answer); any other closes the
    // connection once the answer is sent.
    // The socket as it is now: a request destroyed while its body was read has none afterwards.
    const { socket } = request;
    const declared = Number(request.headers['content-length'] ?? 0);
    if (request.headers['transfer-encoding'] || declared > config.maxBodyBytes) {
      response.once('finish', () => {
        if (!request.complete && !socket.destroyed) socket.destroySoon();
      });
    }
    handle(request, response);
  });
  if (perClient > 0) {
    const open = new Map<string, number>();
    const exempt = 'proxies' in config.trustProxy ? config.trustProxy.proxies : undefined;
    // Before Node's own listener, so a refused connection is gone before anything reads from it.
    server.prependListener('connection', (socket: Socket) => {
      const address = plainAddress(socket.remoteAddress ?? '');
      if (exempt?.check(address, address.includes(':') ? 'ipv6' : 'ipv4')) return;
      const client = clientKey(address);
      const count = (open.get(client) ?? 0) + 1;
      if (count > perClient) return void socket.destroy();
      open.set(client, count);
      socket.once('close', () => {
        const left = open.get(client)! - 1;
        if (left) open.set(client, left);
        else open.delete(client);
      });
    });
  }
  return server;
}
