// The lender-response and appeal deadlines a verdict sets, on a real database: counted into 2027
// (no holiday notice loaded; the bundled calendar ends 2026-12-31) they are flagged provisional on
// the reviewer's complaint page, the lender's list and the complainant's own page, with the review
// deadline's wording; inside 2026 they are not. Deadlines counted by hand (defaults: lender 5,
// appeal 10 working days).
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { fixedClock } from '../../services/ports.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/app.ts'
import { DIALECTS } from '../../../test/helpers/db.ts'

const FORM = {
  respondent: '示范消费金融公司',
  title: '催收员威胁起诉',
  problem: '暴力催收',
  text: '逾期后催收员打电话威胁起诉我，还打给我同事。',
  amount: 3000,
  contact: { phone: '13900139000' },
}
const NOTICE_ZH = '2027 年放假安排尚未录入，截止日期按周末推算，为暂定'
const DAY_MS = 86_400_000

type Notice = { zh: string; en: string } | null

for (const dialect of DIALECTS) {
  describe(`decision deadlines reaching 2027 (${dialect})`, () => {
    let t: TestApp
    let reviewer: TestClient
    let handler: TestClient
    // Monday 2026-12-14 10:00 in China.
    const clock = fixedClock(new Date('2026-12-14T02:00:00Z'))

    before(async () => {
      t = await startTestApp(dialect, { clock })
      reviewer = await t.login('reviewer@platform.demo')
      handler = await t.login('complaint-handler@lender.demo')
    })
    after(() => t.close())

    async function fileAndDecide(title: string) {
      const filed = await reviewer.post('/api/v1/complaints', { form: { ...FORM, title } })
      assert.equal(filed.status, 201, JSON.stringify(filed.body))
      const decided = await reviewer.post(`/api/v1/complaints/${filed.body.id}/actions`, {
        type: 'decide',
        verdict: 'substantiated',
        reason: '通话记录证实威胁起诉',
      })
      assert.equal(decided.status, 200, JSON.stringify(decided.body))
      const id = filed.body.id as string
      const detail = (await reviewer.get(`/api/v1/complaints/${id}`)).body
      const about = (await handler.get('/api/v1/complaints/about-us')).body.items.find(
        (r: { id: string }) => r.id === id,
      )
      const own = await t.anonymous().request('GET', `/api/v1/public/complaints/${id}`, undefined, {
        'x-complaint-token': filed.body.accessToken,
      })
      assert.equal(own.status, 200, JSON.stringify(own.body))
      return { detail, about, own: own.body }
    }

    it('should flag neither deadline when both fall inside 2026', async () => {
      // Mon 12-14: lender 15–18, 21 → due 12-22; appeal 15–18, 21–25, 28 → due 12-29.
      const { detail, about, own } = await fileAndDecide('十二月中旬的投诉')
      assert.equal(about.lenderResponseDue, '2026-12-22T00:00:00+08:00')
      assert.deepEqual(detail.decisionDeadlines, { lenderResponse: null, appeal: null })
      assert.equal(about.lenderResponseProvisional as Notice, null)
      assert.equal(own.appealDue, '2026-12-29T00:00:00+08:00')
      assert.equal(own.appealDueProvisional as Notice, null)
    })

    it('should flag both deadlines when they are counted into 2027', async () => {
      clock.advance(14 * DAY_MS) // Monday 2026-12-28; sessions have expired meanwhile
      reviewer = await t.login('reviewer@platform.demo')
      handler = await t.login('complaint-handler@lender.demo')
      // Lender: 29, 30, 31, Fri 01-01 (a weekday without data), Mon 01-04 → due 2027-01-05.
      const { detail, about, own } = await fileAndDecide('年底的投诉')
      assert.equal(about.lenderResponseDue, '2027-01-05T00:00:00+08:00')
      assert.equal(detail.decisionDeadlines.lenderResponse?.zh, NOTICE_ZH)
      assert.equal(detail.decisionDeadlines.appeal?.zh, NOTICE_ZH)
      assert.match((about.lenderResponseProvisional as Notice)?.en ?? '', /2027 holiday notice/)
      assert.equal((own.appealDueProvisional as Notice)?.zh, NOTICE_ZH)
    })
  })
}
