// The borrower's form on a real database: a filing the checks refuse (an amount over the
// online-lending scope, a script named .jpg) does not use up the verification code, so the
// borrower fixes the field and files with the same code; the code still works once only.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { fixedClock } from '../../services/ports.ts'
import { startTestApp, type TestApp } from '../../../test/helpers/app.ts'
import { DIALECTS } from '../../../test/helpers/db.ts'

const FORM = {
  respondent: '示范消费金融公司',
  title: '催收员每天打20个电话',
  problem: '暴力催收',
  text: '逾期三天，催收员每天打20个电话，还打给我同事。',
  amount: 5000,
  contact: { phone: '13600136000' },
}
const SCRIPT = Buffer.from('#!/bin/sh\necho hi\n').toString('base64')

for (const dialect of DIALECTS) {
  describe(`POST /api/v1/public/platforms/:id/complaints, code kept (${dialect})`, () => {
    let t: TestApp
    let platformId = ''

    before(async () => {
      t = await startTestApp(dialect, { clock: fixedClock(new Date('2025-03-03T02:00:00Z')) })
      const targets = await t.anonymous().get('/api/v1/public/complaint-targets')
      platformId = targets.body.platforms.find(
        (p: { name: string }) => p.name === '公道投诉平台',
      ).id
    })
    after(() => t.close())

    it('should keep the code through refused filings and use it for the first accepted one', async () => {
      const anon = t.anonymous()
      const code = await anon.post('/api/v1/public/verification-codes', { phone: '13600136000' })
      assert.equal(code.status, 201)
      const verification = { id: code.body.verificationId, code: code.body.demoCode }
      const file = (form: object, files: object[] = []) =>
        anon.post(`/api/v1/public/platforms/${platformId}/complaints`, {
          form,
          files,
          verification,
        })

      // An empty form names every missing field at once, the contact among them.
      const empty = await file({})
      assert.equal(empty.status, 400)
      const paths = empty.body.error.details.map((d: { path: string[] }) => d.path[0])
      for (const p of ['respondent', 'problem', 'amount', 'contact']) {
        assert.ok(paths.includes(p), p)
      }
      const over = await file({ ...FORM, amount: 250000 })
      assert.equal(over.status, 400)
      assert.deepEqual(over.body.error.details[0].path, ['amount'])
      const script = await file(FORM, [{ fileName: '截图.jpg', contentBase64: SCRIPT }])
      assert.equal(script.status, 400)
      assert.deepEqual(script.body.error.details[0].path, ['files', '截图.jpg'])

      const ok = await file(FORM)
      assert.equal(ok.status, 201, JSON.stringify(ok.body))
      const again = await file(FORM)
      assert.equal(again.status, 400)
      assert.deepEqual(again.body.error.details[0].path, ['verification', 'code'])
    })
  })
}
