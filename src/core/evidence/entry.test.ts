import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseContactEntry } from './entry.ts'
import { VALID_ENTRY } from './testdata/sample-entry.ts'

const H = (c: string): string => c.repeat(64)

describe(parseContactEntry.name, () => {
  it('should accept a valid entry', () => assert.ok(parseContactEntry(VALID_ENTRY).ok))

  for (const { desc, patch, path } of [
    { desc: 'a plaintext Chinese name as debtor', patch: { debtor: '张三' }, path: 'debtor' },
    {
      desc: 'a plaintext mobile number as counterparty',
      patch: { counterparty: '13812345678' },
      path: 'counterparty',
    },
    {
      desc: 'a mobile number as contact id',
      patch: { contact_id: 'call-13812345678' },
      path: 'contact_id',
    },
    {
      desc: 'an ID number as contact id',
      patch: { contact_id: '11010519491231002X' },
      path: 'contact_id',
    },
    {
      desc: 'a mobile number in a string shaped almost like a UUID (11 characters at the end)',
      patch: { contact_id: '0e1d2c3b-4a59-4687-9a0b-13912345678' },
      path: 'contact_id',
    },
    { desc: 'upper-case content hash', patch: { content_sha256: H('E') }, path: 'content_sha256' },
    { desc: 'a short content hash', patch: { content_sha256: 'abc' }, path: 'content_sha256' },
    { desc: 'an unknown channel', patch: { channel: '上门' }, path: 'channel' },
    {
      desc: 'a time without offset',
      patch: { started_at: '2026-03-02 10:00:00' },
      path: 'started_at',
    },
    { desc: 'an unknown field', patch: { debtor_name: '李四' }, path: 'debtor_name' },
    { desc: 'a missing field', patch: { outcome: undefined }, path: 'outcome' },
    {
      desc: 'an end before the start',
      patch: { ended_at: '2026-03-02T09:00:00+08:00' },
      path: 'ended_at',
    },
  ]) {
    it(`should refuse ${desc}`, () => {
      const input: Record<string, unknown> = { ...VALID_ENTRY, ...patch }
      if ('outcome' in patch && patch.outcome === undefined) delete input.outcome
      const res = parseContactEntry(input)
      assert.equal(res.ok, false)
      if (!res.ok) {
        assert.ok(
          res.error.details.some((d) => d.path[0] === path),
          JSON.stringify(res.error.details),
        )
      }
    })
  }

  // One random UUID in about 3,400 holds 11 digits in its last group that read as a mobile
  // number; a generated id must still be accepted (the collection demo once failed on one).
  for (const uuid of [
    '0e1d2c3b-4a59-4687-9a0b-a13912345678',
    '5f0c9e1a-7b3d-4c2e-8f6a-15012345678b',
    '5F0C9E1A-7B3D-4C2E-8F6A-15012345678B',
  ]) {
    it(`should accept the UUID ${uuid} as contact id and lender`, () => {
      const res = parseContactEntry({ ...VALID_ENTRY, contact_id: uuid, lender: uuid })
      assert.ok(res.ok, res.ok ? '' : JSON.stringify(res.error.details))
    })
  }
})
