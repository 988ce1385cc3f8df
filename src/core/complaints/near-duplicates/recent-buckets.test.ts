import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { RecentBuckets } from './recent-buckets.ts'
import { VisitedSet } from './visited-set.ts'

// Reads buckets one at a time through `newestOf`.
function newest(t: RecentBuckets, key: number): number[] {
  const ends = new Int32Array(1)
  const out = t.newestOf(Uint32Array.of(key), 1, ends)
  return [...out.subarray(0, ends[0])]
}

describe(RecentBuckets.name, () => {
  it('should answer nothing for a key never pushed', () => {
    assert.deepEqual(newest(new RecentBuckets(24), 7), [])
  })

  const cases: { name: string; keep: number; pushed: number; want: number[] }[] = [
    { name: 'one item', keep: 24, pushed: 1, want: [0] },
    { name: 'a small block', keep: 24, pushed: 3, want: [2, 1, 0] },
    { name: 'a full small block', keep: 24, pushed: 4, want: [3, 2, 1, 0] },
    { name: 'a ring just grown', keep: 24, pushed: 5, want: [4, 3, 2, 1, 0] },
    {
      name: 'a ring past its capacity',
      keep: 6,
      pushed: 15,
      want: [14, 13, 12, 11, 10, 9],
    },
    { name: 'keep 1', keep: 1, pushed: 5, want: [4] },
    { name: 'keep 3', keep: 3, pushed: 7, want: [6, 5, 4] },
    {
      name: 'a doubled block',
      keep: 20,
      pushed: 13,
      want: [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    },
    {
      name: 'unbounded',
      keep: Number.MAX_SAFE_INTEGER,
      pushed: 100,
      want: Array.from({ length: 100 }, (_, i) => 99 - i),
    },
  ]
  for (const c of cases) {
    it(`should keep the newest items, newest first: ${c.name}`, () => {
      const t = new RecentBuckets(c.keep)
      for (let i = 0; i < c.pushed; i++) t.push(0xdeadbeef, i)
      assert.deepEqual(newest(t, 0xdeadbeef), c.want)
    })
  }

  it('should keep buckets apart through growth and reused small blocks', () => {
    const t = new RecentBuckets(5, 4)
    // Item i goes to bucket i % 50; a naive map of arrays is the reference.
    const ref = new Map<number, number[]>()
    for (let i = 0; i < 2000; i++) {
      const key = (i % 50) * 2654435761
      t.push(key >>> 0, i)
      ref.set(key >>> 0, [i, ...(ref.get(key >>> 0) ?? [])].slice(0, 5))
    }
    for (const [key, want] of ref) assert.deepEqual(newest(t, key), want)
    assert.equal(t.size, 50)
  })

  it('should read several buckets at once, one after another', () => {
    const t = new RecentBuckets(4)
    for (const [key, item] of [
      [1, 10],
      [2, 20],
      [1, 11],
      [3, 30],
      [1, 12],
    ] as const) {
      t.push(key, item)
    }
    const ends = new Int32Array(4)
    const out = t.newestOf(Uint32Array.of(1, 9, 2, 3), 4, ends)
    assert.deepEqual([...out.subarray(0, 5)], [12, 11, 10, 20, 30])
    assert.deepEqual([...ends], [3, 3, 4, 5])
  })
})

describe(VisitedSet.name, () => {
  it('should report each item once per generation', () => {
    const s = new VisitedSet(10)
    assert.deepEqual(
      [5, 7, 5, 0, 7, 1 << 30].map((i) => s.add(i)),
      [true, true, false, true, false, true],
    )
    s.clear()
    assert.equal(s.add(5), true)
  })

  it('should hold more items than it was sized for', () => {
    const s = new VisitedSet(10)
    for (let i = 0; i < 1000; i++) assert.equal(s.add(i * 64), true)
    for (let i = 0; i < 1000; i++) assert.equal(s.add(i * 64), false)
    s.clear()
    assert.equal(s.add(64), true)
  })
})
