import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, it } from 'node:test'
import { openCheckpoint, parseCheckpoint, signCheckpoint } from './checkpoint.ts'
import { parseVerifierKey } from './note-keys.ts'
import { checkpointFixture } from './testdata/keys.ts'

const ROOT = createHash('sha256').update('根').digest()
const BODY = `gongdao.test/log\n12345678901\n${ROOT.toString('base64')}\n`

describe(parseCheckpoint.name, () => {
  it('should read origin, a size beyond 2^32, and the root', () => {
    const c = parseCheckpoint(BODY)
    assert.deepEqual(
      [c.origin, c.size, Buffer.from(c.root).toString('hex')],
      ['gongdao.test/log', 12345678901, ROOT.toString('hex')],
    )
  })
  for (const { desc, text } of [
    { desc: 'a missing final newline', text: BODY.slice(0, -1) },
    { desc: 'an extra line', text: `${BODY}额外\n` },
    { desc: 'a missing root line', text: 'gongdao.test/log\n5\n' },
    { desc: 'a size with a leading zero', text: BODY.replace('12345678901', '012345678901') },
    { desc: 'a negative size', text: BODY.replace('12345678901', '-1') },
    { desc: 'a size beyond 2^53', text: BODY.replace('12345678901', '9007199254740993') },
    {
      desc: 'a root of 31 bytes',
      text: BODY.replace(ROOT.toString('base64'), ROOT.subarray(1).toString('base64')),
    },
    { desc: 'a root in unpadded base64', text: BODY.replace(/=\n$/, '\n') },
    { desc: 'an empty origin', text: BODY.replace('gongdao.test/log', '') },
  ]) {
    it(`should refuse ${desc}`, () =>
      assert.throws(() => parseCheckpoint(text), { code: 'EVIDENCE_NOTE_MALFORMED' }))
  }
})

describe(openCheckpoint.name, () => {
  const { signer, verifierKey, witnessKey } = checkpointFixture()
  const note = signCheckpoint({ origin: 'gongdao.test/log', size: 3, root: ROOT }, signer)
  it('should open a checkpoint signed by the log key', () => {
    const res = openCheckpoint(note, parseVerifierKey(verifierKey))
    assert.ok(res.ok)
    assert.equal(res.value.checkpoint.size, 3)
  })
  it('should refuse a checkpoint whose size was changed after signing', () => {
    const res = openCheckpoint(note.replace('\n3\n', '\n4\n'), parseVerifierKey(verifierKey))
    assert.equal(res.ok, false)
    if (!res.ok) assert.equal(res.error.code, 'EVIDENCE_SIGNATURE_INVALID')
  })
  it('should refuse a cosigner key used as the log key', () => {
    assert.equal(openCheckpoint(note, parseVerifierKey(witnessKey)).ok, false)
  })
})
