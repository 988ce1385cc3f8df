import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, it } from 'node:test'
import {
  checkComplaintForm,
  checkEvidenceUpload,
  sniffEvidenceFormat,
  type ComplaintDraft,
} from './intake.ts'

const POA_SHA = 'a'.repeat(64)
const GOOD: ComplaintDraft = {
  respondent: '恒小花',
  title: '暴力催收，每天打20个电话',
  problem: '暴力催收',
  text: '逾期三天，催收员每天打20个电话，还打给我同事，威胁起诉我。',
  requests: '停止骚扰,协商还款',
  amount: '5,000',
  contact: { phone: '138 0013 8000' },
}
const KNOWN = { knownRespondents: new Set(['恒小花', '拍拍贷']) }

describe(checkComplaintForm.name, () => {
  it('should accept a complete form and normalise amount and phone', () => {
    const r = checkComplaintForm(GOOD, KNOWN)
    assert.ok(r.ok)
    assert.equal(r.value.amountYuan, 5000)
    assert.deepEqual(r.value.contact, { phone: '13800138000' })
    assert.equal(r.value.filedBy, 'self')
  })

  // Each row mutates the good form; `want` is the issue code the spec calls for.
  const BAD: { desc: string; patch: Partial<ComplaintDraft>; want: string; path: string }[] = [
    {
      desc: 'no respondent',
      patch: { respondent: '  ' },
      want: 'respondent_missing',
      path: 'respondent',
    },
    {
      desc: 'an unknown respondent',
      patch: { respondent: '不存在贷' },
      want: 'respondent_unknown',
      path: 'respondent',
    },
    { desc: 'no cause', patch: { title: '', problem: '' }, want: 'cause_missing', path: 'problem' },
    { desc: 'a text too short', patch: { text: '催收太凶' }, want: 'text_too_short', path: 'text' },
    { desc: 'no contact', patch: { contact: {} }, want: 'contact_missing', path: 'contact' },
    {
      desc: 'a landline',
      patch: { contact: { phone: '010-12345678' } },
      want: 'phone_invalid',
      path: 'contact.phone',
    },
    {
      desc: 'a bad e-mail',
      patch: { contact: { email: 'a@b' } },
      want: 'email_invalid',
      path: 'contact.email',
    },
    { desc: 'no amount', patch: { amount: undefined }, want: 'amount_missing', path: 'amount' },
    {
      desc: 'an amount over 200,000 yuan',
      patch: { amount: 200_000.01 },
      want: 'amount_out_of_scope',
      path: 'amount',
    },
    { desc: 'a negative amount', patch: { amount: -1 }, want: 'amount_invalid', path: 'amount' },
    {
      desc: 'an amount in words',
      patch: { amount: '五千' },
      want: 'amount_invalid',
      path: 'amount',
    },
    {
      desc: 'an agent without power of attorney',
      patch: { filedBy: 'agent', agent: { name: '李律师' } },
      want: 'power_of_attorney_missing',
      path: 'agent.powerOfAttorney',
    },
    {
      desc: 'an unsigned power of attorney',
      patch: {
        filedBy: 'agent',
        agent: { name: '李律师', powerOfAttorney: { fileSha256: POA_SHA, signed: false } },
      },
      want: 'power_of_attorney_unsigned',
      path: 'agent.powerOfAttorney.signed',
    },
  ]
  for (const { desc, patch, want, path } of BAD) {
    it(`should refuse ${desc} with a bilingual message on ${path}`, () => {
      const r = checkComplaintForm({ ...GOOD, ...patch }, KNOWN)
      assert.ok(!r.ok)
      assert.deepEqual(
        r.issues.map((i) => i.code),
        [want],
      )
      assert.equal(r.issues[0].path.join('.'), path)
      assert.match(r.issues[0].zh, /[\u4e00-\u9fff]/)
      assert.match(r.issues[0].en, /[a-z]/)
    })
  }

  it('should accept a missing contact only when told the platform checked it (imports)', () => {
    const noContact = { ...GOOD, contact: {} }
    assert.ok(checkComplaintForm(noContact, { ...KNOWN, requireContact: false }).ok)
    const bad = checkComplaintForm(
      { ...GOOD, contact: { phone: '123' } },
      { requireContact: false },
    )
    assert.ok(!bad.ok && bad.issues[0].code === 'phone_invalid')
  })

  it('should accept exactly 200,000 yuan', () => {
    assert.ok(checkComplaintForm({ ...GOOD, amount: 200_000 }, KNOWN).ok)
  })

  it('should accept an agent with a signed power of attorney', () => {
    const r = checkComplaintForm({
      ...GOOD,
      filedBy: 'agent',
      agent: { name: '李律师', powerOfAttorney: { fileSha256: POA_SHA, signed: true } },
    })
    assert.ok(r.ok)
    assert.equal(r.value.agent?.powerOfAttorneySha256, POA_SHA)
  })

  it('should report every problem of an empty form at once', () => {
    const r = checkComplaintForm({})
    assert.ok(!r.ok)
    assert.deepEqual(
      r.issues.map((i) => i.code),
      [
        'respondent_missing',
        'cause_missing',
        'text_too_short',
        'amount_missing',
        'contact_missing',
      ],
    )
  })
})

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
  )
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF\0rest of image')
const PNG = bytes('\x89PNG\r\n\x1a\n', 'IHDR')
const WAV = bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')
const M4A = bytes([0, 0, 0, 0x20], 'ftypM4A ')

