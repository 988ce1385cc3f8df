import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { reportTag } from '../report-tag.ts'
import { generateComplaints } from './generate.ts'
import { PLATFORMS } from './platforms.ts'
import { createRng } from './prng.ts'

const sampleOf = (n: number, seed: number) => [...generateComplaints({ n, seed })]

describe(generateComplaints.name, () => {
  it('should give the same complaints for the same seed and different ones for another', () => {
    assert.deepEqual(sampleOf(200, 7), sampleOf(200, 7))
    assert.notDeepEqual(sampleOf(50, 7), sampleOf(50, 8))
  })

  it('should give exactly n complaints with distinct ids', () => {
    const all = sampleOf(1234, 3)
    assert.equal(all.length, 1234)
    assert.equal(new Set(all.map((c) => c.record.id)).size, 1234)
  })

  // Proportions from REPORT.md §2: 49.3% of valid financial complaints tagged; ~7.8% of tagged
  // (18,000 of 230,000) with no concrete act; dates within 2025-01-01 … 2025-06-30 (UTC+8).
  const all = sampleOf(20_000, 11)
  const valid = all.filter((c) => c.record.category === '金融' && c.truth.duplicateOf === null)
  const tagged = valid.filter((c) => reportTag(c.record) !== null)

  it('should tag about half of valid financial complaints by the report rule', () => {
    const share = tagged.length / valid.length
    assert.ok(share > 0.44 && share < 0.55, `share ${share}`)
  })

  it('should leave a few percent of tagged complaints without a concrete act', () => {
    const share = tagged.filter((c) => c.truth.noConcreteAct).length / tagged.length
    assert.ok(share > 0.04 && share < 0.12, `share ${share}`)
  })

  it('should spread dates over the first half of 2025 in China time', () => {
    const times = all.map((c) => Date.parse(c.record.created_at))
    assert.ok(Math.min(...times) >= Date.parse('2025-01-01T00:00:00+08:00'))
    assert.ok(Math.max(...times) < Date.parse('2025-07-01T00:00:00+08:00'))
  })

  // REPORT.md §2: 美团借钱 83.9%, 京东借钱 76.7%, 支付宝借钱 a little above 50%.
  const shareOf = (platform: string): number => {
    const of = valid.filter((c) => c.record.platform === platform)
    return of.filter((c) => reportTag(c.record) !== null).length / of.length
  }
  const examples = [
    { platform: '美团借钱', want: 0.839, label: '84%' },
    { platform: '京东借钱', want: 0.767, label: '77%' },
    { platform: '支付宝借钱', want: 0.52, label: '52%' },
  ] as const
  for (const { platform, want, label } of examples) {
    it(`should tag about ${label} of ${platform}'s complaints`, () => {
      const share = shareOf(platform)
      assert.ok(Math.abs(share - want) < 0.05, `share ${share}`)
    })
  }

  it('should raise the tagged share from March to June', () => {
    const monthShare = (month: string): number => {
      const of = valid.filter((c) => {
        const t = Date.parse(c.record.created_at) + 8 * 3600_000
        return new Date(t).toISOString().startsWith(month)
      })
      return of.filter((c) => reportTag(c.record) !== null).length / of.length
    }
    assert.ok(monthShare('2025-06') > monthShare('2025-02') + 0.02)
  })

  it('should repeat some complaints within a minute against the customer-service account', () => {
    const byId = new Map(all.map((c) => [c.record.id, c.record]))
    const copies = all.filter((c) => c.truth.duplicateOf !== null)
    assert.ok(copies.length > 0.1 * all.length && copies.length < 0.25 * all.length)
    for (const { record, truth } of copies.slice(0, 100)) {
      const original = byId.get(truth.duplicateOf ?? '')
      assert.equal(record.platform, `${original?.platform}客服`)
      const gap = Date.parse(record.created_at) - Date.parse(original?.created_at ?? '')
      assert.ok(gap >= 0 && gap < 60_000, `gap ${gap}`)
    }
  })

  it('should produce template families of several sizes', () => {
    const sizes = new Map<number, number>()
    for (const c of all) {
      if (c.truth.family !== null) sizes.set(c.truth.family, (sizes.get(c.truth.family) ?? 0) + 1)
    }
    const values = [...sizes.values()]
    assert.ok(
      Math.max(...values) >= 50 && values.some((v) => v <= 3),
      JSON.stringify(values.slice(0, 9)),
    )
  })
})

describe('PLATFORMS', () => {
  // REPORT.md §2: 40 lending platforms, shares from 30% to 90%, 28 above 50%, 19 above 60%.
  it('should spread 40 platforms like the report', () => {
    const shares = PLATFORMS.map((p) => p.taggedShare)
    assert.equal(shares.length, 40)
    assert.equal(shares.filter((s) => s > 0.5).length, 28)
    assert.equal(shares.filter((s) => s > 0.6).length, 19)
    assert.ok(Math.min(...shares) >= 0.3 && Math.max(...shares) <= 0.9)
  })
})

describe(createRng.name, () => {
  it('should stay within [0, 1) and repeat for a seed', () => {
    const a = createRng(42)
    const b = createRng(42)
    for (let i = 0; i < 1000; i++) {
      const x = a.next()
      assert.ok(x >= 0 && x < 1)
      assert.equal(x, b.next())
    }
  })
})
