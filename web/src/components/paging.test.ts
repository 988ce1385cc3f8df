import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { clampPage, pageCount, pageOf } from './paging.ts'

describe(pageCount.name, () => {
  const CASES = [
    { total: 0, size: 20, want: 1 },
    { total: 20, size: 20, want: 1 },
    { total: 21, size: 20, want: 2 },
    { total: 45, size: 5, want: 9 },
  ]
  for (const { total, size, want } of CASES) {
    it(`should give ${want} pages for ${total} rows of ${size}`, () =>
      assert.equal(pageCount(total, size), want))
  }
  it('should refuse a page size of 0', () => assert.throws(() => pageCount(10, 0)))
})

describe(clampPage.name, () => {
  it('should keep the page inside 1 … pages', () => {
    assert.deepEqual(
      [0, 1, 3, 4, 99].map((p) => clampPage(p, 12, 5)),
      [1, 1, 3, 3, 3],
    )
  })
})

describe(pageOf.name, () => {
  const rows = ['甲', '乙', '丙', '丁', '戊', '己', '庚']
  it('should slice each page', () => {
    assert.deepEqual(
      [1, 2, 3].map((p) => pageOf(rows, p, 3)),
      [['甲', '乙', '丙'], ['丁', '戊', '己'], ['庚']],
    )
  })
  it('should show the last page for a page past the end', () => {
    assert.deepEqual(pageOf(rows, 9, 3), ['庚'])
  })
})
