// The field-visit route on a real server: one collector is refused with the clause, two trained
// collectors record the visit with its photo, and the visit shows on the debtor's timeline.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { startTestApp, type TestApp } from '../../../test/helpers/app.ts'
import { fixedClock } from '../../services/ports.ts'

const CSV = `客户号,姓名,身份证号,手机号,手机号来源,通讯地址,借据号,产品,本金（元）,年利率（%）,期数,还款方式,合同日期
V1,赵外访,11010519491231002X,13800138000,合同约定,北京市朝阳区示范路1号,LV1,消费贷,6000,18,6,等额本息,2026-01-20
`
const TRAINING = [
  { topic: 'onboarding', date: '2025-06-01', examPassed: true },
  { topic: 'collection', date: '2026-01-05', examPassed: true },
  { topic: 'cyber_security', date: '2026-01-06', examPassed: true },
]
const PHOTO = Buffer.from('模拟的现场照片字节')

describe('collection visit routes', () => {
  let t: TestApp
  before(async () => {
    t = await startTestApp('sqlite', { clock: fixedClock(new Date('2026-03-02T06:00:00Z')) })
  })
  after(() => t.close())

  it('should refuse one collector and record a visit by two, shown on the timeline', async () => {
    const mgr = await t.login('collection-manager@lender.demo')
    const imp = await mgr.request('POST', '/api/v1/collection/import?format=csv', CSV, {
      'content-type': 'text/csv',
    })
    assert.equal(imp.body.imported, true, JSON.stringify(imp.body))
    const list = await mgr.get(`/api/v1/collection/debtors?q=${encodeURIComponent('赵外访')}`)
    const id = list.body.items[0].id as string
    const page = await mgr.get(`/api/v1/collection/debtors/${id}`)
    const point = page.body.counterparties[0].points.find(
      (p: { kind: string }) => p.kind === 'address',
    )
    const ids: string[] = []
    for (const code of ['外访甲', '外访乙']) {
      const c = await mgr.post('/api/v1/collection/collectors', {
        code,
        name: code,
        agencyId: null,
        active: true,
        trainings: TRAINING,
      })
      assert.equal(c.status, 201)
      ids.push(c.body.id as string)
    }
    const body = {
      debtId: page.body.loans[0].id,
      pointId: point.id,
      startedAt: '2026-03-02T14:00:00+08:00',
      endedAt: '2026-03-02T14:30:00+08:00',
      collectorIds: [ids[0]],
      report: '上门核实，客户承诺月底前还款。',
      photos: [PHOTO.toString('base64')],
    }
    const one = await mgr.post(`/api/v1/collection/debtors/${id}/visits`, body)
    assert.equal(one.status, 400)
    assert.equal(one.body.error.code, 'ASSIGNMENT_REFUSED')
    assert.match(one.body.error.details[0].message, /第二十二条/)

    const two = await mgr.post(`/api/v1/collection/debtors/${id}/visits`, {
      ...body,
      collectorIds: ids,
    })
    assert.equal(two.status, 201, JSON.stringify(two.body))
    assert.deepEqual(two.body.photoSha256, [createHash('sha256').update(PHOTO).digest('hex')])
    const after = await mgr.get(`/api/v1/collection/debtors/${id}`)
    assert.ok(JSON.stringify(after.body).includes(two.body.ticketId))
    const receipt = await mgr.get(`/api/v1/collection/contacts/${two.body.ticketId}/receipt`)
    assert.equal(receipt.status, 200)
    assert.equal(receipt.body.receipt.entry.channel, 'visit')
    assert.equal(receipt.body.receipt.entry.content_sha256, two.body.contentSha256)
  })
})
