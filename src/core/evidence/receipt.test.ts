import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, it } from 'node:test'
import { canonicalJsonBytes } from './canonical-json.ts'
import { signCheckpoint, formatCheckpoint } from './checkpoint.ts'
import { cosignCheckpoint } from './cosignature.ts'
import { MemoryTree } from './memory-tree.ts'
import { parseVerifierKey } from './note-keys.ts'
import { buildReceipt, verifyReceipt, type Receipt } from './receipt.ts'
import { checkpointFixture } from './testdata/keys.ts'
import { VALID_ENTRY } from './testdata/sample-entry.ts'

const RECORDING = Buffer.from('录音文件：您好，这里是某某金融，提醒您按时还款。')
const { signer, verifierKey, witness, witnessKey } = checkpointFixture()
const ORIGIN = 'gongdao.test/log'
const entries = Array.from({ length: 6 }, (_, i) => ({
  ...VALID_ENTRY,
  contact_id: `ct_${i}`,
  content_sha256: createHash('sha256')
    .update(RECORDING)
    .update(String(i === 4 ? '' : i))
    .digest('hex'),
}))
entries[4] = {
  ...entries[4],
  content_sha256: createHash('sha256').update(RECORDING).digest('hex'),
}
const tree = new MemoryTree()
for (const e of entries) tree.appendData(canonicalJsonBytes(e))
const checkpoint = signCheckpoint({ origin: ORIGIN, size: 6, root: tree.root() }, signer)
const cosig = cosignCheckpoint(
  formatCheckpoint({ origin: ORIGIN, size: 6, root: tree.root() }),
  witness,
  1767225600,
)
const GOOD: Receipt = buildReceipt({
  origin: ORIGIN,
  index: 4,
  size: 6,
  entry: entries[4],
  proof: tree.inclusionProof(4),
  checkpoint,
  cosignatures: [cosig],
})
const keys = {
  logKey: parseVerifierKey(verifierKey),
  witnessKeys: [parseVerifierKey(witnessKey)],
  content: RECORDING,
}

function flipFirstProofByte(r: Receipt): Receipt {
  const p = Buffer.from(r.proof[0], 'base64')
  p[0] ^= 1
  return { ...r, proof: [p.toString('base64'), ...r.proof.slice(1)] }
}

describe(verifyReceipt.name, () => {
  it('should verify a good receipt with its content and the witness cosignature', () => {
    const res = verifyReceipt(JSON.parse(JSON.stringify(GOOD)), keys)
    assert.ok(res.ok, res.ok ? '' : res.error.message)
    assert.deepEqual([res.value.contentChecked, res.value.witnesses], [true, ['mediator.test/w1']])
  })

  const changedEntry = { ...(GOOD.entry as object), outcome: 'refused' }
  for (const { desc, receipt, options, part } of [
    {
      desc: 'an edited recording',
      receipt: GOOD,
      options: { content: Buffer.from('录音文件：伪造') },
      part: 'content',
    },
    {
      desc: 'an edited entry',
      receipt: { ...GOOD, entry: changedEntry },
      options: {},
      part: 'entry',
    },
    {
      desc: 'an edited entry with a recomputed leaf hash',
      receipt: buildReceipt({
        ...GOOD,
        entry: changedEntry,
        proof: GOOD.proof.map((p) => Buffer.from(p, 'base64')),
      }),
      options: {},
      part: 'proof',
    },
    {
      desc: 'a flipped bit in the proof',
      receipt: flipFirstProofByte(GOOD),
      options: {},
      part: 'proof',
    },
    {
      desc: 'a missing proof hash',
      receipt: { ...GOOD, proof: GOOD.proof.slice(1) },
      options: {},
      part: 'proof',
    },
    {
      desc: 'non-canonical base64 in the proof',
      receipt: { ...GOOD, proof: [GOOD.proof[0].replace(/=$/, ''), ...GOOD.proof.slice(1)] },
      options: {},
      part: 'proof',
    },
    { desc: 'another leaf index', receipt: { ...GOOD, index: 3 }, options: {}, part: 'proof' },
    {
      desc: 'a re-sized checkpoint',
      receipt: { ...GOOD, checkpoint: GOOD.checkpoint.replace('\n6\n', '\n7\n') },
      options: {},
      part: 'signature',
    },
    {
      desc: 'a size that differs from the checkpoint',
      receipt: { ...GOOD, size: 7 },
      options: {},
      part: 'checkpoint',
    },
    {
      desc: 'a truncated checkpoint note',
      receipt: { ...GOOD, checkpoint: GOOD.checkpoint.slice(0, 40) },
      options: {},
      part: 'checkpoint',
    },
    {
      desc: 'the wrong log key',
      receipt: GOOD,
      options: { logKey: parseVerifierKey(checkpointFixture().otherLogKey) },
      part: 'signature',
    },
    {
      desc: 'an edited cosignature',
      receipt: { ...GOOD, cosignatures: [cosig.slice(0, -6) + 'AAAAA='] },
      options: {},
      part: 'cosignature',
    },
    {
      desc: 'a missing cosignature',
      receipt: { ...GOOD, cosignatures: [] },
      options: {},
      part: 'cosignature',
    },
    { desc: 'receipt version 2', receipt: { ...GOOD, version: 2 }, options: {}, part: 'format' },
  ]) {
    it(`should reject ${desc} and name the ${part}`, () => {
      const res = verifyReceipt(receipt, { ...keys, ...options })
      assert.equal(res.ok, false)
      if (!res.ok) assert.equal(res.error.part, part, res.error.message)
    })
  }
})
