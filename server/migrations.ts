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
  {
    name: 'cancelling, the waiting list in order, the e-mail outbox, organiser sessions',
    statements: [
      // A cancelled registration stays for the organiser to see, and gives up its address: the
      // same person may sign up again.
      'ALTER TABLE registration DROP CONSTRAINT registration_status_check',
      `ALTER TABLE registration ADD CONSTRAINT registration_status_check CHECK (status IN ('confirmed', 'waitlisted', 'cancelled'))`,
      'ALTER TABLE registration ALTER COLUMN email_key DROP NOT NULL',
      'ALTER TABLE registration ADD COLUMN cancelled_at timestamptz',
      // The order people signed up in, also within one batch (they share created_at): who waits longest moves up first.
      'ALTER TABLE registration ADD COLUMN seq bigserial',
      'CREATE INDEX registration_waiting ON registration (event_id, seq) WHERE status = \'waitlisted\'',
      // The links in e-mails: only the SHA-256 of each token, never the token itself.
      `CREATE TABLE cancel_token (
        hash text PRIMARY KEY,
        registration_id uuid NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      // Messages to send, written in the transaction of what they tell (server/outbox.ts). `secret`
      // holds the message's cancel token until it is sent, and is emptied then.
      `CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        event_id text NOT NULL REFERENCES event (id),
        registration_id uuid REFERENCES registration (id) ON DELETE CASCADE,
        secret text,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        claimed_until timestamptz,
        sent_at timestamptz,
        failed_at timestamptz,
        last_error text
      )`,
      'CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL',
      // Until when each event's daily digest has told the organiser (ORGANISER_NOTICES=daily).
      `CREATE TABLE digest (
        event_id text PRIMARY KEY REFERENCES event (id),
        until timestamptz NOT NULL
      )`,
      // Signed-in organisers (/organiser/): the SHA-256 of the cookie's value, and the token forms carry.
      `CREATE TABLE organiser_session (
        id_hash text PRIMARY KEY,
        csrf text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`,
    ],
  },
  {
    name: 'sign-ups and rate limits decided by stored functions, without per-row foreign-key checks',
    statements: [
      // A rush is decided in batches (server/sign-up-queue.ts), and at a batch of twenty the checks
      // of these six foreign keys took more time than everything else the insert does (one query
      // per key and row, locking the event's or the registration's row again). What they guarded is
      // guarded otherwise: every row is written under the event's row lock, by the code that has just
      // read that row or written that registration; events are never deleted; and the one delete of
      // a registration, the organiser's erasure (server/lifecycle.ts), deletes what referred to it in
      // the same statement, as ON DELETE CASCADE did.
      'ALTER TABLE registration DROP CONSTRAINT IF EXISTS registration_event_id_fkey',
      'ALTER TABLE idempotency_key DROP CONSTRAINT IF EXISTS idempotency_key_event_id_fkey',
      'ALTER TABLE idempotency_key DROP CONSTRAINT IF EXISTS idempotency_key_registration_id_fkey',
      'ALTER TABLE cancel_token DROP CONSTRAINT IF EXISTS cancel_token_registration_id_fkey',
      'ALTER TABLE outbox DROP CONSTRAINT IF EXISTS outbox_event_id_fkey',
      'ALTER TABLE outbox DROP CONSTRAINT IF EXISTS outbox_registration_id_fkey',
      // The two statements of a batch (server/registrations.ts, `decideSignUps`), as PL/pgSQL, which
      // parses and plans them once per connection instead of once per batch. Each argument is JSON.
      //
      // sign_up_read locks the event's row, then reads in a statement of its own (so that it sees
      // what the batch before it committed) what is known of the batch's addresses and keys: each
      // one looked up on its own in the unique index (LATERAL … OFFSET 0 keeps it a lookup per key).
      // The plan is made once and kept, so it must not depend on how large the tables were then: a
      // plan made while they were small scanned them whole for every key, and a rush makes them
      // large long before the statistics catch up (20 sign-ups took 50 ms instead of 3 ms). With
      // `enable_seqscan = off` the planner takes the index whatever it believes.
      `CREATE OR REPLACE FUNCTION sign_up_read(event_id_ text, email_keys jsonb, idempotency_keys jsonb) RETURNS json
       LANGUAGE plpgsql SET enable_seqscan = off AS $$
       DECLARE
         locked json;
         known json;
       BEGIN
         SELECT row_to_json(e) INTO locked
           FROM (SELECT capacity, taken_elsewhere, waitlist, confirmed FROM event WHERE id = event_id_ FOR UPDATE) e;
         SELECT json_build_object(
                  'event', locked,
                  'existing', (SELECT coalesce(json_agg(json_build_object('email_key', r.email_key, 'id', r.id, 'status', r.status)), '[]'::json)
                                 FROM jsonb_array_elements_text(email_keys) AS asked(email_key),
                                      LATERAL (SELECT x.email_key, x.id, x.status FROM registration x
                                                WHERE x.event_id = event_id_ AND x.email_key = asked.email_key OFFSET 0) r),
                  'keys', (SELECT coalesce(json_agg(json_build_object('key', k.key, 'fingerprint', k.fingerprint, 'status_code', k.status_code, 'body', k.body)), '[]'::json)
                             FROM jsonb_array_elements_text(idempotency_keys) AS asked(key),
                                  LATERAL (SELECT x.key, x.fingerprint, x.status_code, x.body FROM idempotency_key x
                                            WHERE x.event_id = event_id_ AND x.key = asked.key OFFSET 0) k))
           INTO known;
         RETURN known;
       END
       $$`,
      // sign_up_store writes a batch in one statement: the registrations (numbered in the order they
      // came), the seats they take, their cancel links, their e-mails and their idempotency keys.
      `CREATE OR REPLACE FUNCTION sign_up_store(event_id_ text, registrations jsonb, keys jsonb, confirmed_ integer, tokens jsonb, messages jsonb) RETURNS void
       LANGUAGE plpgsql AS $$
       BEGIN
         WITH stored AS (
           INSERT INTO registration (id, event_id, status, email_key, name, email, organization, role, remarks, consent, answers, locale)
           SELECT r.id, event_id_, r.status, r.email_key, r.name, r.email, r.organization, r.role, r.remarks, r.consent, r.answers, r.locale
             FROM jsonb_to_recordset(registrations) AS r(id uuid, status text, email_key text, name text, email text, organization text,
                                                         role text, remarks text, consent boolean, answers jsonb, locale text, ord integer)
            ORDER BY r.ord
         ), counted AS (
           UPDATE event SET confirmed = event.confirmed + confirmed_ WHERE event.id = event_id_ AND confirmed_ > 0
         ), links AS (
           INSERT INTO cancel_token (hash, registration_id)
           SELECT t.hash, t.registration_id FROM jsonb_to_recordset(tokens) AS t(hash text, registration_id uuid)
         ), mail AS (
           INSERT INTO outbox (kind, event_id, registration_id, secret, data)
           SELECT m.kind, event_id_, m.registration_id, m.secret, m.data
             FROM jsonb_to_recordset(messages) AS m(kind text, registration_id uuid, secret text, data jsonb, ord integer)
            ORDER BY m.ord
         )
         INSERT INTO idempotency_key (event_id, key, registration_id, fingerprint, status_code, body)
         SELECT event_id_, k.key, k.registration_id, k.fingerprint, k.status_code, k.body
           FROM jsonb_to_recordset(keys) AS k(key text, registration_id uuid, fingerprint text, status_code integer, body jsonb);
       END
       $$`,
      // Rate limits, many at once (server/rate-limit.ts, DatabaseRateLimiter): per bucket and
      // client, in the order given (which is sorted, so two processes lock rows in the same order),
      // refill, spend up to `spend` whole attempts, and answer the tokens left and how many were
      // spent. The row is locked before it is read, so two processes never both spend the last
      // attempt. Through the primary key, whatever the planner believes of the table's size (see
      // sign_up_read).
      `CREATE OR REPLACE FUNCTION rate_limit_take(takes jsonb, now_ms bigint) RETURNS json
       LANGUAGE plpgsql SET enable_seqscan = off AS $$
       DECLARE
         take jsonb;
         held_tokens double precision;
         held_at bigint;
         refilled double precision;
         spent integer;
         answers jsonb := '[]'::jsonb;
       BEGIN
         FOR take IN SELECT value FROM jsonb_array_elements(takes) LOOP
           INSERT INTO rate_limit (bucket, client, tokens, at_ms, last_allowed)
           VALUES (take->>'bucket', take->>'client', (take->>'limit')::double precision, now_ms, true)
           ON CONFLICT (bucket, client) DO NOTHING;
           SELECT r.tokens, r.at_ms INTO held_tokens, held_at
             FROM rate_limit r WHERE r.bucket = take->>'bucket' AND r.client = take->>'client' FOR UPDATE;
           refilled := LEAST((take->>'limit')::double precision, held_tokens + GREATEST(0, now_ms - held_at) * (take->>'rate')::double precision);
           spent := LEAST((take->>'spend')::integer, floor(refilled)::integer);
           UPDATE rate_limit r SET tokens = refilled - spent, at_ms = GREATEST(held_at, now_ms), last_allowed = spent = (take->>'spend')::integer
            WHERE r.bucket = take->>'bucket' AND r.client = take->>'client';
           answers := answers || jsonb_build_array(jsonb_build_object('tokens', refilled - spent, 'spent', spent));
         END LOOP;
         RETURN answers;
       END
       $$`,
    ],
  },
  {
    name: 'sign-ups see whether anyone is waiting',
    statements: [
      // sign_up_read as before, and whether anyone is on the event's waiting list: while someone is,
      // a newcomer joins the list rather than taking a free seat from under them (docs/organiser.md,
      // "The waiting list"). One look in the partial index registration_waiting (migration 3).
      `CREATE OR REPLACE FUNCTION sign_up_read(event_id_ text, email_keys jsonb, idempotency_keys jsonb) RETURNS json
       LANGUAGE plpgsql SET enable_seqscan = off AS $$
       DECLARE
         locked json;
         known json;
       BEGIN
         SELECT row_to_json(e) INTO locked
           FROM (SELECT capacity, taken_elsewhere, waitlist, confirmed FROM event WHERE id = event_id_ FOR UPDATE) e;
         SELECT json_build_object(
                  'event', locked,
                  'waiting', EXISTS (SELECT 1 FROM registration w WHERE w.event_id = event_id_ AND w.status = 'waitlisted'),
                  'existing', (SELECT coalesce(json_agg(json_build_object('email_key', r.email_key, 'id', r.id, 'status', r.status)), '[]'::json)
                                 FROM jsonb_array_elements_text(email_keys) AS asked(email_key),
                                      LATERAL (SELECT x.email_key, x.id, x.status FROM registration x
                                                WHERE x.event_id = event_id_ AND x.email_key = asked.email_key OFFSET 0) r),
                  'keys', (SELECT coalesce(json_agg(json_build_object('key', k.key, 'fingerprint', k.fingerprint, 'status_code', k.status_code, 'body', k.body)), '[]'::json)
                             FROM jsonb_array_elements_text(idempotency_keys) AS asked(key),
                                  LATERAL (SELECT x.key, x.fingerprint, x.status_code, x.body FROM idempotency_key x
                                            WHERE x.event_id = event_id_ AND x.key = asked.key OFFSET 0) k))
           INTO known;
         RETURN known;
       END
       $$`,
    ],
  },
];
