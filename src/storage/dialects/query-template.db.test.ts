// Compiled-once queries: the same SQL text with each call's parameters, on every dialect; a name
// that is never bound, or a value the SQL would inline, is refused when the template is made.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import {
  DIALECTS,
  openMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../../test/helpers/db.ts'
import type { Db } from '../db.ts'
import { queryTemplate } from './query-template.ts'

const ORGS = [
  ['org_a', '恒小花', 'lender'],
  ['org_b', '拍拍贷', 'lender'],
  ['org_c', '基准投诉平台', 'platform'],
] as const

for (const dialect of DIALECTS) {
  describe(`${queryTemplate.name} (${dialect})`, () => {
    let database: MigratedTestDatabase
    let db: Db
    before(async () => {
      database = await openMigratedTestDatabase(dialect)
      db = database.db
    })
    after(() => database.close())

    it('should insert and select with each call its own parameters and one SQL text', async () => {
      const insert = queryTemplate(['id', 'name', 'kind'], (p) =>
        db.kysely.insertInto('organizations').values({
          id: p.id,
          name: p.name,
          kind: p.kind,
          settings: '{}',
          created_at: '2026-03-02',
        }),
      )
      const byKind = queryTemplate(['kind', 'limit'], (p) =>
        db.kysely
          .selectFrom('organizations')
          .select(['id', 'name'])
          .where('kind', '=', p.kind)
          .orderBy('id')
          .limit(p.limit as unknown as number),
      )
      for (const [id, name, kind] of ORGS) {
        const r = await db.kysely.executeQuery(insert({ id, name, kind }))
        assert.equal(Number(r.numAffectedRows), 1)
      }
      const lenders = byKind({ kind: 'lender', limit: 5 })
      const one = byKind({ kind: 'lender', limit: 1 })
      assert.equal(lenders.sql, one.sql)
      assert.deepEqual((await db.kysely.executeQuery(lenders)).rows, [
        { id: 'org_a', name: '恒小花' },
        { id: 'org_b', name: '拍拍贷' },
      ])
      assert.deepEqual((await db.kysely.executeQuery(one)).rows, [{ id: 'org_a', name: '恒小花' }])
      assert.deepEqual(
        (await db.kysely.executeQuery(byKind({ kind: 'platform', limit: 5 }))).rows,
        [{ id: 'org_c', name: '基准投诉平台' }],
      )
    })

    it('should refuse a parameter name that the query never binds', () => {
      assert.throws(
        () =>
          queryTemplate(['kind', 'unused'], (p) =>
            db.kysely.selectFrom('organizations').select('id').where('kind', '=', p.kind),
          ),
        /unused is not bound/,
      )
    })

    it('should refuse a value the SQL would inline (it could not be replaced later)', () => {
      assert.throws(
        () =>
          queryTemplate(['kind'], (p) =>
            db.kysely
              .selectFrom('organizations')
              .select('id')
              .where('kind', '=', sql.lit(p.kind))
              .where('name', '=', p.kind),
          ),
        /inlined/,
      )
    })
  })
}
