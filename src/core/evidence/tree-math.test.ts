import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { floorPowerOfTwo, levelOf, rangeNodes, splitPoint } from './tree-math.ts'

describe(splitPoint.name, () => {
  for (const { n, want } of [
    { n: 2, want: 1 },
    { n: 3, want: 2 },
    { n: 8, want: 4 },
    { n: 9, want: 8 },
    { n: 2 ** 32 + 1, want: 2 ** 32 },
    { n: 2 ** 53 - 1, want: 2 ** 52 },
    { n: 2 ** 52, want: 2 ** 51 },
  ]) {
    it(`should give ${want} for ${n}`, () => assert.equal(splitPoint(n), want))
  }
})

describe(floorPowerOfTwo.name, () => {
  it('should keep exact powers of two up to 2^52', () => {
    for (let l = 0; l <= 52; l++) assert.equal(floorPowerOfTwo(2 ** l), 2 ** l)
  })
})

describe(rangeNodes.name, () => {
  for (const { desc, start, end, want } of [
    { desc: '空区间', start: 0, end: 0, want: [] },
    { desc: '七片叶子', start: 0, end: 7, want: ['2/0', '1/2', '0/6'] },
    { desc: '未对齐的起点', start: 3, end: 9, want: ['0/3', '2/1', '0/8'] },
    { desc: '超过 2^32', start: 2 ** 32, end: 2 ** 32 + 3, want: ['1/2147483648', '0/4294967298'] },
  ]) {
    it(`should split ${desc}`, () => {
      assert.deepEqual(
        rangeNodes(start, end).map((n) => `${n.level}/${n.index}`),
        want,
      )
    })
  }
})

describe(levelOf.name, () => {
  it('should give the exact exponent of every power of two up to 2^53', () => {
    for (let l = 0; l <= 53; l++) assert.equal(levelOf(2 ** l), l)
  })
})
