// The evidence store's contract on every dialect: atomic batches, O(log n) proofs that verify,
// append-only tables, one writer per log under concurrency.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import {
  DIALECTS,
  openMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../test/helpers/db.ts'
import {
  EMPTY_ROOT,
  assembleProof,
  hashLeaf,
  inclusionPlan,
  consistencyPlan,
  nodeKey,
  planNodes,
  verifyConsistency,
  verifyInclusion,
} from '../core/evidence/index.ts'
import { naiveRoot } from '../core/evidence/testdata/naive-reference.ts'
import type { Db } from './db.ts'
import { EvidenceRepository, nodesQuery } from './evidence.repository.ts'

const NOW = '2026-03-02T09:00:00.000Z'
const rows = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    contactId: `ct_${from + i}`,
    data: `{"n":${from + i},"备注":"催收"}`,
    contentSha256: null,
  }))

for (const dialect of DIALECTS) {
  describe(`${EvidenceRepository.name} (${dialect})`, () => {
    let database: MigratedTestDatabase
    let db: Db
    let repo: EvidenceRepository
    before(async () => {
      database = await openMigratedTestDatabase(dialect)
      db = database.db
      repo = new EvidenceRepository(db.kysely, db.dialect)
      await repo.ensureLog(
        {
          id: 'org_a',
          orgId: 'org_a',
          origin: 'gongdao.test/evidence/org_a',
          emptyRoot: EMPTY_ROOT,
        },
        NOW,
      )
    })
    after(() => database.close())

    it('should append batches whose roots match the naive reference and whose proofs verify', async () => {
      const a = await repo.appendBatch('org_a', rows(0, 1), NOW)
      const b = await repo.appendBatch('org_a', rows(1, 36), NOW)
      assert.deepEqual([a.firstIndex, a.size, b.firstIndex, b.size], [0, 1, 1, 37])
      const leaves = rows(0, 37).map((r) => Buffer.from(r.data))
      assert.equal(b.root.toString('hex'), naiveRoot(leaves).toString('hex'))
      for (const [index, size] of [
        [0, 37],
        [36, 37],
        [20, 33],
        [5, 6],
      ] as const) {
        const plan = inclusionPlan(index, size)
        const nodes = await repo.getNodes('org_a', planNodes(plan))
        assert.ok(nodes.size <= 2 * Math.ceil(Math.log2(size)) + 2, `read ${nodes.size} nodes`)
        const proof = assembleProof(plan, (n) => nodes.get(nodeKey(n))!)
        assert.ok(
          verifyInclusion(
            index,
            size,
            hashLeaf(leaves[index]),
            proof,
            naiveRoot(leaves.slice(0, size)),
          ).ok,
        )
      }
      const plan = consistencyPlan(13, 37)
      const nodes = await repo.getNodes('org_a', planNodes(plan))
      const proof = assembleProof(plan, (n) => nodes.get(nodeKey(n))!)
      assert.ok(verifyConsistency(13, 37, naiveRoot(leaves.slice(0, 13)), b.root, proof).ok)
    })

    it('should read proof nodes by primary key, never by scanning the log', async () => {
      const q = nodesQuery(db.kysely, 'org_a', [
        { level: 0, index: 5 },
        { level: 3, index: 1 },
      ]).compile()
      const explain = dialect === 'sqlite' ? 'explain query plan ' : 'explain '
      const plan = await db.kysely.executeQuery({ ...q, sql: explain + q.sql })
      const text = JSON.stringify(plan.rows)
      if (dialect === 'sqlite') assert.doesNotMatch(text, /SCAN|USING PRIMARY KEY \(log_id=\?\)/)
      assert.match(text, /evidence_nodes_pk|PRIMARY KEY/)
    })

    it('should append all of a batch or none when one row fails', async () => {
      const before = await repo.getLog('org_a')
      const bad = [
        ...rows(100, 3000),
        { contactId: null as unknown as string, data: '{}', contentSha256: null },
      ]
      await assert.rejects(repo.appendBatch('org_a', bad, NOW))
      const afterLog = await repo.getLog('org_a')
      assert.equal(afterLog!.size, before!.size)
      assert.equal((await repo.listEntries('org_a', 0, 10_000)).length, before!.size)
      assert.equal((await repo.listLeafHashes('org_a', 0, 10_000)).length, before!.size)
    })

    it('should refuse updates and deletes of entries and nodes', async () => {
      await assert.rejects(
        sql`update evidence_entries set data = '{}' where idx = 0`.execute(db.kysely),
        /append-only/,
      )
      await assert.rejects(
        sql`delete from evidence_nodes where idx = 0`.execute(db.kysely),
        /append-only/,
      )
    })

    it('should serialise concurrent batches into one consistent log', async () => {
      const start = (await repo.getLog('org_a'))!.size
      const results = await Promise.all(
        [0, 1, 2, 3, 4].map((k) => repo.appendBatch('org_a', rows(1000 + k * 10, 10), NOW)),
      )
      const firsts = results.map((r) => r.firstIndex).sort((x, y) => x - y)
      assert.deepEqual(
        firsts,
        [0, 1, 2, 3, 4].map((k) => start + k * 10),
      )
      const all = await repo.listEntries('org_a', 0, 10_000)
      assert.equal(all.length, start + 50)
      const root = naiveRoot(all.map((e) => Buffer.from(e.data)))
      assert.equal((await repo.getLog('org_a'))!.root.toString('hex'), root.toString('hex'))
    })
  })
}
