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
})
