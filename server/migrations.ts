/**
 * The schema, as numbered steps that are only ever appended to: a database that has run step N
 * runs N+1 and onward at the next start. Plain PostgreSQL, the same on PGlite and a real server.
 */
export const MIGRATIONS: { name: string; statements: string[] }[] = [
  {
    name: 'events, registrations, idempotency keys',
    statements: [
      // Seats per event. The event's text lives in its JSON file; only what counting needs is here.
      `CREATE TABLE event (
        id text PRIMARY KEY,
        capacity integer CHECK (capacity >= 0),
        taken_elsewhere integer NOT NULL DEFAULT 0 CHECK (taken_elsewhere >= 0),
        waitlist boolean NOT NULL DEFAULT false
      )`,
      `CREATE TABLE registration (
        id uuid PRIMARY KEY,
        event_id text NOT NULL REFERENCES event (id),
        status text NOT NULL CHECK (status IN ('confirmed', 'waitlisted')),
        email_key text NOT NULL,
        name text NOT NULL,
        email text NOT NULL,
        organization text,
        role text,
        remarks text,
        consent boolean,
        answers jsonb NOT NULL DEFAULT '{}'::jsonb,
        locale text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (event_id, email_key)
      )`,
      'CREATE INDEX registration_event_status ON registration (event_id, status)',
      // The first answer to a key, replayed to every retry with that key; erased with its registration.
      `CREATE TABLE idempotency_key (
        event_id text NOT NULL REFERENCES event (id),
        key text NOT NULL,
        registration_id uuid NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
        status_code integer NOT NULL,
        body jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, key)
      )`,
    ],
  },
  {
    name: 'request fingerprints under idempotency keys, confirmed sign-ups counted per event, rate limits shared by server processes',
    statements: [
      // What the first request under a key asked for (docs/protocol.md, "Idempotency"): a reused key
      // with another body is refused. Keys stored before this step have none and are replayed as before.
      'ALTER TABLE idempotency_key ADD COLUMN fingerprint text',
      // Confirmed sign-ups per event, kept with the seats they count: read with the event's lock in
      // one row, where counting the registrations took longer with every sign-up.
      'ALTER TABLE event ADD COLUMN confirmed integer NOT NULL DEFAULT 0 CHECK (confirmed >= 0)',
      `UPDATE event SET confirmed = (SELECT count(*) FROM registration WHERE registration.event_id = event.id AND status = 'confirmed')`,
      // Nothing counts by status any more; the unique index on (event_id, email_key) serves the rest.
      'DROP INDEX registration_event_status',
      // Token buckets per limit and client, so that every process behind a load balancer counts the same.
      `CREATE TABLE rate_limit (
        bucket text NOT NULL,
        client text NOT NULL,
        tokens double precision NOT NULL,
        at_ms bigint NOT NULL,
        -- Whether the latest attempt was allowed: what the one statement that decides it returns.
        last_allowed boolean NOT NULL,
        PRIMARY KEY (bucket, client)
      )`,
    ],
  },
];