describe(sniffEvidenceFormat.name, () => {
  for (const { desc, b, want } of [
    { desc: 'JPEG', b: JPEG, want: 'jpeg' },
    { desc: 'PNG', b: PNG, want: 'png' },
    { desc: 'WAV', b: WAV, want: 'wav' },
    { desc: 'an M4A recording', b: M4A, want: 'mp4' },
    { desc: 'a shell script', b: bytes('#!/bin/sh\nrm -rf /'), want: undefined },
  ]) {
    it(`should name ${desc}`, () => assert.equal(sniffEvidenceFormat(b), want))
  }
})

describe(checkEvidenceUpload.name, () => {
  it('should accept a real JPEG and hash it', () => {
    const r = checkEvidenceUpload({ fileName: '截图1.JPG', bytes: JPEG })
    assert.ok(r.ok)
    assert.equal(r.value.sha256, createHash('sha256').update(JPEG).digest('hex'))
    assert.equal(r.value.format, 'jpeg')
  })

  const BAD = [
    {
      desc: 'a shell script named .jpg',
      fileName: 'a.jpg',
      b: bytes('#!/bin/bash\ncurl x|sh'),
      want: 'upload_disguised_script',
    },
    {
      desc: 'HTML with script named .png',
      fileName: 'b.png',
      b: bytes('<script>alert(1)</script>'),
      want: 'upload_disguised_script',
    },
    {
      desc: 'a Windows program named .jpg',
      fileName: 'c.jpg',
      b: bytes('MZ', [0x90, 0, 3]),
      want: 'upload_disguised_script',
    },
    { desc: 'a PNG named .jpg', fileName: 'd.jpg', b: PNG, want: 'upload_content_mismatch' },
    {
      desc: 'random bytes named .mp3',
      fileName: 'e.mp3',
      b: bytes([1, 2, 3, 4]),
      want: 'upload_content_mismatch',
    },
    { desc: 'an .exe', fileName: 'f.exe', b: bytes('MZ'), want: 'upload_type_not_allowed' },
    { desc: 'an empty file', fileName: 'g.jpg', b: new Uint8Array(0), want: 'upload_empty' },
  ]
  for (const { desc, fileName, b, want } of BAD) {
    it(`should refuse ${desc}`, () => {
      const r = checkEvidenceUpload({ fileName, bytes: b })
      assert.ok(!r.ok)
      assert.equal(r.issues[0].code, want)
    })
  }

  it('should refuse a file one byte over the limit and accept one at it', () => {
    const at = new Uint8Array(100)
    at.set(JPEG.subarray(0, 4))
    assert.ok(checkEvidenceUpload({ fileName: 'x.jpg', bytes: at }, 100).ok)
    const over = new Uint8Array(101)
    over.set(JPEG.subarray(0, 4))
    const r = checkEvidenceUpload({ fileName: 'x.jpg', bytes: over }, 100)
    assert.ok(!r.ok && r.issues[0].code === 'upload_too_large')
  })
})
