// Complaint statistics over stored complaints through HTTP on a real database: the report counts
// the platform's own complaints, the drill-down lists them, the export carries the chart's data.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { fixedClock } from '../../services/ports.ts'
import { deskServices } from './complaints.routes.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/app.ts'
import { DIALECTS } from '../../../test/helpers/db.ts'

const FORMS = [
  { respondent: '示范消费金融公司', title: '暴力催收', problem: '暴力催收', requests: '停止骚扰' },
  { respondent: '示范消费金融公司', title: '利息太高', problem: '高额利息', requests: '退还利息' },
].map((f) => ({
  ...f,
  text: '催收员每天打二十个电话。',
  amount: 3000,
  contact: { phone: '13900000001' },
}))

for (const dialect of DIALECTS) {
  describe(`analytics API (${dialect})`, () => {
    let t: TestApp
    let moderator: TestClient
    before(async () => {
      t = await startTestApp(dialect, { clock: fixedClock(new Date('2025-03-03T02:00:00Z')) })
      moderator = await t.login('moderator@platform.demo')
      for (const form of FORMS) {
        const res = await moderator.post('/api/v1/complaints', { form })
        assert.equal(res.status, 201, JSON.stringify(res.body))
      }
      // An imported complaint with its source category (migration 007), against another respondent.
      const platform = await t.ctx.db.kysely
        .selectFrom('organizations')
        .select('id')
        .where('kind', '=', 'platform')
        .executeTakeFirstOrThrow()
      await deskServices(t.ctx).intake.file(platform.id, {
        source: 'import',
        externalId: 'hm-1',
        category: '网络借贷',
        createdAt: '2025-03-02T01:00:00.000Z',
        requireContact: false,
        anyRespondent: true,
        form: { ...FORMS[0], respondent: '某某分期', contact: {} },
      })
    })
    after(() => t.close())

    it('should count the stored complaints of the platform', async () => {
      const res = await moderator.get('/api/v1/analytics/complaints?platform=示范消费金融公司')
      assert.equal(res.status, 200)
      assert.deepEqual(
        [res.body.total_valid, res.body.tagged, res.body.by_month[0].month],
        [2, 1, '2025-03'],
      )
    })

    it('should list the tagged complaint behind a bar', async () => {
      const res = await moderator.get(
        '/api/v1/analytics/complaints/drill?platform=示范消费金融公司&month=2025-03&tagged=true',
      )
      assert.equal(res.status, 200)
      assert.deepEqual(
        res.body.items.map((c: { title: string }) => c.title),
        ['暴力催收'],
      )
    })

    it('should filter by the source category', async () => {
      const all = await moderator.get('/api/v1/analytics/complaints')
      const cat = await moderator.get('/api/v1/analytics/complaints?category=网络借贷')
      const none = await moderator.get('/api/v1/analytics/complaints?category=电商')
      assert.deepEqual(
        [all.body.total_valid, cat.body.total_valid, cat.body.tagged, none.body.total_valid],
        [3, 1, 1, 0],
      )
      const drill = await moderator.get('/api/v1/analytics/complaints/drill?category=网络借贷')
      assert.deepEqual(
        drill.body.items.map((c: { platform: string }) => c.platform),
        ['某某分期'],
      )
    })

    it('should list the complaints behind a behaviour bar', async () => {
      // Two tagged complaints (the form and the import) both describe twenty calls a day.
      const b = await moderator.get('/api/v1/analytics/complaints/drill?behavior=calls_excessive')
      assert.deepEqual(b.body.items.map((c: { platform: string }) => c.platform).sort(), [
        '某某分期',
        '示范消费金融公司',
      ])
      const none = await moderator.get('/api/v1/analytics/complaints/drill?behavior=visits')
      assert.deepEqual(none.body.items, [])
    })

    it('should export the platform chart as CSV', async () => {
      const res = await moderator.get(
        '/api/v1/analytics/complaints/export?chart=by_platform&platform=示范消费金融公司',
      )
      assert.equal(res.status, 200)
      assert.match(String(res.body), /示范消费金融公司,2,1,0\.5,/)
    })

    it('should refuse a bad period', async () => {
      const res = await moderator.get('/api/v1/analytics/complaints?from=2025/1/1')
      assert.equal(res.status, 400)
    })
  })
}
