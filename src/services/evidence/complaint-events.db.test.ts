// Complaint-desk events in the evidence log on a real database: appended beside contacts in one
// atomic batch, found by complaint, and given receipts that verify offline against their texts.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import {
  DIALECTS,
  openMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../../test/helpers/db.ts'
import {
  parseVerifierKey,
  verifyReceipt,
  type ComplaintEventEntryV1,
} from '../../core/evidence/index.ts'
import { VALID_ENTRY } from '../../core/evidence/testdata/sample-entry.ts'
import { VALID_EVENT } from '../../core/evidence/testdata/sample-event.ts'
import type { Db } from '../../storage/db.ts'
import { EvidenceRepository } from '../../storage/evidence.repository.ts'
import { fixedClock } from '../ports.ts'
import { auditLog } from './audit.ts'
import { FileContentStore } from './content-store.ts'
import { EvidenceService } from './evidence.service.ts'
import { loadOrCreateSigner } from './keys.ts'

const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex')
const REASON = '经核实，催收员于22:14致电借款人同事，投诉属实。'
const SCREENSHOT = Buffer.from('截图：通话记录 22:14')
const event = (i: number, type: ComplaintEventEntryV1['event_type']): ComplaintEventEntryV1 => ({
  ...VALID_EVENT,
  event_id: `ev_${i}`,
  event_type: type,
  body_sha256: sha(REASON),
  evidence_sha256: [sha(SCREENSHOT)],
})

for (const dialect of DIALECTS) {
  describe(`${EvidenceService.name} complaint events (${dialect})`, () => {
    let database: MigratedTestDatabase
    let db: Db
    let svc: EvidenceService
    before(async () => {
      database = await openMigratedTestDatabase(dialect)
      db = database.db
      const signer = await loadOrCreateSigner(
        join(database.dataDir, 'keys'),
        'log',
        'gongdao.test/evidence',
      )
      svc = new EvidenceService(
        new EvidenceRepository(db.kysely, db.dialect),
        new FileContentStore(join(database.dataDir, 'content')),
        { originBase: 'gongdao.test/evidence', signer, clock: fixedClock(new Date()) },
      )
    })
    after(() => database.close())

    it('should append events beside contacts and find them by complaint', async () => {
      const indices = await svc.append('org_p', [
        event(1, 'filed'),
        VALID_ENTRY,
        event(2, 'assigned'),
        event(3, 'decided'),
      ])
      assert.deepEqual(indices, [0, 1, 2, 3])
      const found = await svc.findByComplaint('org_p', 'cmp_2026_0042')
      assert.deepEqual(
        found.map((f) => [f.index, (f.entry as ComplaintEventEntryV1).event_id]),
        [
          [0, 'ev_1'],
          [2, 'ev_2'],
          [3, 'ev_3'],
        ],
      )
      assert.deepEqual((await svc.entry('org_p', 3)).entry, event(3, 'decided'))
      const audit = await auditLog(
        new EvidenceRepository(db.kysely, db.dialect),
        'org_p',
        parseVerifierKey(svc.verifierKey),
      )
      assert.deepEqual([audit.ok, audit.entriesChecked], [true, 4])
    })

    it('should store the screenshot and give a receipt that verifies against it offline', async () => {
      const out = await svc.appendItems('org_p', [
        { entry: event(4, 'appealed'), content: SCREENSHOT },
      ])
      const receipt = JSON.parse(JSON.stringify(await svc.receipt('org_p', out.indices[0])))
      const logKey = parseVerifierKey(svc.verifierKey)
      for (const content of [SCREENSHOT, Buffer.from(REASON)]) {
        const res = verifyReceipt(receipt, { logKey, content })
        assert.ok(res.ok, res.ok ? '' : res.error.message)
      }
      const forged = verifyReceipt(receipt, { logKey, content: Buffer.from('截图：伪造') })
      assert.equal(!forged.ok && forged.error.part, 'content')
    })

    it('should refuse a batch holding one bad event and write nothing', async () => {
      const size = (await svc.checkpoint('org_p')).size
      await assert.rejects(
        svc.appendItems('org_p', [
          { entry: event(5, 'published') },
          { entry: { ...event(6, 'withdrawn'), actor: '13812345678' } },
        ]),
        (e: Error & { details?: { path: unknown[] }[] }) => {
          assert.deepEqual(e.details?.[0]?.path, ['items', 1, 'entry', 'actor'])
          return true
        },
      )
      await assert.rejects(
        svc.appendItems('org_p', [{ entry: event(7, 'closed'), content: Buffer.from('别的文件') }]),
        /does not match evidence_sha256/,
      )
      assert.equal((await svc.checkpoint('org_p')).size, size)
    })
  })
}
