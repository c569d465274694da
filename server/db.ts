import { mkdirSync } from 'node:fs';
import { lockDataFolder } from './data-lock.js';
import { MIGRATIONS } from './migrations.js';

/** Parameterised SQL, the only way the server talks to its database: `$1`, `$2`… and a values array. */
export interface Sql {
  query<Row extends object>(text: string, values?: unknown[]): Promise<Row[]>;
}

/** One database, embedded or real, behind the same SQL. */
export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /**
   * For writes whose loss in a crash of the database costs nothing (rate limits): on PostgreSQL they
   * are answered before they reach the disk (`synchronous_commit = off`), which makes them cheap.
   */
  readonly ephemeral: Sql;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens the database the configuration names and brings its schema up to date:
 * PostgreSQL at `databaseUrl`, or else PGlite (PostgreSQL compiled to WebAssembly) in `dataDir`.
 * The drivers load only when used, so a server on PostgreSQL never loads PGlite.
 */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  const database = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  let unlock = () => {};
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataFolder(dataDir);
  }
  let db;
  try {
    db = await PGlite.create(dataDir);
  } catch (error) {
    unlock();
    throw error;
  }
  // PGlite is one connection: its transaction() queues the others, which is what keeps counts exact.
  const query: Sql['query'] = async (text, values) => (await db.query(text, values)).rows as never;
  return {
    kind: 'pglite',
    query,
    ephemeral: { query },
    transaction: (work) => db.transaction((tx) => work({ query: async (text, values) => (await tx.query(text, values)).rows as never })),
    close: async () => {
      try {
        if (!db.closed) await db.close();
      } finally {
        unlock();
      }
    },
  };
}

async function openPostgres(connectionString: string): Promise<Database> {
  const { default: pg } = await import('pg');
  // A database that stops answering fails a request in seconds, rather than holding it until the client gives up.
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle connection the server drops must not take the process down with it.
  pool.on('error', (error) => console.error(`database: ${error.message}`));
  await pool.query('SELECT 1');
  const unflushed = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: 5_000, options: '-c synchronous_commit=off' });
  unflushed.on('error', (error) => console.error(`database: ${error.message}`));
  return {
    kind: 'postgres',
    query: async (text, values) => (await pool.query(text, values)).rows,
    ephemeral: { query: async (text, values) => (await unflushed.query(text, values)).rows },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: async (text, values) => (await client.query(text, values)).rows });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: async () => {
      await Promise.all([pool.end(), unflushed.end()]);
    },
  };
}

/**
 * Applies the migrations not yet applied, each in its own transaction, in order. An advisory
 * lock keeps two servers starting at once on one PostgreSQL from applying the same one twice.
 */
export async function migrate(database: Database): Promise<void> {
  // Under the lock too: two servers creating the same table at once can both fail on PostgreSQL.
  await database.transaction(async (sql) => {
    await sql.query('SELECT pg_advisory_xact_lock(7262017)');
    await sql.query(`CREATE TABLE IF NOT EXISTS schema_migration (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  });
  for (const [index, migration] of MIGRATIONS.entries()) {
    const version = index + 1;
    await database.transaction(async (sql) => {
      await sql.query('SELECT pg_advisory_xact_lock(7262017)');
      const done = await sql.query('SELECT 1 FROM schema_migration WHERE version = $1', [version]);
      if (done.length) return;
      for (const statement of migration.statements) await sql.query(statement);
      await sql.query('INSERT INTO schema_migration (version, name) VALUES ($1, $2)', [version, migration.name]);
    });
  }
}
