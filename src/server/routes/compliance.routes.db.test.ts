// The compliance API end to end: gate, audit, scan, policy versions with validation, roles.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { DIALECTS } from '../../../test/helpers/db.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/app.ts'
import { demoEmail } from '../../services/demo/demo.service.ts'

const base = {
  debt_id: 'debt-1',
  debtor_id: 'd-1',
  counterparty: { id: 'd-1', role: 'debtor', refused: false },
  channel: 'call',
  to: '138****0001',
  number_type: 'registered',
  tz: 'Asia/Shanghai',
  collectors: ['col-1'],
}
const call = (id: string, hh: string) => ({
  ...base,
  id,
  at: `2026-03-10T${hh}:00:00+08:00`,
  connected: true,
  effective: true,
})
const CN = { id: 'cn-gbt45251-2025' }
const lenderPolicy = (version: string, maxPerDay: number) => ({
  id: 'demo-lender-policy',
  version,
  title: { zh: '示范放贷机构政策', en: 'Demo lender policy' },
  extends: { id: 'cn-gbt45251-2025', version: '1.0.0' },
  overrides: { 'excess-interactive-calls': { maxPerDay } },
})

for (const dialect of DIALECTS) {
  describe(`compliance routes (${dialect})`, () => {
    let t: TestApp
    let officer: TestClient
    let collector: TestClient
    before(async () => {
      t = await startTestApp(dialect)
      officer = await t.login(demoEmail('compliance_officer', 'lender'))
      collector = await t.login(demoEmail('collector', 'lender'))
    })
    after(() => t.close())

    it('should deny the 4th conversation with the rule and clause', async () => {
      const res = await collector.post('/api/v1/compliance/check', {
        policy: CN,
        history: [call('h1', '09'), call('h2', '10'), call('h3', '11')],
        contact: { ...base, id: 'p', at: '2026-03-10T12:00:00+08:00' },
      })
      assert.equal(res.status, 200, JSON.stringify(res.body))
      assert.equal(res.body.decision, 'deny')
      const r = res.body.rules.find((x: { verdict: string }) => x.verdict === 'deny')
      assert.equal(r.id, 'excess-interactive-calls')
      assert.match(r.message.zh, /3次/)
    })

    it('should answer 400 naming the field for a bad contact', async () => {
      const res = await collector.post('/api/v1/compliance/check', {
        policy: CN,
        contact: { ...base, id: 'p', channel: 'fax', at: '2026-03-10T12:00:00' },
      })
      assert.equal(res.status, 400)
      const paths = res.body.error.details.map((d: { path: string[] }) => d.path.join('.'))
      assert.ok(
        paths.includes('contact.channel') && paths.includes('contact.at'),
        JSON.stringify(res.body),
      )
    })

    it('should answer 404 for an unknown policy and 400 for an unknown body field', async () => {
      assert.equal(
        (await collector.post('/api/v1/compliance/check', { policy: { id: 'nope' }, contact: {} }))
          .status,
        404,
      )
      assert.equal(
        (await collector.post('/api/v1/compliance/check', { policy: CN, contact: {}, extra: 1 }))
          .status,
        400,
      )
    })

    it('should audit a batch for a compliance officer and refuse a collector', async () => {
      const body = {
        policy: CN,
        contacts: [call('h1', '09'), call('h2', '10'), call('h3', '11'), call('h4', '23')],
      }
      const res = await officer.post('/api/v1/compliance/audit', body)
      assert.equal(res.status, 200, JSON.stringify(res.body))
      assert.deepEqual(
        res.body.violations.map((v: { contact_id: string; rule: string }) => [
          v.contact_id,
          v.rule,
        ]),
        [
          ['h4', 'contact-in-quiet-hours'],
          ['h4', 'excess-interactive-calls'],
        ],
      )
      assert.equal((await collector.post('/api/v1/compliance/audit', body)).status, 404)
    })

    it('should store a stricter lender version, refuse a looser one, and gate with it', async () => {
      const ok = await officer.post('/api/v1/compliance/policies', lenderPolicy('1', 2))
      assert.equal(ok.status, 201, JSON.stringify(ok.body))
      const bad = await officer.post('/api/v1/compliance/policies', lenderPolicy('2', 4))
      assert.equal(bad.status, 400)
      assert.deepEqual(bad.body.error.details[0].path, [
        'overrides',
        'excess-interactive-calls',
        'maxPerDay',
      ])
      const versions = await officer.get('/api/v1/compliance/policies/demo-lender-policy')
      assert.deepEqual(
        versions.body.items.map((v: { version: string }) => v.version),
        ['1'],
      )
      const d = await collector.post('/api/v1/compliance/check', {
        policy: { id: 'demo-lender-policy' },
        history: [call('h1', '09'), call('h2', '10')],
        contact: { ...base, id: 'p', at: '2026-03-10T12:00:00+08:00' },
      })
      assert.equal(d.body.decision, 'deny')
      assert.equal(
        (await collector.post('/api/v1/compliance/policies', lenderPolicy('3', 1))).status,
        404,
      )
    })

    it('should scan a text and list the scripts', async () => {
      const res = await collector.post('/api/v1/compliance/scan', {
        text: '我是派出所的，你要坐牢',
      })
      assert.deepEqual(
        res.body.findings.map((f: { category: string }) => f.category),
        ['impersonation', 'fake_legal'],
      )
      assert.ok((await collector.get('/api/v1/compliance/scripts')).body.items.length >= 8)
    })
  })
}
