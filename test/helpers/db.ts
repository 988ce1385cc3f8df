/**
 * Test databases: a fresh SQLite file per call, and a fresh PostgreSQL database per call when
 * `GONGDAO_TEST_PG` names a server (CI sets it and `GONGDAO_REQUIRE_PG=1`, which turns a missing
 * server into a failure). Loop contract suites over `DIALECTS`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { DialectName } from '../../src/storage/dialects/index.ts'
import { migrateToLatest, openDatabase, type Db } from '../../src/storage/db.ts'

/** The PostgreSQL server URL for tests, if any. */
export const PG_URL = process.env.GONGDAO_TEST_PG

if (!PG_URL && process.env.GONGDAO_REQUIRE_PG === '1') {
  throw new Error(
    'GONGDAO_REQUIRE_PG=1 but GONGDAO_TEST_PG is not set: PostgreSQL tests cannot run',
  )
}

/** The dialects to run contract suites on: SQLite always, PostgreSQL when a server is given. */
export const DIALECTS: readonly DialectName[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite']

/** A fresh, empty database of a dialect: its `GONGDAO_DB` value and a cleanup function. */
export interface TestDatabase {
  readonly dialect: DialectName
  readonly url: string
  readonly dataDir: string
  drop(): Promise<void>
}

/** Creates a fresh, empty database (a temp SQLite file, or a new PostgreSQL database). */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongdao-test-'))
  if (dialect === 'sqlite') {
    return {
      dialect,
      url: join(dataDir, 'test.sqlite'),
      dataDir,
      drop: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
    }
  }
  if (!PG_URL) throw new Error('no PostgreSQL server for tests (set GONGDAO_TEST_PG)')
  const name = `gd_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(PG_URL)
  url.pathname = `/${name}`
  return {
    dialect,
    url: url.toString(),
    dataDir,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL })
      await c.connect()
      await c.query(`drop database if exists ${name} with (force)`)
      await c.end()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A fresh database of a dialect, opened and migrated: the database, its handle, what migrated. */
export interface MigratedTestDatabase extends TestDatabase {
  readonly db: Db
  /** The migrations applied, in order (all of them: the database was empty). */
  readonly migrations: readonly string[]
  /** Closes the handle and drops the database. */
  close(): Promise<void>
}

/** Creates a fresh database of a dialect, opens it and migrates it to the latest schema. */
export async function openMigratedTestDatabase(
  dialect: DialectName,
): Promise<MigratedTestDatabase> {
  const database = await createTestDatabase(dialect)
  const db = openDatabase(database.url)
  const close = async () => {
    await db.close()
    await database.drop()
  }
  try {
    return { ...database, db, migrations: await migrateToLatest(db), close }
  } catch (error) {
    await close()
    throw error
  }
}
