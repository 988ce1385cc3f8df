import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseAmount } from './parse-amount.ts'

const CASES: { desc: string; input: unknown; want: number | null | 'error' }[] = [
  { desc: 'a number', input: 3000, want: 3000 },
  { desc: 'yuan suffix', input: '5000元', want: 5000 },
  { desc: 'thousands commas', input: '1,234.5元', want: 1234.5 },
  { desc: 'Chinese comma', input: '12，000', want: 12000 },
  { desc: 'wan', input: '2万', want: 20000 },
  { desc: 'wan yuan with decimals', input: '1.5万元', want: 15000 },
  { desc: 'yen sign', input: '¥3,000', want: 3000 },
  { desc: 'full-width digits', input: '３０００', want: 3000 },
  { desc: 'about', input: '约8000元', want: 8000 },
  { desc: 'twenty wan is the cap itself', input: '20万', want: 200000 },
  { desc: 'empty is unknown', input: '', want: null },
  { desc: 'none is unknown', input: '无', want: null },
  { desc: 'missing is unknown', input: undefined, want: null },
  { desc: 'a range', input: '1000-2000', want: 'error' },
  { desc: 'negative', input: -5, want: 'error' },
  { desc: 'words', input: '很多钱', want: 'error' },
]

describe(parseAmount.name, () => {
  for (const { desc, input, want } of CASES) {
    it(`should handle ${desc}`, () => {
      const got = parseAmount(input)
      if (want === 'error') assert.equal(got.ok, false)
      else assert.deepEqual(got, { ok: true, yuan: want })
    })
  }
})
