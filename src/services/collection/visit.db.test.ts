// Field visits on a real database (both dialects): two distinct qualified collectors, gated like
// any contact, an evidence entry over the report bundle (with the photos' hashes) that verifies
// offline, and the visit on the debtor's timeline; every refusal names its reason.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { DIALECTS } from '../../../test/helpers/db.ts'
import { parseVerifierKey, verifyReceipt } from '../../core/evidence/index.ts'
import { FileContentStore } from '../evidence/content-store.ts'
import { collectionTestEnv } from './db-testing.ts'
import type { CollectionTestEnv } from './db-testing.ts'
import { recordVisit } from './visit.service.ts'
import type { VisitInput } from './visit.service.ts'

const NOW = new Date('2026-03-02T06:00:00.000Z')
const TRAINED = JSON.stringify([
  { topic: 'onboarding', date: '2025-06-01', examPassed: true },
  { topic: 'collection', date: '2026-01-05', examPassed: true },
  { topic: 'cyber_security', date: '2026-01-06', examPassed: true },
])
const PHOTO = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9])
// SHA-256 of the photo bytes, computed here independently of the content store.
const PHOTO_SHA = createHash('sha256').update(PHOTO).digest('hex')

for (const dialect of DIALECTS) {
  describe(`${recordVisit.name} (${dialect})`, () => {
    let env: CollectionTestEnv
    let orgId: string
    let otherOrg: string
    const visit = (over: Partial<VisitInput> = {}): VisitInput => ({
      debtorId: 'd-1',
      debtId: 'L-1',
      pointId: 'pt-addr',
      startedAt: '2026-03-02T14:00:00+08:00',
      endedAt: '2026-03-02T14:40:00+08:00',
      collectorIds: ['co-甲', 'co-乙'],
      report: '两名催收员上门，出示工作证，客户表示下月初还款。',
      photos: [PHOTO],
      ...over,
    })
    const deps = () => ({
      repo: env.mod.repo,
      contacts: env.mod.contacts,
      content: env.mod.content,
    })
    before(async () => {
      env = await collectionTestEnv(dialect, NOW)
      orgId = await env.lender('示范消费金融')
      otherOrg = await env.lender('另一家放贷机构')
      const row = { org_id: orgId, created_at: NOW.toISOString() }
      await env.mod.repo.insertPortfolio([
        {
          debtor: {
            ...row,
            id: 'd-1',
            customer_no: 'C1',
            name_enc: 'x',
            name_lookup: 'x',
            id_number_enc: 'x',
            id_number_lookup: 'x',
            tz: 'Asia/Shanghai',
            status: 'normal',
          },
          counterparties: [
            {
              id: 'cp-1',
              org_id: orgId,
              debtor_id: 'd-1',
              role: 'debtor',
              name_enc: null,
              relation: null,
            },
          ],
          points: [
            ...['address', 'phone'].map((kind) => ({
              id: kind === 'address' ? 'pt-addr' : 'pt-tel',
              org_id: orgId,
              counterparty_id: 'cp-1',
              kind,
              value_enc: 'x',
              value_lookup: kind,
              ref: kind === 'address' ? 'ad_abcdef' : 'tel_abcdef',
              source: 'contract',
              do_not_contact: 0,
            })),
          ],
          loans: [
            {
              ...row,
              id: 'L-1',
              debtor_id: 'd-1',
              loan_no: 'L1',
              product_id: 'p',
              principal_fen: 600_000,
              annual_rate_ppm: 180_000,
              term_months: 6,
              method: 'equal_installment',
              contract_date: '2025-12-01',
              fees: '[]',
              agency_id: null,
            },
          ],
          payments: [],
        },
      ])
      for (const [code, trainings] of [
        ['甲', TRAINED],
        ['乙', TRAINED],
        ['丙', '[]'],
      ]) {
        await env.mod.repo.putCollector({
          id: `co-${code}`,
          org_id: orgId,
          agency_id: null,
          code,
          name_enc: 'x',
          active: 1,
          trainings,
        })
      }
    })
    after(() => env.close())

    it('should record a visit by two trained collectors with a receipt that verifies', async () => {
      const r = await recordVisit(deps(), orgId, visit())
      assert.deepEqual(r.photoSha256, [PHOTO_SHA])
      const store = new FileContentStore(join(env.dataDir, 'content'))
      assert.deepEqual(readFileSync(store.pathOf(PHOTO_SHA)), Buffer.from(PHOTO))
      const bundle = readFileSync(store.pathOf(r.contentSha256))
      const doc = JSON.parse(bundle.toString('utf8'))
      assert.deepEqual(doc.photos_sha256, [PHOTO_SHA])
      assert.equal(doc.report, visit().report)
      const receipt = await env.mod.evidence.receipt(orgId, r.evidenceIndex)
      const check = verifyReceipt(JSON.parse(JSON.stringify(receipt)), {
        logKey: parseVerifierKey(env.mod.evidence.verifierKey),
        content: bundle,
      })
      assert.ok(check.ok, check.ok ? '' : check.error.message)
      assert.equal((receipt.entry as { channel: string }).channel, 'visit')
      const timeline = await env.mod.repo.listPerformed(orgId, 'd-1')
      assert.deepEqual(
        timeline.map((c) => [c.ticketId, c.contact.channel, c.durationSec]),
        [[r.ticketId, 'visit', 40 * 60]],
      )
    })

    const REFUSED = [
      { desc: 'one collector', ids: ['co-甲'], code: 'ASSIGNMENT_REFUSED', msg: /两名/ },
      {
        desc: 'the same collector twice',
        ids: ['co-甲', 'co-甲'],
        code: 'ASSIGNMENT_REFUSED',
        msg: /两名/,
      },
      {
        desc: 'an untrained collector',
        ids: ['co-甲', 'co-丙'],
        code: 'ASSIGNMENT_REFUSED',
        msg: /co-丙: 没有通过岗前培训/,
      },
      {
        desc: 'an unknown collector',
        ids: ['co-甲', 'co-无'],
        code: 'ASSIGNMENT_REFUSED',
        msg: /co-无: 不是本机构的催收员/,
      },
    ]
    for (const { desc, ids, code, msg } of REFUSED) {
      it(`should refuse ${desc} and record nothing`, async () => {
        const tickets = (await env.mod.repo.listTickets(orgId, 'd-1')).length
        await assert.rejects(
          recordVisit(deps(), orgId, visit({ collectorIds: ids })),
          (e: Error) => {
            const err = e as Error & { code: string; details: { message: string }[] }
            assert.equal(err.code, code)
            assert.match(err.details.map((d) => d.message).join(';'), msg)
            return true
          },
        )
        assert.equal((await env.mod.repo.listTickets(orgId, 'd-1')).length, tickets)
      })
    }

    it('should deny a visit at 22:30 local time and keep the denial on the timeline', async () => {
      const late = visit({
        startedAt: '2026-03-02T22:30:00+08:00',
        endedAt: '2026-03-02T22:50:00+08:00',
      })
      await assert.rejects(recordVisit(deps(), orgId, late), (e: Error) => {
        const err = e as Error & { code: string; details: { path: string[] }[] }
        assert.equal(err.code, 'CONTACT_DENIED')
        assert.ok(err.details.some((d) => d.path[1] === 'contact-in-quiet-hours'))
        return true
      })
      // The clock is fixed, so tickets tie on decided_at: find the denied one by its time.
      const denied = (await env.mod.repo.listTickets(orgId, 'd-1')).filter(
        (t) => t.contact.at === late.startedAt,
      )
      assert.deepEqual(
        denied.map((t) => [t.contact.channel, t.decision.decision]),
        [['visit', 'deny']],
      )
      assert.equal((await env.mod.repo.listPerformed(orgId, 'd-1')).length, 1)
    })

    it('should refuse a phone number as the visited address', async () => {
      await assert.rejects(recordVisit(deps(), orgId, visit({ pointId: 'pt-tel' })), {
        code: 'VALIDATION_FAILED',
      })
    })

    it("should answer not found for another lender's debtor", async () => {
      await assert.rejects(recordVisit(deps(), otherOrg, visit()), { code: 'NOT_FOUND' })
    })
  })
}
