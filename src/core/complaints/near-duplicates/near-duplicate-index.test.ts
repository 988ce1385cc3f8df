import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { bandKey, NearDuplicateIndex } from './near-duplicate-index.ts'

// A deterministic pseudo-random 32-bit sequence (mulberry32).
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
}

// The naive answer: every earlier item among the newest `scan` of a bucket it shares with `sig`,
// compared slot by slot on the full values.
function naiveQuery(
  sigs: Uint32Array[],
  sig: Uint32Array,
  p: { bands: number; rows: number; bucketScan: number },
  threshold: number,
): { index: number; similarity: number }[] {
  const near = new Set<number>()
  for (let b = 0; b < p.bands; b++) {
    const key = bandKey(sig, b * p.rows, p.rows, b)
    const inBucket = sigs
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => bandKey(s, b * p.rows, p.rows, b) === key)
      .map(({ i }) => i)
    for (const i of inBucket.slice(-p.bucketScan)) near.add(i)
  }
  const out: { index: number; similarity: number }[] = []
  for (const i of near) {
    const other = sigs[i] ?? new Uint32Array(0)
    const same = sig.filter((v, j) => v === other[j]).length
    if (same / sig.length >= threshold - 1e-9) out.push({ index: i, similarity: same / sig.length })
  }
  return out.sort((a, b) => b.similarity - a.similarity || a.index - b.index)
}

describe(NearDuplicateIndex.name, () => {
  it('should not take slots whose low bytes agree for equal slots', () => {
    const index = new NearDuplicateIndex()
    const a = new Uint32Array(64).map((_, i) => i * 1000 + 7)
    // 20 slots keep their low byte but change a higher bit: 44 of 64 slots equal (0.6875).
    const b = a.map((v, i) => (i >= 44 ? v ^ 0x100 : v))
    index.add({ id: 'a' }, a)
    assert.deepEqual(index.query(b, 0.8), [])
    assert.deepEqual(
      index.query(b, 0.6).map((m) => [m.id, m.similarity]),
      [['a', 0.6875]],
    )
  })

  const cases = [
    { name: 'default bands, short scan', bucketScan: 3, threshold: 0.8 },
    { name: 'default bands, long scan', bucketScan: 24, threshold: 0.8 },
    { name: 'a low threshold', bucketScan: 5, threshold: 0.5 },
    { name: 'an unbounded scan', bucketScan: Number.MAX_SAFE_INTEGER, threshold: 0.75 },
  ]
  for (const c of cases) {
    it(`should answer what a naive scan of the newest bucket members answers: ${c.name}`, () => {
      const next = random(7)
      const params = { bands: 10, rows: 6, bucketScan: c.bucketScan }
      const index = new NearDuplicateIndex(params)
      const families = Array.from({ length: 6 }, () => new Uint32Array(64).map(() => next()))
      const sigs: Uint32Array[] = []
      for (let i = 0; i < 400; i++) {
        // A copy of one of six templates with 0 to 24 slots changed, or a unique text.
        const base = families[next() % 7]
        const sig =
          base === undefined
            ? new Uint32Array(64).map(() => next())
            : base.map((v) => (next() % 64 < next() % 25 ? next() : v))
        const want = naiveQuery(sigs, sig, params, c.threshold).slice(0, 10)
        const got = index.query(sig, c.threshold, 10)
        assert.deepEqual(
          got.map((m) => ({ index: m.index, similarity: m.similarity })),
          want,
          `item ${i}`,
        )
        index.add({ id: `c${i}` }, sig)
        sigs.push(sig)
      }
    })
  }
})
