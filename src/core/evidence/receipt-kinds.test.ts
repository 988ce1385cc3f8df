// Receipts of both entry kinds: a contact receipt made by the session-1 code (a stored file) still
// verifies, and a complaint-event receipt verifies against its body text and evidence files.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { canonicalJsonBytes } from './canonical-json.ts'
import { formatCheckpoint, signCheckpoint } from './checkpoint.ts'
import { cosignCheckpoint } from './cosignature.ts'
import { MemoryTree } from './memory-tree.ts'
import { parseVerifierKey } from './note-keys.ts'
import { buildReceipt, verifyReceipt } from './receipt.ts'
import { checkpointFixture } from './testdata/keys.ts'
import { VALID_ENTRY } from './testdata/sample-entry.ts'
import { VALID_EVENT } from './testdata/sample-event.ts'

const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex')
const { signer, verifierKey, witness, witnessKey } = checkpointFixture()
const keys = { logKey: parseVerifierKey(verifierKey), witnessKeys: [parseVerifierKey(witnessKey)] }
const ORIGIN = 'gongdao.test/log'
const BODY = '催收员在晚上十点后致电，投诉属实。'
const SCREENSHOT = Buffer.from('截图：22:14 来电记录')
const LETTER = Buffer.from('出借人回复函：已暂停该催收员的外呼。')
const event = {
  ...VALID_EVENT,
  body_sha256: sha(BODY),
  evidence_sha256: [sha(SCREENSHOT), sha(LETTER)].sort(),
}
// A mixed log: contacts and complaint events side by side, as one organisation's log holds them.
const leaves = [VALID_ENTRY, event, { ...VALID_ENTRY, contact_id: 'ct_0002' }]
const tree = new MemoryTree()
for (const e of leaves) tree.appendData(canonicalJsonBytes(e))
const head = { origin: ORIGIN, size: 3, root: tree.root() }
const EVENT_RECEIPT = buildReceipt({
  ...head,
  index: 1,
  entry: event,
  proof: tree.inclusionProof(1),
  checkpoint: signCheckpoint(head, signer),
  cosignatures: [cosignCheckpoint(formatCheckpoint(head), witness, 1767225600)],
})

describe(`${verifyReceipt.name} (entry kinds)`, () => {
  it('should verify a contact receipt written by the session-1 code, byte for byte', () => {
    const stored = JSON.parse(
      readFileSync(new URL('./testdata/contact-receipt-v1.json', import.meta.url), 'utf8'),
    ) as unknown
    const recording = Buffer.from('录音文件：您好，这里是某某金融，提醒您按时还款。')
    const res = verifyReceipt(stored, { ...keys, content: recording })
    assert.ok(res.ok, res.ok ? '' : res.error.message)
    assert.deepEqual(res.value.witnesses, ['mediator.test/w1'])
  })

  for (const [what, content] of [
    ['the body text', Buffer.from(BODY)],
    ['the screenshot', SCREENSHOT],
    ['the lender letter', LETTER],
  ] as const) {
    it(`should verify a complaint-event receipt against ${what}`, () => {
      const res = verifyReceipt(JSON.parse(JSON.stringify(EVENT_RECEIPT)), { ...keys, content })
      assert.ok(res.ok, res.ok ? '' : res.error.message)
      assert.equal(res.value.contentChecked, true)
    })
  }

  for (const { desc, receipt, content, part } of [
    {
      desc: 'an edited reason text',
      receipt: EVENT_RECEIPT,
      content: Buffer.from('催收员在白天致电，投诉不属实。'),
      part: 'content',
    },
    {
      desc: 'a changed verdict',
      receipt: { ...EVENT_RECEIPT, entry: { ...event, verdict: 'not_substantiated' } },
      content: undefined,
      part: 'entry',
    },
    {
      desc: 'a dropped evidence file',
      receipt: { ...EVENT_RECEIPT, entry: { ...event, evidence_sha256: [] } },
      content: undefined,
      part: 'entry',
    },
    {
      desc: 'an event presented at the contact index',
      receipt: { ...EVENT_RECEIPT, index: 0 },
      content: undefined,
      part: 'proof',
    },
    {
      desc: 'content for a filing with no texts',
      receipt: buildReceipt({
        ...head,
        index: 1,
        entry: { ...event, body_sha256: null, evidence_sha256: [] },
        proof: tree.inclusionProof(1),
        checkpoint: EVENT_RECEIPT.checkpoint,
      }),
      content: Buffer.from(BODY),
      part: 'content',
    },
  ]) {
    it(`should reject ${desc} and name the ${part}`, () => {
      const res = verifyReceipt(receipt, { ...keys, content })
      assert.equal(res.ok, false)
      if (!res.ok) assert.equal(res.error.part, part, res.error.message)
    })
  }
})
