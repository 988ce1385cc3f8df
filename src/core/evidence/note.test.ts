import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkpointFixture } from './testdata/keys.ts'
import { parseNote, signNote, verifyNote } from './note.ts'
import { formatVerifierKey, parseSignerKey, parseVerifierKey } from './note-keys.ts'

// The example of golang.org/x/mod/sumdb/note (an independent implementation of signed notes).
const GO_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'
const GO_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz'
const GO_TEXT =
  "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
const GO_NOTE = `${GO_TEXT}\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`

describe(signNote.name, () => {
  it('should reproduce the Go sumdb/note example byte for byte', () => {
    assert.equal(signNote(GO_TEXT, [parseSignerKey(GO_SKEY)]), GO_NOTE)
  })
  it('should derive the published verifier key from the signer key', () => {
    assert.equal(formatVerifierKey(parseSignerKey(GO_SKEY)), GO_VKEY)
  })
})

describe(verifyNote.name, () => {
  const key = parseVerifierKey(GO_VKEY)
  it('should verify the Go example note', () => {
    const res = verifyNote(GO_NOTE, key)
    assert.ok(res.ok)
    assert.equal(res.value.text, GO_TEXT)
  })
  for (const { desc, note, code } of [
    {
      desc: 'a changed text',
      note: GO_NOTE.replace('answer', 'Answer'),
      code: 'EVIDENCE_SIGNATURE_INVALID',
    },
    { desc: 'a truncated note', note: GO_NOTE.slice(0, -1), code: 'EVIDENCE_NOTE_MALFORMED' },
    { desc: 'a note cut before its signatures', note: GO_TEXT, code: 'EVIDENCE_NOTE_MALFORMED' },
    {
      desc: 'an extra line after the signature',
      note: `${GO_NOTE}附加行\n`,
      code: 'EVIDENCE_NOTE_MALFORMED',
    },
    {
      desc: 'a carriage return in the text',
      note: GO_NOTE.replace('problem,\n', 'problem,\r\n'),
      code: 'EVIDENCE_NOTE_MALFORMED',
    },
    {
      desc: 'non-canonical base64 in the signature',
      note: GO_NOTE.replace('AM=', 'AN='),
      code: 'EVIDENCE_NOTE_MALFORMED',
    },
  ]) {
    it(`should refuse ${desc}`, () => {
      const res = verifyNote(note, key)
      assert.equal(res.ok, false)
      if (!res.ok) assert.equal(res.error.code, code, res.error.message)
    })
  }
  it('should refuse a note verified with the wrong key', () => {
    const res = verifyNote(GO_NOTE, parseVerifierKey(checkpointFixture().verifierKey))
    assert.equal(res.ok, false)
    if (!res.ok) assert.match(res.error.message, /no signature by/)
  })
  it('should keep unknown signatures when parsing', () => {
    const twoSigned = `${GO_NOTE}— 见证人 AAAAAAAAAAA=\n`
    assert.equal(parseNote(twoSigned).signatures.length, 2)
  })
})

describe(parseVerifierKey.name, () => {
  for (const { desc, text } of [
    { desc: 'a wrong key id', text: GO_VKEY.replace('c74f20a3', 'c74f20a4') },
    { desc: 'an upper-case key id', text: GO_VKEY.replace('c74f20a3', 'C74F20A3') },
    { desc: 'a missing part', text: 'PeterNeumann+c74f20a3' },
    { desc: 'a truncated key', text: GO_VKEY.slice(0, -4) },
    {
      desc: 'an unknown key type',
      text: 'x+00000000+AhpcsdcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW',
    },
  ]) {
    it(`should refuse ${desc}`, () =>
      assert.throws(() => parseVerifierKey(text), { code: 'EVIDENCE_NOTE_MALFORMED' }))
  }
})
