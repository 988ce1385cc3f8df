// The desk dashboard through HTTP on a real database: four complaints filed on Monday 2025-03-03,
// one decided on Wednesday; the expected numbers are worked out by hand from the texts below.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { fixedClock } from '../../services/ports.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/app.ts'
import { DIALECTS } from '../../../test/helpers/db.ts'

const LENDER = '示范消费金融公司'
const base = { respondent: LENDER, requests: '停止骚扰', amount: 3000 }
// Tagged 暴力催收 with concrete acts (calls a day, the employer, threats), sent twice from two
// phones: one template campaign of two.
const ABUSE = {
  ...base,
  title: '暴力催收',
  problem: '暴力催收',
  text: '逾期三天，催收员每天打20个电话，还打给我同事，威胁起诉我。',
}
// Tagged 暴力催收 but no concrete act described.
const VAGUE = {
  ...base,
  title: '催收态度差',
  problem: '暴力催收',
  text: '催收态度恶劣，让我很不舒服，要求平台处理这家公司。',
}
// Not tagged.
const INTEREST = {
  ...base,
  title: '利息过高',
  problem: '高额利息',
  text: '借款利息太高，远超合同约定，要求退还多收的利息。',
}

for (const dialect of DIALECTS) {
  describe(`desk dashboard API (${dialect})`, () => {
    let t: TestApp
    let reviewer: TestClient
    // Monday 2025-03-03 10:00 in China.
    const clock = fixedClock(new Date('2025-03-03T02:00:00Z'))

    before(async () => {
      t = await startTestApp(dialect, { clock })
      reviewer = await t.login('reviewer@platform.demo')
      const ids: string[] = []
      const forms = [
        { ...ABUSE, contact: { phone: '13800138001' } },
        { ...ABUSE, contact: { phone: '13800138002' } },
        { ...VAGUE, contact: { phone: '13800138003' } },
        { ...INTEREST, contact: { phone: '13800138004' } },
      ]
      for (const form of forms) {
        const res = await reviewer.post('/api/v1/complaints', { form })
        assert.equal(res.status, 201, JSON.stringify(res.body))
        ids.push(res.body.id)
      }
      clock.advance(2 * 86_400_000) // Wednesday 2025-03-05 10:00; the session has expired
      reviewer = await t.login('reviewer@platform.demo')
      const decided = await reviewer.post(`/api/v1/complaints/${ids[3]}/actions`, {
        type: 'decide',
        verdict: 'not_substantiated',
        reason: '利息符合合同约定',
      })
      assert.equal(decided.status, 200, JSON.stringify(decided.body))
    })
    after(() => t.close())

    it('should count volumes, shares, the campaign and time to decision', async () => {
      const res = await reviewer.get('/api/v1/desk/dashboard?from=2025-03-01&to=2025-03-31')
      assert.equal(res.status, 200, JSON.stringify(res.body))
      const d = res.body
      assert.equal(d.total, 4)
      assert.deepEqual(d.byDay, [{ date: '2025-03-03', count: 4 }])
      assert.deepEqual(d.byVerdict, { not_substantiated: 1 })
      assert.deepEqual(d.tagged, { count: 3, share: 0.75 })
      assert.deepEqual(d.noConcreteAct, { count: 1, share: 1 / 3 })
      assert.deepEqual(
        d.campaigns.map((c: { count: number; respondents: string[] }) => [c.count, c.respondents]),
        [[2, [LENDER]]],
      )
      // Filed Monday, decided Wednesday: Tuesday and Wednesday.
      assert.deepEqual(d.timeToDecision, { decided: 1, medianWorkingDays: 2, p90WorkingDays: 2 })
      assert.equal(d.open, 3)
    })

    it('should count as overdue the open complaints the queue marks overdue', async () => {
      const queue = await reviewer.get('/api/v1/complaints')
      const overdue = queue.body.items.filter((r: { overdue: boolean }) => r.overdue).length
      const res = await reviewer.get('/api/v1/desk/dashboard')
      assert.equal(res.body.overdue, overdue)
      // Fast-lane complaints were due on Tuesday: at least one is late on Wednesday.
      assert.ok(overdue > 0)
    })

    it('should leave out complaints filed outside the period', async () => {
      const res = await reviewer.get('/api/v1/desk/dashboard?from=2025-03-04&to=2025-03-31')
      assert.equal(res.body.total, 0)
      assert.equal(res.body.tagged.share, null)
    })

    it('should refuse a malformed date and a role without access', async () => {
      assert.equal((await reviewer.get('/api/v1/desk/dashboard?from=2025-3-1')).status, 400)
      const lender = await t.login('collector@lender.demo')
      // A role without access gets the one answer for "not found or no access".
      assert.equal((await lender.get('/api/v1/desk/dashboard')).status, 404)
    })
  })
}
