// The browser verifier agrees with the core verifier on good and tampered receipts.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, it } from 'node:test'
import {
  ALG_COSIGNATURE_V1,
  buildReceipt,
  canonicalJsonBytes,
  cosignCheckpoint,
  createNoteSigner,
  formatCheckpoint,
  MemoryTree,
  signCheckpoint,
} from '../../../../src/core/evidence/index.ts'
import { checkpointFixture } from '../../../../src/core/evidence/testdata/keys.ts'
import { VALID_ENTRY } from '../../../../src/core/evidence/testdata/sample-entry.ts'
import { VALID_EVENT } from '../../../../src/core/evidence/testdata/sample-event.ts'
import { verifyReceiptInBrowser } from './receipt-verifier.ts'

const { signer, verifierKey, otherLogKey } = checkpointFixture()
const tree = new MemoryTree()
const entries = Array.from({ length: 7 }, (_, i) => ({ ...VALID_ENTRY, contact_id: `ct_web_${i}` }))
for (const e of entries) tree.appendData(canonicalJsonBytes(e))
const receipt = buildReceipt({
  origin: 'gongdao.test/log',
  index: 5,
  size: 7,
  entry: entries[5],
  proof: tree.inclusionProof(5),
  checkpoint: signCheckpoint({ origin: 'gongdao.test/log', size: 7, root: tree.root() }, signer),
})

describe(verifyReceiptInBrowser.name, () => {
  it('should accept a good receipt', async () => {
    const v = await verifyReceiptInBrowser(JSON.parse(JSON.stringify(receipt)), verifierKey)
    assert.equal(v.ok, true, JSON.stringify(v))
  })
  for (const { desc, r, key, content, part } of [
    {
      desc: 'an edited entry',
      r: { ...receipt, entry: { ...entries[5], outcome: 'refused' } },
      key: verifierKey,
      content: undefined,
      part: 'entry',
    },
    { desc: 'a wrong key', r: receipt, key: otherLogKey, content: undefined, part: 'signature' },
    {
      desc: 'another index',
      r: { ...receipt, index: 4 },
      key: verifierKey,
      content: undefined,
      part: 'proof',
    },
    {
      desc: 'content that does not match',
      r: receipt,
      key: verifierKey,
      content: new TextEncoder().encode('伪造录音'),
      part: 'content',
    },
    {
      desc: 'a re-sized checkpoint',
      r: { ...receipt, checkpoint: receipt.checkpoint.replace('\n7\n', '\n8\n') },
      key: verifierKey,
      content: undefined,
      part: 'signature',
    },
  ]) {
    it(`should reject ${desc} naming the ${part}`, async () => {
      const v = await verifyReceiptInBrowser(r, key, content)
      assert.equal(v.ok ? 'ok' : v.part, part)
    })
  }
})

describe(`${verifyReceiptInBrowser.name} (complaint events)`, () => {
  const enc = new TextEncoder()
  const sha = (t: string) => createHash('sha256').update(t).digest('hex')
  const reason = '投诉属实：催收员夜间致电。'
  const event = { ...VALID_EVENT, body_sha256: sha(reason), evidence_sha256: [sha('截图')] }
  const t = new MemoryTree()
  for (const e of [VALID_ENTRY, event]) t.appendData(canonicalJsonBytes(e))
  const head = { origin: 'gongdao.test/log', size: 2, root: t.root() }
  const r = buildReceipt({
    ...head,
    index: 1,
    entry: event,
    proof: t.inclusionProof(1),
    checkpoint: signCheckpoint(head, signer),
  })
  for (const { desc, content, ok } of [
    { desc: 'the reason text', content: reason, ok: true },
    { desc: 'an evidence file', content: '截图', ok: true },
    { desc: 'an edited reason text', content: '投诉不属实。', ok: false },
  ]) {
    it(`should ${ok ? 'accept' : 'refuse'} an event receipt with ${desc}`, async () => {
      const v = await verifyReceiptInBrowser(
        JSON.parse(JSON.stringify(r)),
        verifierKey,
        enc.encode(content),
      )
      assert.deepEqual(v.ok ? 'ok' : v.part, ok ? 'ok' : 'content', JSON.stringify(v))
    })
  }
})

describe(`${verifyReceiptInBrowser.name} (witness cosignatures)`, () => {
  const { witness, witnessKey } = checkpointFixture()
  const stranger = createNoteSigner('ombudsman.test/w9', Buffer.alloc(32, 11), ALG_COSIGNATURE_V1)
  const body = formatCheckpoint({ origin: 'gongdao.test/log', size: 7, root: tree.root() })
  const good = cosignCheckpoint(body, witness, 1767225600)
  // The same witness line with one signature byte flipped (base64 stays canonical).
  const raw = Buffer.from(good.split(' ')[2], 'base64')
  raw[20] ^= 1
  const tampered = `${good.split(' ').slice(0, 2).join(' ')} ${raw.toString('base64')}`
  const unknown = cosignCheckpoint(body, stranger, 1767225601)
  const withCosigs = { ...receipt, cosignatures: [good, tampered, unknown, 'not a line'] }

  it('should report each cosignature as valid, invalid, unknown key or malformed, by name', async () => {
    const published = [verifierKey, witnessKey]
    const v = await verifyReceiptInBrowser(
      JSON.parse(JSON.stringify(withCosigs)),
      verifierKey,
      undefined,
      published,
    )
    assert.ok(v.ok, JSON.stringify(v))
    assert.deepEqual(
      v.cosignatures.map((c) => [c.witness, c.status, c.timestamp]),
      [
        ['mediator.test/w1', 'valid', 1767225600],
        ['mediator.test/w1', 'invalid', 1767225600],
        ['ombudsman.test/w9', 'unknown_key', 1767225601],
        ['not a line', 'malformed', undefined],
      ],
    )
  })

  it('should call a cosignature unknown when no witness key is published', async () => {
    const v = await verifyReceiptInBrowser(withCosigs, verifierKey, undefined, [verifierKey])
    assert.deepEqual(v.ok && v.cosignatures[0].status, 'unknown_key')
  })

  it('should call a cosignature over another checkpoint invalid', async () => {
    const other = formatCheckpoint({ origin: 'gongdao.test/log', size: 6, root: tree.root() })
    const stale = cosignCheckpoint(other, witness, 1767225600)
    const v = await verifyReceiptInBrowser(
      { ...receipt, cosignatures: [stale] },
      verifierKey,
      undefined,
      [witnessKey],
    )
    assert.deepEqual(v.ok && v.cosignatures.map((c) => c.status), ['invalid'])
  })
})
