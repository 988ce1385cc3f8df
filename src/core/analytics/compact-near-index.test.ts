import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { NearDuplicateIndex, generateComplaints } from '../complaints/index.ts'
import { CompactNearIndex } from './compact-near-index.ts'

// 3,000 generated complaint texts (fixed seed): templates with varied amounts, and unrelated texts.
const texts = [...generateComplaints({ n: 3000, seed: 5 })].map((g) => g.record.text)

// The reference: the complaints module's index, cluster root and best earlier match of each text.
const reference = new NearDuplicateIndex()
const wantBest: number[] = []
for (const [i, text] of texts.entries()) {
  const sig = reference.signature(text)
  wantBest.push(reference.query(sig, reference.params.threshold, 1)[0]?.index ?? -1)
  reference.add({ id: `c${i}` }, sig)
}
const wantRoots = texts.map((_, i) => reference.find(i))

function build(bits: 16 | 32): { roots: number[]; best: number[]; index: CompactNearIndex } {
  const index = new CompactNearIndex({}, bits)
  const best: number[] = []
  for (const [i, text] of texts.entries()) {
    const sig = reference.signature(text)
    best.push(index.best(sig))
    index.add(`c${i}`, i % 7, sig)
  }
  return { roots: texts.map((_, i) => index.find(i)), best, index }
}

describe(CompactNearIndex.name, () => {
  it('should find the same clusters and best matches as NearDuplicateIndex with 32 bits', () => {
    const { roots, best, index } = build(32)
    assert.ok(new Set(wantRoots).size < texts.length - 100, 'the data has clusters')
    assert.deepEqual(roots, wantRoots)
    assert.deepEqual(best, wantBest)
    assert.deepEqual([index.id(2999), index.tag(2999), index.size], ['c2999', 2999 % 7, 3000])
  })
  it('should put at most 1% of the texts in another cluster with 16 bits', () => {
    const { roots } = build(16)
    const moved = roots.filter((r, i) => r !== wantRoots[i]).length
    assert.ok(moved <= 30, `${moved} of 3000 moved`)
  })
  it('should hold fewer bytes with 16 bits than with 32', () => {
    assert.ok(build(16).index.bytes < build(32).index.bytes)
  })
})
