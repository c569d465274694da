import { fileURLToPath } from 'node:url';
import { proxyTrustFrom, type ProxyTrust } from './client-address.js';

/** Everything the server can be told, all from environment variables (server/README.md, "Settings"). */
export interface ServerConfig {
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  /** Interface to listen on. */
  host: string;
  /** PostgreSQL connection string; without it, embedded PostgreSQL (PGlite) in `dataDir`. */
  databaseUrl?: string;
  /** Folder of PGlite's files; `memory://` keeps nothing (tests). */
  dataDir: string;
  /** Folder of `*.json` event files (EventData). */
  eventsDir: string;
  /** Move events whose dates have passed to the same weekday some weeks ahead, as the demo does. */
  movePastEvents: boolean;
  /** Bearer token for the organiser's routes; without one those routes are off. */
  adminToken?: string;
  /** Origins (scheme://host[:port]) allowed to call the API from the browser besides the server's own. */
  allowedOrigins: string[];
  /** Sign-up attempts per client per minute; above it, 429 with Retry-After. */
  rateLimit: number;
  /** The proxies in front whose `X-Forwarded-For` entries count, read from the right (server/README.md, "Behind a proxy"). */
  trustProxy: ProxyTrust;
  /** Connections one client address (IPv6: its /64) may hold open at once; 0 for no limit. */
  maxConnectionsPerClient: number;
  /** Largest request body in bytes. */
  maxBodyBytes: number;
  /** The address the server is reached at, for the URLs it writes into events; default: the address it listens on. */
  publicUrl?: string;
  /** Folder whose `embed.js` and `embed-*.js` chunks are served (the library build). */
  distDir: string;
  /** Folder of the demo page; no demo is served when it is absent. */
  demoDir?: string;
  /** Where e-mail goes: `smtp://user:pass@host:port` or `smtps://…`; without it, `.eml` files in `outboxDir`. */
  smtpUrl?: string;
  /** The sender of every e-mail. */
  mailFrom: string;
  /** The event's contact hears of each sign-up, gets one digest a day, or nothing. */
  organiserNotices: 'each' | 'daily' | 'off';
  /** Folder of the `.eml` files written when there is no `smtpUrl`. */
  outboxDir: string;
}

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * Reads the configuration from `env`. Throws a readable message for a value that cannot be right;
 * `warn` hears about a value that is read differently than it says.
 */
export function configFrom(env: NodeJS.ProcessEnv = process.env, base = root, warn: (message: string) => void = console.warn): ServerConfig {
  const eventsDir = env.EVENTS_DIR || base('events');
  const trustProxy = proxyTrustFrom(env.TRUST_PROXY, warn);
  // Behind a proxy the server cannot know the name it is reached by, and refuses every other name.
  if (!env.PUBLIC_URL && !('hops' in trustProxy && trustProxy.hops === 0)) {
    throw new Error('TRUST_PROXY needs PUBLIC_URL, the address people reach the server at through the proxy (https://aanmelden.example.nl)');
  }
  const publicUrl = env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : undefined;
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || base('.data/pglite'),
    eventsDir,
    // The bundled demo event is from 2019; events of your own stay where they are unless you ask.
    movePastEvents: env.MOVE_PAST_EVENTS ? env.MOVE_PAST_EVENTS === 'true' : !env.EVENTS_DIR,
    adminToken: adminToken(env.ADMIN_TOKEN),
    allowedOrigins: origins(env.ALLOWED_ORIGINS),
    rateLimit: integer(env, 'RATE_LIMIT', 10, 1, 1_000_000),
    trustProxy,
    maxConnectionsPerClient: integer(env, 'MAX_CONNECTIONS_PER_CLIENT', 64, 0, 1_000_000),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 16_384, 1024, 1_048_576),
    publicUrl,
    distDir: env.DIST_DIR || base('dist'),
    demoDir: env.DEMO_DIR === '' ? undefined : env.DEMO_DIR || base('demo'),
    smtpUrl: smtpUrl(env.SMTP_URL),
    mailFrom: mailFrom(env.MAIL_FROM, publicUrl),
    organiserNotices: oneOf(env, 'ORGANISER_NOTICES', ['each', 'daily', 'off'] as const, 'each'),
    outboxDir: env.OUTBOX_DIR || base('.data/outbox'),
  };
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!values.includes(text as T)) throw new Error(`${name} must be ${values.join(', ')}, not "${text}"`);
  return text as T;
}

function smtpUrl(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error('SMTP_URL must be a URL like smtp://user:password@mail.example.nl:587 or smtps://…:465');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  if (!url.hostname) throw new Error('SMTP_URL names no host');
  return text;
}

/** `MAIL_FROM`, or `noreply@` the server's own name. */
function mailFrom(text: string | undefined, publicUrl: string | undefined): string {
  if (text) {
    if (!/@[^@\s>]+>?\s*$/.test(text)) throw new Error(`MAIL_FROM must be an e-mail address, optionally with a name ("Aanmelden" <aanmelden@example.nl>), not "${text}"`);
    return text;
  }
  return `noreply@${publicUrl ? new URL(publicUrl).hostname : 'localhost'}`;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  return value;
}

function adminToken(token: string | undefined): string | undefined {
  if (!token) return undefined;
  // A guessable token refuses the start: that says so louder than a warning in a log.
  const bits = Math.floor(tokenStrength(token));
  if (token.length < 16 || bits < 80) {
    throw new Error(`ADMIN_TOKEN is too easy to guess (${token.length} characters, about ${bits} bits by a rough estimate; at least 16 characters and 80 bits): make one with openssl rand -hex 32`);
  }
  return token;
}

/**
 * A rough upper bound of a token's entropy in bits, to refuse what a person would make up:
 * the lower of two estimates. One counts each character's share (Shannon), so `aaaa…` is worth
 * nothing; the other prices each character by the kinds of character in use, but a character
 * that repeats the previous one or steps next to it in the alphabet (`1234`, `abcd`) at one bit,
 * and a token made of one part repeated as that part.
 */
export function tokenStrength(token: string): number {
  const characters = [...token];
  const counts = new Map<string, number>();
  for (const character of characters) counts.set(character, (counts.get(character) ?? 0) + 1);
  let shannon = 0;
  for (const count of counts.values()) shannon -= (count / characters.length) * Math.log2(count / characters.length);
  const period = characters.findIndex((_, size) => size > 0 && characters.length % size === 0 && token === token.slice(0, size).repeat(characters.length / size));
  const unique = period > 0 ? characters.slice(0, period) : characters;
  const hex = /^[0-9a-f]+$/i.test(token);
  const alphabet = hex ? 16 : (/[a-z]/.test(token) ? 26 : 0) + (/[A-Z]/.test(token) ? 26 : 0) + (/[0-9]/.test(token) ? 10 : 0) + (/[^a-zA-Z0-9]/.test(token) ? 33 : 0);
  let priced = 0;
  for (const [index, character] of unique.entries()) {
    const step = index === 0 ? Infinity : Math.abs(character.codePointAt(0)! - unique[index - 1].codePointAt(0)!);
    priced += step <= 1 ? 1 : Math.log2(alphabet);
  }
  return Math.min(shannon * characters.length, priced);
}

function origins(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const origin = new URL(entry).origin;
      if (origin === 'null') throw new Error(`ALLOWED_ORIGINS: "${entry}" is not an http(s) origin`);
      return origin;
    });
}
