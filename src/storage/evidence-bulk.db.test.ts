// The bulk insert path on every dialect: a batch larger than one SQLite statement's parameter
// budget (6,400 entries, 16,000 nodes) lands whole, in order, with the reference root and nulls kept.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  DIALECTS,
  openMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../test/helpers/db.ts'
import { EMPTY_ROOT } from '../core/evidence/index.ts'
import { naiveRoot } from '../core/evidence/testdata/naive-reference.ts'
import type { Db } from './db.ts'
import { insertEntries } from './evidence-bulk.ts'
import { EvidenceRepository } from './evidence.repository.ts'

const NOW = '2026-03-02T09:00:00.000Z'
const N = 8_500 // > 6,400 entry rows and > 16,000 node rows (about 2 per entry)
const rows = Array.from({ length: N }, (_, i) => ({
  contactId: `ct_${i}`,
  data: `{"n":${i},"备注":"第${i}次催收"}`,
  contentSha256: i % 3 === 0 ? null : (i % 16).toString(16).repeat(64),
}))

for (const dialect of DIALECTS) {
  describe(`${insertEntries.name} (${dialect})`, () => {
    let database: MigratedTestDatabase
    let db: Db
    let repo: EvidenceRepository
    before(async () => {
      database = await openMigratedTestDatabase(dialect)
      db = database.db
      repo = new EvidenceRepository(db.kysely, db.dialect)
      const origin = 'gongdao.test/evidence/org_b'
      await repo.ensureLog({ id: 'org_b', orgId: 'org_b', origin, emptyRoot: EMPTY_ROOT }, NOW)
    })
    after(() => database.close())

    it('should store a batch over one statement size whole, with the reference root', async () => {
      await repo.appendBatch('org_b', rows.slice(0, 3), NOW)
      const res = await repo.appendBatch('org_b', rows.slice(3), NOW)
      assert.deepEqual([res.firstIndex, res.size], [3, N])
      const want = naiveRoot(rows.map((r) => Buffer.from(r.data, 'utf8')))
      assert.equal(res.root.toString('hex'), want.toString('hex'))
      const stored = await repo.listEntries('org_b', 6_398, 4)
      assert.deepEqual(
        stored.map((e) => [e.index, e.contactId, e.data, e.contentSha256, e.appendedAt]),
        [6_398, 6_399, 6_400, 6_401].map((i) => [
          i,
          `ct_${i}`,
          `{"n":${i},"备注":"第${i}次催收"}`,
          i % 3 === 0 ? null : (i % 16).toString(16).repeat(64),
          NOW,
        ]),
      )
      const leaves = await repo.listLeafHashes('org_b', 0, N + 10)
      assert.equal(leaves.length, N)
      const nodes = await db.kysely
        .selectFrom('evidence_nodes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('log_id', '=', 'org_b')
        .executeTakeFirstOrThrow()
      // A tree of N leaves has one stored node per leaf and per completed parent: 2N − popcount(N).
      const popcount = N.toString(2).replaceAll('0', '').length
      assert.equal(Number(nodes.n), 2 * N - popcount)
    })
  })
}
