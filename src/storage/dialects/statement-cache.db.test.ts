// The SQLite prepared-statement cache: one statement per SQL text reused with new parameters,
// least-recently-used eviction, a fresh statement while the cached one still iterates, nothing
// kept after close; and, on every dialect, repeated queries through Kysely answer their own rows.
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import SQLite from 'better-sqlite3'
import {
  DIALECTS,
  openMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../../test/helpers/db.ts'
import { openDatabase, type Db } from '../db.ts'
import { StatementCache } from './statement-cache.ts'

const INSERT = 'insert into t (id, name) values (?, ?)'
const BY_ID = 'select name from t where id = ?'

function freshDatabase(): { database: SQLite.Database; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'gongdao-stmt-'))
  const database = new SQLite(join(dir, 'cache.sqlite'))
  database.exec('create table t (id integer primary key, name text not null)')
  return {
    database,
    done: () => {
      if (database.open) database.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

describe(StatementCache.name, () => {
  it('should reuse one statement per SQL text and bind each call its own parameters', () => {
    const { database, done } = freshDatabase()
    const cache = new StatementCache(database)
    const rows: [number, string][] = [
      [1, '张三'],
      [2, '李四'],
      [3, '王五'],
    ]
    for (const r of rows) cache.prepare(INSERT).run(r)
    for (const [id, name] of rows) assert.deepEqual(cache.prepare(BY_ID).all([id]), [{ name }])
    assert.deepEqual(cache.prepare(BY_ID).all([4]), [])
    assert.equal(cache.prepare(INSERT), cache.prepare(INSERT))
    // 3 inserts + 4 selects + 2 more prepares of INSERT: two misses, the other 8 hits.
    assert.deepEqual([cache.size, cache.hits], [2, 9 - 2])
    done()
  })

  it('should evict the least recently used statement beyond its capacity', () => {
    const { database, done } = freshDatabase()
    const cache = new StatementCache(database, 2)
    const sqls = ['select 1 as n', 'select 2 as n', 'select 3 as n']
    const a = cache.prepare(sqls[0])
    const b = cache.prepare(sqls[1])
    assert.equal(cache.prepare(sqls[0]), a) // a is now the most recent: b goes next
    cache.prepare(sqls[2])
    assert.equal(cache.size, 2)
    assert.equal(cache.prepare(sqls[0]), a)
    assert.notEqual(cache.prepare(sqls[1]), b)
    assert.deepEqual(cache.prepare(sqls[1]).all([]), [{ n: 2 }])
    done()
  })

  it('should answer a fresh statement while the cached one is still being iterated', () => {
    const { database, done } = freshDatabase()
    const cache = new StatementCache(database)
    for (const r of [
      [1, '赵六'],
      [2, '钱七'],
    ]) {
      cache.prepare(INSERT).run(r)
    }
    const all = 'select id, name from t order by id'
    const cached = cache.prepare(all)
    const it = cached.iterate([])
    assert.deepEqual(it.next().value, { id: 1, name: '赵六' })
    const other = cache.prepare(all)
    assert.notEqual(other, cached)
    assert.deepEqual(other.all([]), [
      { id: 1, name: '赵六' },
      { id: 2, name: '钱七' },
    ])
    assert.deepEqual(it.next().value, { id: 2, name: '钱七' })
    assert.equal(it.next().done, true)
    assert.equal(cache.prepare(all), cached) // iteration over: the cached one serves again
    done()
  })

  it('should keep serving a statement after one of its runs failed', () => {
    const { database, done } = freshDatabase()
    const cache = new StatementCache(database)
    cache.prepare(INSERT).run([1, '孙八'])
    assert.throws(() => cache.prepare(INSERT).run([1, '重复']), /UNIQUE|PRIMARY KEY/)
    cache.prepare(INSERT).run([2, '周九'])
    assert.deepEqual(cache.prepare(BY_ID).all([2]), [{ name: '周九' }])
    done()
  })

  it('should not cache a statement text longer than 8,192 characters', () => {
    const { database, done } = freshDatabase()
    const cache = new StatementCache(database)
    const long = `select 1 as n where 1 in (${Array.from({ length: 5_000 }, () => '1').join(',')})`
    assert.ok(long.length > 8_192)
    assert.notEqual(cache.prepare(long), cache.prepare(long))
    assert.equal(cache.size, 0)
    done()
  })

  it('should drop its statements and close the database on close', () => {
    const { database, done } = freshDatabase()
    const cache = new StatementCache(database)
    cache.prepare(BY_ID).all([1])
    cache.close()
    assert.deepEqual([cache.size, database.open], [0, false])
    done()
  })

  for (const capacity of [0, -1, 1.5]) {
    it(`should refuse a capacity of ${capacity}`, () => {
      const { database, done } = freshDatabase()
      assert.throws(() => new StatementCache(database, capacity), /positive integer/)
      done()
    })
  }
})

for (const dialect of DIALECTS) {
  describe(`${openDatabase.name} with cached statements (${dialect})`, () => {
    let database: MigratedTestDatabase
    let db: Db
    before(async () => {
      database = await openMigratedTestDatabase(dialect)
      db = database.db
    })
    after(() => database.close())

    it('should answer each repeated query with the rows of its own parameters', async () => {
      const orgs = [
        ['org_a', '恒小花'],
        ['org_b', '拍拍贷'],
        ['org_c', '分期乐'],
      ] as const
      for (const [id, name] of orgs) {
        await db.kysely
          .insertInto('organizations')
          .values({
            id,
            name,
            kind: 'lender',
            settings: '{}',
            created_at: '2026-03-02T09:00:00.000Z',
          })
          .execute()
      }
      for (const [id, name] of [...orgs].reverse()) {
        const r = await db.kysely
          .selectFrom('organizations')
          .select('name')
          .where('id', '=', id)
          .execute()
        assert.deepEqual(r, [{ name }])
      }
    })

    it('should reuse statements inside a rolled-back transaction without keeping its writes', async () => {
      await assert.rejects(
        db.kysely.transaction().execute(async (trx) => {
          await trx
            .insertInto('organizations')
            .values({
              id: 'org_d',
              name: '美团借钱',
              kind: 'lender',
              settings: '{}',
              created_at: '2026-03-02',
            })
            .execute()
          throw new Error('回滚')
        }),
        /回滚/,
      )
      const r = await db.kysely
        .selectFrom('organizations')
        .select('name')
        .where('id', '=', 'org_d')
        .execute()
      assert.deepEqual(r, [])
    })
  })
}
