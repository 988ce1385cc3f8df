// POST /api/v1/complaints/import on a real database: a platform's moderator sends a file; each
// good row is filed into its queue and each bad row comes back with its row number and reason;
// a repeated file files nothing twice; an empty body, an unknown format and a lender's
// collector are refused.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/app.ts'
import { DIALECTS } from '../../../test/helpers/db.ts'

// The demo's lender is 示范消费金融公司.
const good = (id: string, title: string) => ({
  id,
  platform: '示范消费金融公司',
  title,
  problem: '暴力催收',
  text: '催收员每天打二十多个电话给我同事，还说要上门。',
  requests: '停止骚扰',
  amount: 5000,
  created_at: '2026-11-20T10:00:00+08:00',
  complainant: { account_id: `acct-${id}`, phone: '13812345678' },
})
const JSONL = [
  JSON.stringify(good('imp-1', '导入的投诉一')),
  JSON.stringify({ ...good('imp-2', '导入的投诉二'), platform: '不存在的贷款公司' }),
  '{not json',
  JSON.stringify(good('imp-3', '导入的投诉三')),
].join('\n')
// 黑猫投诉's headers, read with mapping=heimao; the contact was checked by the source platform.
const CSV = [
  '投诉编号,投诉对象,投诉标题,投诉问题,投诉内容,投诉要求,涉诉金额,投诉时间',
  'HM-1,示范消费金融公司,导入的黑猫投诉,暴力催收,催收半夜两点打电话骂我,停止骚扰,3000元,2026-11-21 10:00',
].join('\n')

type Result = { accepted: number; rejected: number; rejections: { row: number; reason: string }[] }

for (const dialect of DIALECTS) {
  describe(`POST /api/v1/complaints/import (${dialect})`, () => {
    let t: TestApp
    let moderator: TestClient
    const send = (c: TestClient, query: string, body: string, type = 'application/octet-stream') =>
      c.request<Result>('POST', `/api/v1/complaints/import?${query}`, body, {
        'content-type': type,
      })

    before(async () => {
      t = await startTestApp(dialect)
      moderator = await t.login('moderator@platform.demo')
    })
    after(() => t.close())

    it('should file the good rows and name each bad row with its reason', async () => {
      const res = await send(moderator, 'format=jsonl', JSONL)
      assert.equal(res.status, 200, JSON.stringify(res.body))
      assert.equal(res.body.accepted, 2)
      assert.equal(res.body.rejected, 2)
      assert.deepEqual(
        res.body.rejections.map((r) => r.row),
        [2, 3],
      )
      assert.match(res.body.rejections[0]?.reason ?? '', /respondent/)
      const queue = (await moderator.get('/api/v1/complaints')).body.items as { title: string }[]
      const titles = queue.map((c) => c.title)
      assert.ok(titles.includes('导入的投诉一') && titles.includes('导入的投诉三'), String(titles))
      assert.ok(!titles.includes('导入的投诉二'))
    })

    it('should file nothing twice when the same file comes again', async () => {
      const res = await send(moderator, 'format=jsonl', JSONL)
      assert.equal(res.body.accepted, 0)
      assert.equal(res.body.rejected, 4)
      assert.match(
        res.body.rejections[0]?.reason ?? '',
        /^imp-1: 该投诉已受理 \/ already received$/,
      )
    })

    it('should read 黑猫投诉 headers with mapping=heimao when the platform checked the contact', async () => {
      const res = await send(
        moderator,
        'format=csv&mapping=heimao&trustPlatformCheck=1',
        CSV,
        'text/csv',
      )
      assert.equal(res.status, 200, JSON.stringify(res.body))
      assert.deepEqual([res.body.accepted, res.body.rejected], [1, 0], JSON.stringify(res.body))
    })

    it('should refuse an empty body, an unknown format and an unknown field, filing nothing', async () => {
      const empty = await send(moderator, 'format=jsonl', '')
      assert.equal(empty.status, 400)
      const format = await send(moderator, 'format=pdf', JSONL)
      assert.equal(format.status, 400)
      const field = await send(moderator, 'format=jsonl&secret=1', JSONL)
      assert.equal(field.status, 400)
    })

    it('should refuse a lender’s collector', async () => {
      const collector = await t.login('collector@lender.demo')
      const res = await send(collector, 'format=jsonl', JSONL)
      assert.ok(res.status === 403 || res.status === 404, String(res.status))
    })
  })
}
