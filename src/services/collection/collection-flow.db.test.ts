// End to end on a real database: import a CSV portfolio → plan the day → gate → perform through
// the simulated channel → record → a receipt that verifies offline against the content file.
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import {
  DIALECTS,
  openMigratedTestDatabase,
  type MigratedTestDatabase,
} from '../../../test/helpers/db.ts'
import { DEFAULT_STRATEGY } from '../../core/collection/index.ts'
import type { Proposal, Skip } from '../../core/collection/index.ts'
import { parseVerifierKey, verifyReceipt } from '../../core/evidence/index.ts'
import type { AppContext } from '../../server/context.ts'
import { FieldCrypto, masterKeyFromBytes } from '../crypto/index.ts'
import { fixedClock, type Actor } from '../ports.ts'
import type { Db } from '../../storage/db.ts'
import { collectionModule, type CollectionModule } from '../../storage/collection.wiring.ts'
import { FileContentStore } from '../evidence/content-store.ts'
import { importPortfolio } from './import.service.ts'
import { planPortfolio } from './plan.service.ts'

const HEADER =
  '客户号,姓名,身份证号,手机号,手机号来源,借据号,产品,本金（元）,年利率（%）,期数,还款方式,合同日期,已还金额（元）,最近还款日,联系人姓名,联系人手机号,联系人关系'
const GOOD = [
  'C1,张三,11010519491231002X,13800138000,合同约定,L1,消费贷,12000,12,12,等额本金,2025-12-01,,,李四,13900139000,配偶',
  'C2,王芳,110105198001010024,13700137000,预留信息,L2,消费贷,6000,18,6,等额本息,2026-01-20,,,,,',
]

for (const dialect of DIALECTS) {
  describe(`collection flow (${dialect})`, () => {
    let database: MigratedTestDatabase
    let db: Db
    let mod: CollectionModule
    let ctx: AppContext
    let orgId: string
    const crypto = new FieldCrypto(masterKeyFromBytes(Buffer.alloc(32, 0x42)))
    const clock = fixedClock(new Date('2026-03-02T01:00:00.000Z'))
    before(async () => {
      database = await openMigratedTestDatabase(dialect)
      db = database.db
      ctx = {
        db,
        crypto,
        clock,
        config: {
          dataDir: database.dataDir,
          secureCookies: false,
          bodyLimit: 1 << 20,
          loginRateLimit: 10,
        },
      } as unknown as AppContext
      const { IdentityRepository } = await import('../../storage/identity.repository.ts')
      const { IdentityService } = await import('../identity/identity.service.ts')
      const org = await new IdentityService(
        new IdentityRepository(db.kysely),
        clock,
      ).createOrganization({ name: '示范消费金融', kind: 'lender' })
      orgId = org.id
      mod = await collectionModule(ctx)
    })
    after(() => database.close())

    it('should reject a file with bad rows by row and write nothing', async () => {
      const path = join(database.dataDir, 'bad.csv')
      writeFileSync(
        path,
        [
          HEADER,
          GOOD[0],
          'C3,赵六,110105194912310021,12345,通讯录爬取,L3,消费贷,abc,18,6,先息后本,2026-01-20,,,,,',
          GOOD[0].replace('C1,', 'C9,'),
        ].join('\n'),
      )
      const report = await importPortfolio({ store: mod.importStore, crypto, clock }, orgId, path)
      assert.equal(report.imported, false)
      assert.deepEqual(
        report.rejected.map((r) => r.row),
        [3, 4],
      )
      const fields = report.rejected[0].issues.map((i) => i.path[0])
      for (const f of ['id_number', 'phone', 'phone_source', 'principal', 'method']) {
        assert.ok(fields.includes(f), f)
      }
      assert.match(report.rejected[1].issues[0].message, /借据号与第 2 行重复/)
      assert.equal(await mod.repo.countDebtors(orgId), 0)
    })

    it('should import, plan, gate, perform and give a verifiable receipt', async () => {
      const path = join(database.dataDir, 'good.csv')
      writeFileSync(path, [HEADER, ...GOOD].join('\n'))
      const report = await importPortfolio({ store: mod.importStore, crypto, clock }, orgId, path)
      assert.deepEqual(report.rejected, [])
      assert.equal(report.debtors, 2)
      const stored = await mod.repo.listDebtors(orgId, { offset: 0, limit: 10 })
      assert.ok(
        stored.every((d) => !d.name_enc.includes('张三') && !d.id_number_enc.includes('1101')),
      )
      assert.equal(
        (
          await mod.repo.listDebtors(orgId, {
            offset: 0,
            limit: 10,
            lookup: crypto.lookup('id_number', '11010519491231002x'),
          })
        ).length,
        1,
      )

      // C1: first installment due 2026-01-01, unpaid → 60 days past due on 2026-03-02 (agency stage);
      // C2: first installment due 2026-02-20 → 10 days past due (negotiation: SMS day 4,7,10 and a call).
      const planned: Proposal[] = []
      const skipped: Skip[] = []
      const sink = {
        planned: (p: Proposal) => planned.push(p),
        denied: () => assert.fail('denied'),
        review: () => assert.fail('review'),
        skipped: (s: Skip) => skipped.push(s),
      }
      await planPortfolio(
        mod.contacts,
        orgId,
        await mod.repo.loadPortfolio(orgId),
        '2026-03-02',
        () => DEFAULT_STRATEGY,
        sink,
      )
      assert.deepEqual(
        skipped.map((s) => s.reason),
        ['needs_agency_assignment'],
      )
      assert.deepEqual(planned.map((p) => p.contact.channel).sort(), ['call', 'sms'])

      const sms = planned.find((p) => p.contact.channel === 'sms')!
      const ticket = await mod.contacts.gate(orgId, sms.contact, sms.scriptId)
      const result = await mod.contacts.perform(
        orgId,
        ticket.id,
        '【示范消费金融】尊敬的王女士，您的借款已逾期10天。',
      )
      const receipt = await mod.evidence.receipt(orgId, result.performed.evidenceIndex)
      const file = new FileContentStore(join(database.dataDir, 'content')).pathOf(
        result.performed.contentSha256!,
      )
      const check = verifyReceipt(JSON.parse(JSON.stringify(receipt)), {
        logKey: parseVerifierKey(mod.evidence.verifierKey),
        content: readFileSync(file),
      })
      assert.ok(check.ok, check.ok ? '' : check.error.message)
      const timeline = await mod.repo.listPerformed(orgId, sms.contact.debtor_id)
      assert.equal(timeline[0].ticketId, ticket.id)
      assert.equal(JSON.stringify(timeline[0].entry).includes('13700137000'), false)
      await assert.rejects(mod.contacts.perform(orgId, 'no-such-ticket', 'x'), {
        code: 'CONTACT_NOT_GATED',
      })
      const actor: Actor = { userId: 'u', orgId, orgKind: 'lender', roles: ['collector'] }
      assert.equal(actor.orgId, orgId)
    })
  })
}
