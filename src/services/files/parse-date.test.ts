import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { formatIsoWithOffset, parseDate } from './parse-date.ts'

// Expected instants written as ISO strings with explicit offsets, computed by hand.
const CASES: { desc: string; input: unknown; want: string | null }[] = [
  { desc: 'slashes without padding', input: '2025/3/1', want: '2025-03-01T00:00:00+08:00' },
  { desc: 'date and minutes', input: '2025-03-01 08:00', want: '2025-03-01T08:00:00+08:00' },
  { desc: 'ISO with Z', input: '2025-03-01T00:30:00Z', want: '2025-03-01T00:30:00Z' },
  { desc: 'ISO with offset', input: '2025-03-01T10:00:00+09:00', want: '2025-03-01T01:00:00Z' },
  {
    desc: 'ISO with milliseconds',
    input: '2025-06-30T23:59:59.500+08:00',
    want: '2025-06-30T23:59:59.500+08:00',
  },
  { desc: 'Chinese date', input: '2025年3月1日 14:05', want: '2025-03-01T14:05:00+08:00' },
  {
    desc: 'Excel serial number (45717 = 2025-03-01)',
    input: 45717,
    want: '2025-03-01T00:00:00+08:00',
  },
  {
    desc: 'Excel serial with a quarter day as text',
    input: '45717.25',
    want: '2025-03-01T06:00:00+08:00',
  },
  { desc: 'epoch seconds', input: 1740787200, want: '2025-03-01T00:00:00Z' },
  { desc: 'epoch milliseconds', input: 1740787200000, want: '2025-03-01T00:00:00Z' },
  { desc: 'no 30 February', input: '2025-02-30', want: null },
  { desc: 'month 13', input: '2025/13/1', want: null },
  { desc: 'words', input: '昨天', want: null },
  { desc: 'empty', input: '', want: null },
  { desc: 'missing', input: undefined, want: null },
]

describe(parseDate.name, () => {
  for (const { desc, input, want } of CASES) {
    it(`should read ${desc}`, () => {
      const got = parseDate(input)
      if (want === null) assert.equal(got.ok, false)
      else assert.deepEqual(got, { ok: true, ms: Date.parse(want) })
    })
  }
  it('should read a naive date in the given zone', () => {
    assert.deepEqual(parseDate('2025-03-01 08:00', 0), {
      ok: true,
      ms: Date.parse('2025-03-01T08:00:00Z'),
    })
  })
})

describe(formatIsoWithOffset.name, () => {
  it('should write China time with its offset', () => {
    assert.equal(
      formatIsoWithOffset(Date.parse('2025-02-28T16:00:00Z')),
      '2025-03-01T00:00:00+08:00',
    )
  })
})
