// The gate's untrained-collector rule (GB/T 45251-2025 5.2) reads the collectors stored for the
// lender: an untrained or exam-overdue collector is denied with the rule's clause, a trained one
// is allowed, and another lender's collector is unknown (denied) — on both dialects.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { DIALECTS } from '../../../test/helpers/db.ts'
import { parseContact } from '../../core/compliance/index.ts'
import type { ContactRecord } from '../../core/compliance/index.ts'
import { collectionTestEnv } from './db-testing.ts'
import type { CollectionTestEnv } from './db-testing.ts'

const NOW = new Date('2026-03-02T02:00:00.000Z')

function call(collector: string): ContactRecord {
  return parseContact({
    id: `c-${collector}`,
    debt_id: 'L-1',
    debtor_id: 'd-1',
    counterparty: { id: 'cp-self', role: 'debtor' },
    channel: 'call',
    to: 'tel_00aa11bb22cc33dd',
    number_type: 'registered',
    at: '2026-03-02T10:00:00+08:00',
    tz: 'Asia/Shanghai',
    collectors: [collector],
  })
}

// Exam dates relative to the contact day 2026-03-02: 甲 passed everything within the year;
// 乙 has no record; 丙 passed only a pre-job exam on 2024-12-01 (456 days before, > 365);
// 丁 failed the pre-job exam; 戊 is trained but no longer active.
const PEOPLE = [
  {
    code: '甲',
    active: true,
    trainings: [
      { topic: 'onboarding', date: '2025-06-01', examPassed: true },
      { topic: 'collection', date: '2026-01-05', examPassed: true },
      { topic: 'cyber_security', date: '2026-01-06', examPassed: true },
    ],
  },
  { code: '乙', active: true, trainings: [] },
  {
    code: '丙',
    active: true,
    trainings: [{ topic: 'onboarding', date: '2024-12-01', examPassed: true }],
  },
  {
    code: '丁',
    active: true,
    trainings: [{ topic: 'onboarding', date: '2025-06-01', examPassed: false }],
  },
  {
    code: '戊',
    active: false,
    trainings: [{ topic: 'onboarding', date: '2025-06-01', examPassed: true }],
  },
]

const CASES = [
  { code: '甲', want: 'allow', reason: null },
  { code: '乙', want: 'deny', reason: /未岗前培训/ },
  { code: '丙', want: 'deny', reason: /超过365天未培训/ },
  { code: '丁', want: 'deny', reason: /未岗前培训/ },
  { code: '戊', want: 'deny', reason: /未岗前培训/ },
] as const

for (const dialect of DIALECTS) {
  describe(`gate with stored collectors (${dialect})`, () => {
    let env: CollectionTestEnv
    let orgId: string
    let otherOrg: string
    before(async () => {
      env = await collectionTestEnv(dialect, NOW)
      orgId = await env.lender('示范消费金融')
      otherOrg = await env.lender('另一家放贷机构')
      for (const p of PEOPLE) {
        await env.mod.repo.putCollector({
          id: `id-${p.code}`,
          org_id: orgId,
          agency_id: null,
          code: p.code,
          name_enc: env.crypto.encrypt(`催收员${p.code}`, 'coll_collectors.name'),
          active: p.active ? 1 : 0,
          trainings: JSON.stringify(p.trainings),
        })
      }
    })
    after(() => env.close())

    for (const { code, want, reason } of CASES) {
      it(`should ${want} a call by collector ${code}`, async () => {
        const t = await env.mod.contacts.gate(orgId, call(`id-${code}`), 'early-call')
        assert.equal(t.decision.decision, want, JSON.stringify(t.decision.rules))
        const rule = t.decision.rules.find((r) => r.id === 'untrained-collector')
        assert.equal(rule?.verdict, want === 'allow' ? 'pass' : 'deny')
        if (reason !== null) {
          assert.match(rule.clause, /GB\/T 45251-2025 5\.2/)
          assert.match(rule.message.zh, reason)
        }
      })
    }

    it("should deny a collector of another lender, as unknown to this lender's registry", async () => {
      const t = await env.mod.contacts.gate(otherOrg, call('id-甲'), 'early-call')
      assert.equal(t.decision.decision, 'deny')
      assert.equal(t.decision.rules.find((r) => r.id === 'untrained-collector')?.verdict, 'deny')
    })

    it('should see a training record added later (the registry is read at each decision)', async () => {
      await env.mod.repo.putCollector({
        id: 'id-乙',
        org_id: orgId,
        agency_id: null,
        code: '乙',
        name_enc: env.crypto.encrypt('催收员乙', 'coll_collectors.name'),
        active: 1,
        trainings: JSON.stringify([{ topic: 'onboarding', date: '2026-02-20', examPassed: true }]),
      })
      const t = await env.mod.contacts.gate(orgId, call('id-乙'), 'early-call')
      assert.equal(t.decision.decision, 'allow', JSON.stringify(t.decision.rules))
      assert.equal((await env.mod.repo.listCollectors(orgId, ['id-乙'])).length, 1)
    })

    it("should refuse to overwrite another lender's collector by id", async () => {
      await assert.rejects(
        env.mod.repo.putCollector({
          id: 'id-甲',
          org_id: otherOrg,
          agency_id: null,
          code: '冒名',
          name_enc: 'x',
          active: 1,
          trainings: '[]',
        }),
        { code: 'NOT_FOUND' },
      )
      const [own] = await env.mod.repo.listCollectors(orgId, ['id-甲'])
      assert.equal(own.code, '甲')
    })
  })
}
