// The collection API on a real server: template, import with a row report, debtor page masked,
// audited unmasking by role, plan and run the day, receipts that verify, refusals, public list.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import ExcelJS from 'exceljs'
import { startTestApp, type TestApp } from '../../../test/helpers/app.ts'
import { parseVerifierKey, verifyReceipt } from '../../core/evidence/index.ts'
import { fixedClock } from '../../services/ports.ts'

const CSV = `客户号,姓名,身份证号,手机号,手机号来源,借据号,产品,本金（元）,年利率（%）,期数,还款方式,合同日期
C1,张三,11010519491231002X,13800138000,合同约定,L1,消费贷,6000,18,6,等额本息,2026-01-20
C2,王芳,110105198001010024,13700137000,预留信息,L2,消费贷,3000,12,3,等额本金,2026-01-27
`

describe('collection routes', () => {
  let t: TestApp
  before(async () => {
    t = await startTestApp('sqlite', { clock: fixedClock(new Date('2026-03-02T02:00:00Z')) })
  })
  after(() => t.close())

  it('should serve an XLSX template whose header the importer reads', async () => {
    const me = await t.login('collection-manager@lender.demo')
    const res = await fetch(`${t.url}/api/v1/collection/import/template`, {
      headers: {
        cookie: `gongdao_session=${(me as unknown as { cookies: Map<string, string> }).cookies.get('gongdao_session')}`,
      },
    })
    assert.equal(res.status, 200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await res.arrayBuffer())
    assert.equal(wb.getWorksheet('借据')!.getRow(1).getCell(1).value, '客户号')
  })

  it('should import, mask, reveal with audit, plan, run and give receipts', async () => {
    const mgr = await t.login('collection-manager@lender.demo')
    const before = (await mgr.get('/api/v1/collection/debtors')).body.total as number
    const bad = await mgr.request(
      'POST',
      '/api/v1/collection/import?format=csv',
      CSV.replace('13700137000', '12345'),
      { 'content-type': 'text/csv' },
    )
    assert.equal(bad.status, 200)
    assert.deepEqual(
      bad.body.rejected.map((r: { row: number }) => r.row),
      [3],
    )
    const imp = await mgr.request('POST', '/api/v1/collection/import?format=csv', CSV, {
      'content-type': 'text/csv',
    })
    assert.equal(imp.body.imported, true, JSON.stringify(imp.body))
    assert.equal((await mgr.get('/api/v1/collection/debtors')).body.total, before + 2)
    const list = await mgr.get(`/api/v1/collection/debtors?q=${encodeURIComponent('张三')}`)
    assert.equal(list.body.items.length, 1)
    assert.ok(!JSON.stringify(list.body).includes('张三'))
    const zhang = list.body.items.find((d: { name: string }) => d.name === '张*')
    const page = await mgr.get(`/api/v1/collection/debtors/${zhang.id}`)
    assert.equal(page.body.counterparties[0].points[0].value, '138****8000')
    assert.equal(page.body.loans[0].daysPastDue, 10) // first installment due 2026-02-20
    const collector = await t.login('collector@lender.demo')
    assert.equal(
      (
        await collector.post(`/api/v1/collection/debtors/${zhang.id}/reveal`, {
          field: 'name',
          purpose: '核实身份',
        })
      ).status,
      404,
    )
    const reveal = await mgr.post(`/api/v1/collection/debtors/${zhang.id}/reveal`, {
      field: 'name',
      purpose: '核实身份',
    })
    assert.equal(reveal.body.value, '张三')
    const audit = await t.ctx.db.kysely
      .selectFrom('pii_access_log')
      .selectAll()
      .where('subject_id', '=', zhang.id)
      .execute()
    assert.equal(audit.length, 1)

    const plan = await mgr.get('/api/v1/collection/plan')
    assert.ok(plan.body.counts.planned >= 2, JSON.stringify(plan.body.counts))
    const run = await mgr.post('/api/v1/collection/plan/run', { limit: 10 })
    assert.equal(run.status, 200, JSON.stringify(run.body))
    assert.ok(run.body.performed >= 2)
    const after = await mgr.get(`/api/v1/collection/debtors/${zhang.id}`)
    const done = after.body.timeline.find((x: { performed: unknown }) => x.performed !== null)
    const r = await mgr.get(`/api/v1/collection/contacts/${done.ticketId}/receipt`)
    const check = verifyReceipt(r.body.receipt, { logKey: parseVerifierKey(r.body.verifierKey) })
    assert.ok(check.ok)

    const refuse = await mgr.post(`/api/v1/collection/debtors/${zhang.id}/refusals`, {
      counterpartyId: after.body.counterparties[0].id,
      channel: 'all',
    })
    assert.equal(refuse.status, 201)
    const plan2 = await mgr.get('/api/v1/collection/plan')
    assert.ok(
      plan2.body.denied.some(
        (p: { contact: { debtor_id: string } }) => p.contact.debtor_id === zhang.id,
      ),
    )
  })

  it('should publish the lender agency list without login', async () => {
    const mgr = await t.login('collection-manager@lender.demo')
    const created = await mgr.post('/api/v1/collection/agencies', {
      name: '合规催收服务有限公司',
      status: 'whitelisted',
      licenseNo: '91310000X',
      licenseValidUntil: '2027-12-31',
      contractStart: '2026-01-01',
      contractEnd: '2026-12-31',
      noSubcontractingSignedOn: '2025-12-20',
      evaluations: [],
    })
    assert.equal(created.status, 201)
    const org = await mgr.get('/api/v1/org')
    const pub = await t.anonymous().get(`/api/v1/public/lenders/${org.body.id}/agencies`)
    assert.ok(pub.body.agencies.some((a: { licenseNo: string }) => a.licenseNo === '91310000X'))
    const html = await fetch(`${t.url}/lenders/${org.body.id}/agencies`)
    assert.match(await html.text(), /合规催收服务有限公司/)
  })

  it('should replace an agency by id, and refuse an unknown id or a contract ending before it starts', async () => {
    const mgr = await t.login('collection-manager@lender.demo')
    const body = {
      name: '华东催收服务有限公司',
      status: 'whitelisted',
      licenseNo: 'L-2026-88',
      licenseValidUntil: '2027-06-30',
      contractStart: '2026-01-01',
      contractEnd: '2026-12-31',
      noSubcontractingSignedOn: '2025-12-20',
      evaluations: [],
    }
    const created = await mgr.post('/api/v1/collection/agencies', body)
    assert.equal(created.status, 201)
    const id = created.body.id as string
    const evaluation = { date: '2026-06-30', passed: true, note: '年度评估通过' }
    const put = await mgr.put(`/api/v1/collection/agencies/${id}`, {
      ...body,
      status: 'suspended',
      evaluations: [evaluation],
    })
    assert.equal(put.status, 200, JSON.stringify(put.body))
    const list = await mgr.get('/api/v1/collection/agencies')
    const mine = list.body.items.filter((a: { id: string }) => a.id === id)
    assert.equal(mine.length, 1)
    assert.equal(mine[0].status, 'suspended')
    assert.deepEqual(mine[0].evaluations, [evaluation])

    const unknown = await mgr.put('/api/v1/collection/agencies/no-such-agency', body)
    assert.equal(unknown.status, 404)
    const backwards = await mgr.put(`/api/v1/collection/agencies/${id}`, {
      ...body,
      contractEnd: '2025-12-31',
    })
    assert.equal(backwards.status, 400)
    assert.deepEqual(backwards.body.error.details[0].path, ['contractEnd'])
    const extra = await mgr.put(`/api/v1/collection/agencies/${id}`, { ...body, rating: 5 })
    assert.equal(extra.status, 400)
  })
})
