import assert from 'node:assert/strict'
import { verify, createPublicKey } from 'node:crypto'
import { describe, it } from 'node:test'
import { formatCheckpoint } from './checkpoint.ts'
import { checkWitnessUpdate, cosignCheckpoint, verifyCosignature } from './cosignature.ts'
import { MemoryTree } from './memory-tree.ts'
import { parseVerifierKey } from './note-keys.ts'
import { checkpointFixture } from './testdata/keys.ts'

const tree = new MemoryTree()
for (let i = 0; i < 9; i++) tree.appendData(Buffer.from(`通话 ${i}`))
const ORIGIN = 'gongdao.test/log'
const cp = (size: number) => ({ origin: ORIGIN, size, root: tree.root(size) })

describe(cosignCheckpoint.name, () => {
  const { witness, witnessKey } = checkpointFixture()
  const body = formatCheckpoint(cp(9))
  const line = cosignCheckpoint(body, witness, 1767225600)

  it('should sign the tlog-cosignature/v1 message: header, time line, checkpoint body', () => {
    const raw = Buffer.from(line.split(' ')[2], 'base64')
    assert.equal(raw.length, 4 + 8 + 64)
    assert.equal(raw.readBigUInt64BE(4), 1767225600n)
    const message = Buffer.from(`cosignature/v1\ntime 1767225600\n${body}`)
    const pub = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: witness.publicKey.toString('base64url') },
      format: 'jwk',
    })
    assert.ok(verify(null, message, pub, raw.subarray(12)))
  })

  it('should verify with the witness key and report the timestamp', () => {
    const res = verifyCosignature(body, line, parseVerifierKey(witnessKey))
    assert.ok(res.ok)
    assert.equal(res.value.timestamp, 1767225600)
  })

  it('should refuse the cosignature for another checkpoint', () => {
    assert.equal(
      verifyCosignature(formatCheckpoint(cp(8)), line, parseVerifierKey(witnessKey)).ok,
      false,
    )
  })
})

describe(checkWitnessUpdate.name, () => {
  for (const { desc, prev, next, proofFrom, want } of [
    {
      desc: 'first sight (trust on first use)',
      prev: undefined,
      next: 5,
      proofFrom: 0,
      want: true,
    },
    { desc: 'a consistent extension', prev: 3, next: 9, proofFrom: 3, want: true },
    { desc: 'the same checkpoint again', prev: 9, next: 9, proofFrom: 0, want: true },
    { desc: 'a shrinking log', prev: 9, next: 5, proofFrom: 0, want: false },
    { desc: 'a proof from the wrong size', prev: 3, next: 9, proofFrom: 4, want: false },
  ]) {
    it(`should ${want ? 'accept' : 'refuse'} ${desc}`, () => {
      const proof = proofFrom > 0 ? tree.consistencyProof(proofFrom, next) : []
      assert.equal(
        checkWitnessUpdate(prev === undefined ? undefined : cp(prev), cp(next), proof).ok,
        want,
      )
    })
  }
  it('should refuse a fork: same size, different root', () => {
    const forked = { ...cp(9), root: tree.root(8) }
    assert.equal(checkWitnessUpdate(cp(9), forked, []).ok, false)
  })
})
