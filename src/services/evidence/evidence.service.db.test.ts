// The evidence service on a real database: appends with content, receipts that verify offline,
// witness cosigning after a consistency check, audits that find tampering, key files.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import {
  DIALECTS,
  openMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../../test/helpers/db.ts'
import {
  parseVerifierKey,
  verifyConsistency,
  verifyReceipt,
  formatVerifierKey,
} from '../../core/evidence/index.ts'
import { VALID_ENTRY } from '../../core/evidence/testdata/sample-entry.ts'
import type { Db } from '../../storage/db.ts'
import { EvidenceRepository } from '../../storage/evidence.repository.ts'
import { fixedClock } from '../ports.ts'
import { auditLog } from './audit.ts'
import { FileContentStore } from './content-store.ts'
import { EvidenceService } from './evidence.service.ts'
import { loadOrCreateSigner, publishedVerifierKeys, rotateSigner } from './keys.ts'
import { WitnessService } from './witness.service.ts'

const clock = fixedClock(new Date('2026-03-02T09:00:00.000Z'))
const recording = (i: number) => Buffer.from(`录音 ${i}：您好，请按时还款。`)
const item = (i: number) => ({
  entry: {
    ...VALID_ENTRY,
    contact_id: `ct_${i}`,
    content_sha256: createHash('sha256').update(recording(i)).digest('hex'),
  },
  content: recording(i),
})

for (const dialect of DIALECTS) {
  describe(`${EvidenceService.name} (${dialect})`, () => {
    let database: MigratedTestDatabase
    let db: Db
    let repo: EvidenceRepository
    let svc: EvidenceService
    let witness: WitnessService
    let witnessKey: string
    before(async () => {
      database = await openMigratedTestDatabase(dialect)
      db = database.db
      repo = new EvidenceRepository(db.kysely, db.dialect)
      const keys = join(database.dataDir, 'keys', 'evidence')
      const signer = await loadOrCreateSigner(keys, 'log', 'gongdao.test/evidence')
      const wsigner = await loadOrCreateSigner(
        join(database.dataDir, 'witness-keys'),
        'witness',
        'mediator.test/w1',
      )
      witnessKey = formatVerifierKey(wsigner)
      const content = new FileContentStore(join(database.dataDir, 'content'))
      svc = new EvidenceService(repo, content, {
        originBase: 'gongdao.test/evidence',
        signer,
        witnessKeys: [parseVerifierKey(witnessKey)],
        clock,
      })
      witness = new WitnessService(repo, wsigner, clock)
    })
    after(() => database.close())

    it('should append with content and give a receipt that verifies offline against the content', async () => {
      const out = await svc.appendItems('org_a', [0, 1, 2, 3, 4].map(item))
      assert.deepEqual(out.indices, [0, 1, 2, 3, 4])
      const receipt = await svc.receipt('org_a', 3)
      const res = verifyReceipt(JSON.parse(JSON.stringify(receipt)), {
        logKey: parseVerifierKey(svc.verifierKey),
        content: recording(3),
      })
      assert.ok(res.ok, res.ok ? '' : res.error.message)
      const wrong = verifyReceipt(receipt, {
        logKey: parseVerifierKey(svc.verifierKey),
        content: recording(2),
      })
      assert.equal(!wrong.ok && wrong.error.part, 'content')
    })

    it('should refuse a batch with one bad entry and write nothing', async () => {
      const size = (await svc.checkpoint('org_a')).size
      const bad = { entry: { ...VALID_ENTRY, debtor: '王五' } }
      await assert.rejects(
        svc.appendItems('org_a', [item(10), bad]),
        (e: Error & { details?: { path: unknown[] }[] }) => {
          assert.deepEqual(e.details?.[0]?.path, ['items', 1, 'entry', 'debtor'])
          return true
        },
      )
      await assert.rejects(
        svc.appendItems('org_a', [{ ...item(11), content: Buffer.from('伪造') }]),
        /does not match/,
      )
      assert.equal((await svc.checkpoint('org_a')).size, size)
    })

    it('should serve consistency proofs between checkpoints', async () => {
      const first = await svc.checkpoint('org_a')
      await svc.appendItems('org_a', [5, 6, 7].map(item))
      const second = await svc.checkpoint('org_a')
      const proof = (await svc.consistencyProof('org_a', first.size, second.size)).map((p) =>
        Buffer.from(p, 'base64'),
      )
      assert.ok(verifyConsistency(first.size, second.size, first.root, second.root, proof).ok)
      await assert.rejects(svc.consistencyProof('org_a', 0, second.size), {
        code: 'VALIDATION_FAILED',
      })
      await assert.rejects(svc.consistencyProof('org_a', 2, second.size + 1), {
        code: 'VALIDATION_FAILED',
      })
    })

    it('should let a witness cosign only consistent checkpoints and put its cosignature in receipts', async () => {
      const logKey = parseVerifierKey(svc.verifierKey)
      const cp1 = await svc.checkpoint('org_a')
      const line1 = await witness.cosign(cp1.note, logKey, [])
      await svc.addCosignature('org_a', cp1.size, line1)
      await svc.appendItems('org_a', [8, 9].map(item))
      const cp2 = await svc.checkpoint('org_a')
      await assert.rejects(witness.cosign(cp2.note, logKey, []), /not consistent/)
      const proof = await svc.consistencyProof('org_a', cp1.size, cp2.size)
      await svc.addCosignature('org_a', cp2.size, await witness.cosign(cp2.note, logKey, proof))
      await assert.rejects(svc.addCosignature('org_a', cp2.size, line1), /does not verify/)
      const receipt = await svc.receipt('org_a', 9)
      const res = verifyReceipt(receipt, { logKey, witnessKeys: [parseVerifierKey(witnessKey)] })
      assert.ok(res.ok, res.ok ? '' : res.error.message)
    })

    it('should audit a clean log, then report the first edited entry', async () => {
      const logKey = parseVerifierKey(svc.verifierKey)
      const clean = await auditLog(repo, 'org_a', logKey)
      assert.ok(clean.ok, JSON.stringify(clean.problem))
      assert.equal(clean.entriesChecked, 10)
      if (dialect === 'sqlite') {
        await sql`drop trigger evidence_entries_no_update`.execute(db.kysely)
      } else await sql`alter table evidence_entries disable trigger user`.execute(db.kysely)
      await sql`update evidence_entries set data = replace(data, 'connected', 'refused') where idx = 6`.execute(
        db.kysely,
      )
      const report = await auditLog(repo, 'org_a', logKey)
      assert.equal(report.ok, false)
      assert.equal(report.problem?.index, 6)
    })

    it('should keep key files private and publish retired keys after rotation', async () => {
      const dir = join(database.dataDir, 'keys', 'evidence')
      assert.equal(statSync(join(dir, 'log.key')).mode & 0o777, 0o600)
      const before = readFileSync(join(dir, 'log.pub'), 'utf8').trim()
      const rotated = await rotateSigner(dir, 'log', 'gongdao.test/evidence')
      const published = await publishedVerifierKeys(dir, 'log')
      assert.deepEqual(published, [formatVerifierKey(rotated), before])
    })
  })
}
