import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Sql } from '../db.js';

/** How long a sign-in lasts: a working day. */
export const SESSION_MS = 8 * 60 * 60_000;

/** A signed-in organiser: the token their forms carry. */
export interface Session {
  /** The cookie's value as it came; only its SHA-256 is stored. */
  id: string;
  csrf: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** A random 256-bit value, URL-safe: a session's id, its CSRF token. */
const secret = () => randomBytes(32).toString('base64url');

/**
 * Organiser sessions in table `organiser_session`: the database holds the SHA-256 of each id,
 * so reading the table (a backup, a leaked dump) gives no one a session.
 */
export class OrganiserSessions {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => number,
  ) {}

  /** A new session; sessions that ended are cleared out on the way. */
  async start(): Promise<Session> {
    const session = { id: secret(), csrf: secret() };
    const now = this.now();
    await this.sql.query('DELETE FROM organiser_session WHERE expires_at <= $1::timestamptz', [new Date(now).toISOString()]);
    await this.sql.query(
      'INSERT INTO organiser_session (id_hash, csrf, created_at, expires_at) VALUES ($1, $2, $3::timestamptz, $4::timestamptz)',
      [sha256(session.id).toString('hex'), session.csrf, new Date(now).toISOString(), new Date(now + SESSION_MS).toISOString()],
    );
    return session;
  }

  /** The session a cookie's value names, while it lasts. */
  async find(id: string | undefined): Promise<Session | undefined> {
    if (!id || id.length > 100) return undefined;
    const [row] = await this.sql.query<{ csrf: string }>(
      'SELECT csrf FROM organiser_session WHERE id_hash = $1 AND expires_at > $2::timestamptz',
      [sha256(id).toString('hex'), new Date(this.now()).toISOString()],
    );
    return row ? { id, csrf: row.csrf } : undefined;
  }

  /** Signs out: the cookie's value opens nothing any more. */
  async end(session: Session): Promise<void> {
    await this.sql.query('DELETE FROM organiser_session WHERE id_hash = $1', [sha256(session.id).toString('hex')]);
  }
}

/** Whether a form's CSRF token is the session's, compared in constant time. */
export function csrfMatches(session: Session, given: string | null): boolean {
  return given !== null && timingSafeEqual(sha256(given), sha256(session.csrf));
}

/**
 * The session cookie. Over HTTPS it is `__Host-` prefixed: the browser then takes it only with
 * `Secure`, no `Domain` and `Path=/`, so no other host (a sibling subdomain) can set or
 * overwrite it. Over plain HTTP (local use) it is scoped to `/organiser`.
 */
export class SessionCookie {
  readonly name: string;
  private readonly attributes: string;

  constructor(publicUrl: string | undefined) {
    const secure = Boolean(publicUrl?.startsWith('https:'));
    this.name = secure ? '__Host-organiser' : 'organiser';
    this.attributes = `HttpOnly; SameSite=Strict; Path=${secure ? '/' : '/organiser'}${secure ? '; Secure' : ''}`;
  }

  /** `Set-Cookie` for a new session. */
  set(session: Session): string {
    return `${this.name}=${session.id}; Max-Age=${SESSION_MS / 1000}; ${this.attributes}`;
  }

  /** `Set-Cookie` that removes it. */
  clear(): string {
    return `${this.name}=; Max-Age=0; ${this.attributes}`;
  }

  /** The value the request's `Cookie` header holds under this name. */
  read(request: IncomingMessage): string | undefined {
    for (const pair of String(request.headers.cookie ?? '').split(';')) {
      const at = pair.indexOf('=');
      if (at > 0 && pair.slice(0, at).trim() === this.name) return pair.slice(at + 1).trim();
    }
    return undefined;
  }
}
