import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPipeline } from './pipeline.ts'
import { retireTemplates } from './retire-templates.ts'

const c = (cluster: string, platform: string, count: number) => ({
  cluster,
  platforms: [{ platform, count }],
})
// Month 1: A, B, C; only C is still live after it; month 2: C grows, D and E are new.
const MONTH1 = [c('A', '某某借钱', 5), c('B', '另一平台', 2), c('C', '某某借钱', 3)]
const MONTH2 = [c('C', '另一平台', 4), c('D', '某某借钱', 6), c('E', '另一平台', 2)]

function templates(top: number, retire: boolean) {
  const p = createPipeline({ templateTop: top })
  p.addTemplates(MONTH1)
  if (retire) p.retireTemplates((label) => label === 'C')
  p.addTemplates(MONTH2)
  if (retire) p.retireTemplates(() => false)
  const t = p.finish().templates
  return [t.clusters, t.complaints, t.top.map((r) => `${r.cluster}${r.size}`)]
}

describe(retireTemplates.name, () => {
  const cases = [
    { top: 2, want: [5, 22, ['C7', 'D6']] },
    { top: 3, want: [5, 22, ['C7', 'D6', 'A5']] },
    { top: 5, want: [5, 22, ['C7', 'D6', 'A5', 'B2', 'E2']] },
  ]
  for (const { top, want } of cases) {
    it(`should leave the report unchanged with the top ${top}`, () => {
      assert.deepEqual(templates(top, true), want)
      assert.deepEqual(templates(top, false), want)
    })
  }
  it('should keep only the live campaigns in the running map', () => {
    const p = createPipeline({ templateTop: 1 })
    p.addTemplates(MONTH1)
    p.retireTemplates((label) => label === 'C')
    const t = p.finish().templates
    assert.deepEqual([t.clusters, t.complaints, t.top[0]?.cluster], [3, 10, 'A'])
  })
})
