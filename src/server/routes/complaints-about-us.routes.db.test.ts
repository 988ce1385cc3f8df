// GET /api/v1/complaints/about-us on a real database: a lender's complaint handler sees the
// complaints whose respondent is its organisation, with status and lender response deadline;
// a complaint about another company does not show; other roles are refused.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { fixedClock } from '../../services/ports.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/app.ts'
import { DIALECTS } from '../../../test/helpers/db.ts'

const FORM = {
  respondent: '示范消费金融公司',
  title: '催收员每天打20个电话',
  problem: '暴力催收',
  text: '逾期三天，催收员每天打20个电话，还打给我同事。',
  amount: 5000,
  contact: { phone: '13800138000' },
}

type Row = { id: string; title: string; status: string; lenderResponseDue: string | null }

for (const dialect of DIALECTS) {
  describe(`GET /api/v1/complaints/about-us (${dialect})`, () => {
    let t: TestApp
    let reviewer: TestClient
    let handler: TestClient
    // Monday 2025-03-03 10:00 in China.
    const clock = fixedClock(new Date('2025-03-03T02:00:00Z'))

    before(async () => {
      t = await startTestApp(dialect, { clock })
      reviewer = await t.login('reviewer@platform.demo')
      handler = await t.login('complaint-handler@lender.demo')
    })
    after(() => t.close())

    it('should list the complaints about the caller’s lender with status and response deadline', async () => {
      const filed = await reviewer.post('/api/v1/complaints', { form: FORM })
      assert.equal(filed.status, 201, JSON.stringify(filed.body))
      const before = (await handler.get('/api/v1/complaints/about-us')).body.items as Row[]
      const mine = before.find((r) => r.id === filed.body.id)
      assert.equal(mine?.title, '催收员每天打20个电话')
      assert.equal(mine?.lenderResponseDue, null)

      const decided = await reviewer.post(`/api/v1/complaints/${filed.body.id}/actions`, {
        type: 'decide',
        verdict: 'substantiated',
        reason: '通话记录证实频繁催收',
      })
      assert.equal(decided.status, 200, JSON.stringify(decided.body))
      const res = await handler.get('/api/v1/complaints/about-us')
      assert.equal(res.status, 200)
      const row = (res.body.items as Row[]).find((r) => r.id === filed.body.id)
      assert.equal(row?.status, 'decided')
      // Decided Monday 2025-03-03: the 5th working day after is Monday 2025-03-10 (no holidays
      // between); due by its end, i.e. the start of 2025-03-11 in China.
      assert.equal(row?.lenderResponseDue, '2025-03-11T00:00:00+08:00')
    })

    it('should not list a complaint about another company', async () => {
      const other = await reviewer.post('/api/v1/complaints', {
        form: { ...FORM, respondent: '某某网络小贷公司', title: '另一家公司的投诉' },
      })
      const items = (await handler.get('/api/v1/complaints/about-us')).body.items as Row[]
      if (other.status === 201) assert.ok(!items.some((r) => r.id === other.body.id))
      assert.ok(!items.some((r) => r.title === '另一家公司的投诉'))
    })

    it('should refuse roles other than the lender’s complaint handler and compliance officer', async () => {
      // 404 is the server's one answer for "not found or no access".
      assert.equal((await reviewer.get('/api/v1/complaints/about-us')).status, 404)
      const collector = await t.login('collector@lender.demo')
      assert.equal((await collector.get('/api/v1/complaints/about-us')).status, 404)
      const officer = await t.login('compliance-officer@lender.demo')
      assert.equal((await officer.get('/api/v1/complaints/about-us')).status, 200)
    })
  })
}
