/**
 * @module dialects: everything that differs between SQLite and PostgreSQL lives here.
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import {
  PostgresDialect,
  SqliteDialect,
  sql,
  type ColumnDataType,
  type Dialect,
  type Kysely,
} from 'kysely'
import { StatementCache } from './statement-cache.ts'

/** The two supported SQL dialects. */
export type DialectName = 'sqlite' | 'postgres'

/** A connection target parsed from `GONGDAO_DB`: a `postgres://` URL or a SQLite file path. */
export interface DatabaseTarget {
  readonly dialect: DialectName
  readonly url: string
}

/** Parses `GONGDAO_DB`: `postgres://…`/`postgresql://…` selects PostgreSQL, anything else is a SQLite path. */
export function parseDatabaseTarget(value: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(value)) return { dialect: 'postgres', url: value }
  return { dialect: 'sqlite', url: value.replace(/^sqlite:(\/\/)?/, '') }
}

/** WAL pages after which a commit copies the WAL back into the database file. */
const WAL_AUTOCHECKPOINT_PAGES = 8_000

/**
 * Builds the Kysely dialect for a target; SQLite files get WAL, a busy timeout and a
 * prepared-statement cache (statement-cache.ts).
 */
export function createDialect(target: DatabaseTarget): Dialect {
  if (target.dialect === 'postgres') {
    // Keep BIGINT (int8) as a JS string-free number only where safe: we parse int8 to number
    // for counts, and use text for identifiers and sizes that may exceed 2^53.
    pg.types.setTypeParser(20, (v) => Number(v))
    return new PostgresDialect({ pool: new pg.Pool({ connectionString: target.url, max: 10 }) })
  }
  if (target.url !== ':memory:') mkdirSync(dirname(target.url), { recursive: true })
  const database = new SQLite(target.url)
  database.pragma('journal_mode = WAL')
  // NORMAL in WAL mode survives a process crash (kill -9); only an OS crash may lose the last
  // transactions. Evidence appends that must survive power loss set FULL per connection.
  database.pragma('synchronous = NORMAL')
  database.pragma('foreign_keys = ON')
  database.pragma('busy_timeout = 5000')
  // Checkpoint every 8,000 WAL pages (~32 MB) instead of 1,000: the hot pages (index roots, the
  // evidence log's head) are copied once per checkpoint, so fewer, larger checkpoints halve the
  // desk intake's commit time and its p99 (bench/desk-intake.bench.ts). Durability is unchanged.
  database.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`)
  return new SqliteDialect({ database: new StatementCache(database) })
}

/** Column types that differ by dialect, for migrations. */
export interface ColumnTypes {
  /** JSON documents: `jsonb` on PostgreSQL, `text` on SQLite. */
  readonly json: ColumnDataType
  /** Raw bytes: `bytea` / `blob`. */
  readonly bytes: ColumnDataType
  /** Timestamps: stored as ISO-8601 UTC text on both, so ordering and comparison agree. */
  readonly timestamp: ColumnDataType
  /** 64-bit integers. */
  readonly bigint: ColumnDataType
}

/** Returns the column types for a dialect. */
export function columnTypes(dialect: DialectName): ColumnTypes {
  return dialect === 'postgres'
    ? { json: 'jsonb', bytes: 'bytea', timestamp: 'text', bigint: 'bigint' }
    : { json: 'text', bytes: 'blob', timestamp: 'text', bigint: 'integer' }
}

/** Encodes an object or array for a `json` column (text on SQLite, cast to jsonb by PostgreSQL). */
export function toJsonColumn(value: object): string {
  return JSON.stringify(value)
}

/** Decodes a `json` column value read back from either dialect (text or an already parsed value). */
export function fromJsonColumn<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T
}

/**
 * Runs `fn` holding an exclusive per-key writer lock inside a transaction: a PostgreSQL
 * transaction-scoped advisory lock, or SQLite's single writer (BEGIN IMMEDIATE semantics are
 * given by Kysely's transaction on one connection).
 */
export async function withWriterLock<DB, T>(
  db: Kysely<DB>,
  dialect: DialectName,
  key: string,
  fn: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    if (dialect === 'postgres') {
      await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx)
    }
    return fn(trx)
  })
}
