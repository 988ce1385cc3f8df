// POST /api/v1/complaints/:id/assign on a real database (both dialects): assigning and
// re-assigning a complaint is an `assigned` event anchored in the evidence log in the same
// transaction, with a receipt naming both people only by pseudonyms; who may assign whom.
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

type Event = { id: string; type: string; evidenceIndex: number | null }

for (const dialect of DIALECTS) {
  describe(`POST /api/v1/complaints/:id/assign (${dialect})`, () => {
    let t: TestApp
    let reviewer: TestClient
    let moderator: TestClient
    let second: TestClient
    let reviewerId: string
    let secondId: string
    let moderatorId: string
    let disabledId: string
    let complaintId: string
    const clock = fixedClock(new Date('2025-03-03T02:00:00Z'))

    before(async () => {
      t = await startTestApp(dialect, { clock })
      reviewer = await t.login('reviewer@platform.demo')
      moderator = await t.login('moderator@platform.demo')
      const admin = await t.login('admin@platform.demo')
      const made = await admin.post('/api/v1/users', {
        email: 'reviewer2@platform.demo',
        name: '第二审核',
        password: 'correct horse battery staple',
        roles: ['reviewer'],
      })
      assert.equal(made.status, 201, JSON.stringify(made.body))
      second = await t.login('reviewer2@platform.demo', 'correct horse battery staple')
      reviewerId = (await reviewer.get('/api/v1/auth/me')).body.user.id
      secondId = (await second.get('/api/v1/auth/me')).body.user.id
      moderatorId = (await moderator.get('/api/v1/auth/me')).body.user.id
      const gone = await admin.post('/api/v1/users', {
        email: 'reviewer3@platform.demo',
        name: '停用审核',
        password: 'correct horse battery staple',
        roles: ['reviewer'],
      })
      assert.equal(gone.status, 201, JSON.stringify(gone.body))
      disabledId = gone.body.id
      const off = await admin.patch(`/api/v1/users/${disabledId}`, { disabled: true })
      assert.equal(off.status, 200, JSON.stringify(off.body))
      const filed = await reviewer.post('/api/v1/complaints', { form: FORM })
      assert.equal(filed.status, 201, JSON.stringify(filed.body))
      complaintId = filed.body.id
    })
    after(() => t.close())

    const events = async (): Promise<Event[]> =>
      (await reviewer.get(`/api/v1/complaints/${complaintId}`)).body.events as Event[]

    it('should re-assign with an anchored event whose receipt names both people by pseudonym', async () => {
      const before = await events()
      const target =
        (await reviewer.get(`/api/v1/complaints/${complaintId}`)).body.assignedTo === secondId
          ? reviewerId
          : secondId
      const res = await moderator.post(`/api/v1/complaints/${complaintId}/assign`, {
        reviewerId: target,
      })
      assert.equal(res.status, 200, JSON.stringify(res.body))
      const d = await reviewer.get(`/api/v1/complaints/${complaintId}`)
      assert.equal(d.body.assignedTo, target)
      const after = d.body.events as Event[]
      assert.equal(after.length, before.length + 1)
      const e = after.at(-1)!
      assert.equal(e.type, 'assigned')
      assert.equal(typeof e.evidenceIndex, 'number')
      const r = await reviewer.get(`/api/v1/complaints/${complaintId}/events/${e.id}/receipt`)
      assert.equal(r.status, 200, JSON.stringify(r.body))
      assert.equal(r.body.entry.event_type, 'assigned')
      assert.equal(r.body.entry.event_id, e.id)
      assert.match(r.body.entry.actor, /^[0-9a-f]{32}$/)
      assert.match(r.body.entry.body_sha256, /^[0-9a-f]{64}$/)
      const text = JSON.stringify(r.body)
      assert.ok(
        !text.includes(target) && !text.includes('reviewer2@'),
        'no user id or e-mail in clear',
      )
    })

    it('should let a reviewer take a complaint, and record nothing when it is already theirs', async () => {
      const took = await second.post(`/api/v1/complaints/${complaintId}/assign`, {
        reviewerId: secondId,
      })
      assert.equal(took.status, 200, JSON.stringify(took.body))
      const n = (await events()).length
      const again = await second.post(`/api/v1/complaints/${complaintId}/assign`, {
        reviewerId: secondId,
      })
      assert.equal(again.status, 200)
      assert.equal(again.body.event, null)
      assert.equal((await events()).length, n)
    })

    const REFUSED = [
      {
        desc: 'a reviewer assigning someone else',
        who: () => second,
        body: () => ({ reviewerId }),
        status: 404,
      },
      {
        desc: 'a user who is not a reviewer',
        who: () => moderator,
        body: () => ({ reviewerId: 'no-such-user' }),
        status: 400,
      },
      {
        desc: 'a user of the organisation without the reviewer role',
        who: () => moderator,
        body: () => ({ reviewerId: moderatorId }),
        status: 400,
      },
      {
        desc: 'a disabled reviewer',
        who: () => moderator,
        body: () => ({ reviewerId: disabledId }),
        status: 400,
      },
      {
        desc: 'an unknown field',
        who: () => moderator,
        body: () => ({ reviewerId, extra: 1 }),
        status: 400,
      },
    ]
    for (const { desc, who, body, status } of REFUSED) {
      it(`should refuse ${desc} and change nothing`, async () => {
        const n = (await events()).length
        const res = await who().post(`/api/v1/complaints/${complaintId}/assign`, body())
        assert.equal(res.status, status, JSON.stringify(res.body))
        assert.equal((await events()).length, n)
        assert.equal(
          (await reviewer.get(`/api/v1/complaints/${complaintId}`)).body.assignedTo,
          secondId,
        )
      })
    }
  })
}
