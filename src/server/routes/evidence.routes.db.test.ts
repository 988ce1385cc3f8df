// The evidence API end to end on a real server: append with content, receipt download that
// verifies offline, public checkpoint and consistency proofs, witness cosigning, bad input.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { DIALECTS } from '../../../test/helpers/db.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/app.ts'
import {
  decodeBase64,
  openCheckpoint,
  parseVerifierKey,
  verifyConsistency,
  verifyReceipt,
} from '../../core/evidence/index.ts'
import { VALID_ENTRY } from '../../core/evidence/testdata/sample-entry.ts'
import { VALID_EVENT } from '../../core/evidence/testdata/sample-event.ts'
import { demoEmail } from '../../services/demo/demo.service.ts'

const audio = (i: number) => Buffer.from(`RIFF 录音 ${i}`)
const item = (i: number) => ({
  entry: {
    ...VALID_ENTRY,
    contact_id: `ct_api_${i}`,
    content_sha256: createHash('sha256').update(audio(i)).digest('hex'),
  },
  contentBase64: audio(i).toString('base64'),
})

for (const dialect of DIALECTS) {
  describe(`evidence routes (${dialect})`, () => {
    let t: TestApp
    let collector: TestClient
    let orgId: string
    before(async () => {
      t = await startTestApp(dialect)
      collector = await t.login(demoEmail('collector', 'lender'))
      orgId = (await collector.get('/api/v1/auth/me')).body.org.id
    })
    after(() => t.close())

    it('should append a batch and serve a receipt that verifies offline with the content', async () => {
      // The demo seed may already have appended contacts: the batch lands after them.
      const size = Number((await collector.get('/api/v1/evidence/checkpoint')).body.size)
      const res = await collector.post('/api/v1/evidence/entries', { items: [0, 1, 2].map(item) })
      assert.equal(res.status, 200, JSON.stringify(res.body))
      assert.deepEqual(res.body.indices, [size, size + 1, size + 2])
      const found = await collector.get('/api/v1/evidence/entries?contact_id=ct_api_1')
      assert.equal(found.body.items[0].index, size + 1)
      const receipt = await collector.get(`/api/v1/evidence/entries/${size + 1}/receipt`)
      assert.match(receipt.headers.get('content-disposition') ?? '', /attachment/)
      const keys = (await t.anonymous().get('/evidence/keys')).body as string
      const logKey = parseVerifierKey(keys.split('\n')[0])
      const check = verifyReceipt(receipt.body, { logKey, content: audio(1) })
      assert.ok(check.ok, check.ok ? '' : check.error.message)
    })

    it('should append a complaint event and find it by complaint id, not by contact id', async () => {
      const event = { ...VALID_EVENT, event_id: 'ev_api_1', complaint_id: 'cmp_api_7' }
      const res = await collector.post('/api/v1/evidence/entries', { items: [{ entry: event }] })
      assert.equal(res.status, 200, JSON.stringify(res.body))
      const found = await collector.get('/api/v1/evidence/entries?complaint_id=cmp_api_7')
      assert.deepEqual(found.body.items, [{ index: res.body.indices[0], entry: event }])
      const none = await collector.get('/api/v1/evidence/entries?contact_id=complaint:cmp_api_7')
      assert.deepEqual([none.status, none.body.items], [200, []])
      const both = await collector.get('/api/v1/evidence/entries?contact_id=a&complaint_id=b')
      assert.equal(both.status, 400)
    })

    it('should publish checkpoints and consistency proofs without sign-in', async () => {
      const anon = t.anonymous()
      const logKey = parseVerifierKey(
        ((await anon.get('/evidence/keys')).body as string).split('\n')[0],
      )
      const before = openCheckpoint(
        (await anon.get(`/evidence/${orgId}/checkpoint`)).body as string,
        logKey,
      )
      assert.ok(before.ok)
      await collector.post('/api/v1/evidence/entries', { items: [3, 4].map(item) })
      const afterCp = openCheckpoint(
        (await anon.get(`/evidence/${orgId}/checkpoint`)).body as string,
        logKey,
      )
      assert.ok(afterCp.ok)
      const [m, n] = [before.value.checkpoint.size, afterCp.value.checkpoint.size]
      const proof = (await anon.get(`/evidence/${orgId}/consistency?first=${m}&second=${n}`)).body
        .proof as string[]
      assert.ok(
        verifyConsistency(
          m,
          n,
          before.value.checkpoint.root,
          afterCp.value.checkpoint.root,
          proof.map((p) => decodeBase64(p)!),
        ).ok,
      )
    })

    it('should let a platform witness cosign and serve the cosignature with the checkpoint', async () => {
      const witness = await t.login(demoEmail('admin', 'platform'))
      const anon = t.anonymous()
      const keys = ((await anon.get('/evidence/keys')).body as string).trim().split('\n')
      const note = (await anon.get(`/evidence/${orgId}/checkpoint`)).body as string
      const cos = await witness.post('/api/v1/evidence/witness/cosign', {
        checkpoint: note,
        logKey: keys[0],
        proof: [],
      })
      assert.equal(cos.status, 200, JSON.stringify(cos.body))
      const size = Number(note.split('\n')[1])
      const added = await anon.post(`/evidence/${orgId}/cosignatures`, {
        size,
        cosignature: cos.body.cosignature,
      })
      assert.equal(added.status, 200, JSON.stringify(added.body))
      const served = (await anon.get(`/evidence/${orgId}/checkpoint`)).body as string
      assert.ok(served.endsWith(`${cos.body.cosignature}\n`))
      const receipt = (await collector.get('/api/v1/evidence/entries/4/receipt')).body
      const check = verifyReceipt(receipt, {
        logKey: parseVerifierKey(keys[0]),
        witnessKeys: [parseVerifierKey(keys.at(-1)!)],
      })
      assert.ok(check.ok, check.ok ? '' : check.error.message)
    })

    for (const { desc, body, status, path } of [
      {
        desc: 'an entry with a plaintext name',
        body: { items: [{ entry: { ...VALID_ENTRY, debtor: '张三' } }] },
        status: 400,
        path: ['items', 0, 'entry', 'debtor'],
      },
      {
        desc: 'an unknown field in the body',
        body: { items: [item(9)], extra: 1 },
        status: 400,
        path: ['body', 'extra'],
      },
      { desc: 'an empty batch', body: { items: [] }, status: 400, path: ['body', 'items'] },
      {
        desc: 'content that does not match its hash',
        body: { items: [{ ...item(9), contentBase64: audio(8).toString('base64') }] },
        status: 400,
        path: ['items', 0, 'content'],
      },
    ]) {
      it(`should refuse ${desc} and append nothing`, async () => {
        const before = (await collector.get('/api/v1/evidence/checkpoint')).body.size
        const res = await collector.post('/api/v1/evidence/entries', body)
        assert.equal(res.status, status)
        assert.deepEqual(
          res.body.error.details[0].path.slice(0, path.length),
          path,
          JSON.stringify(res.body),
        )
        assert.equal((await collector.get('/api/v1/evidence/checkpoint')).body.size, before)
      })
    }

    it('should answer bad proof requests with clear errors', async () => {
      const anon = t.anonymous()
      assert.equal((await anon.get(`/evidence/${orgId}/consistency?first=3&second=2`)).status, 400)
      assert.equal((await anon.get(`/evidence/${orgId}/consistency?first=0&second=2`)).status, 400)
      assert.equal((await collector.get('/api/v1/evidence/entries/99/proof')).status, 400)
      assert.equal((await collector.get('/api/v1/evidence/entries/99')).status, 404)
      assert.equal((await anon.get('/evidence/no-such-log/checkpoint')).status, 404)
    })
  })
}
