import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { bytesDiffering, packPrints } from './prints.ts'

describe(bytesDiffering.name, () => {
  const cases: [number, number][] = [
    [0, 0],
    [0x00000001, 1],
    [0x80000000, 1],
    [0x00ff0000, 1],
    [0x01010101, 4],
    [0xffffffff, 4],
    [0x7f007f00, 2],
    [0x80800000, 2],
  ]
  for (const [x, want] of cases) {
    it(`should count ${want} non-zero bytes in 0x${x.toString(16)}`, () => {
      assert.equal(bytesDiffering(x | 0), want)
    })
  }
})

describe(packPrints.name, () => {
  it('should pack the low byte of each slot, first slot lowest', () => {
    const out = new Uint32Array(3)
    packPrints(Uint32Array.of(0x1234, 0xab, 0xffff01, 0x7f, 0x10, 0x20, 0x30, 0x40), out, 1)
    assert.deepEqual([...out], [0, 0x7f01ab34, 0x40302010])
  })
})
