import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { layoutLinkGraph, type GraphLink } from './link-graph.ts'

const link = (a: string, b: string, signal: string, strength: 'strong' | 'weak'): GraphLink => ({
  a,
  b,
  signal,
  strength,
  zh: `${signal} 相同`,
  en: `same ${signal}`,
})

describe(layoutLinkGraph.name, () => {
  const links = [
    link('acct:甲', 'acct:乙', 'device', 'weak'),
    link('acct:乙', 'acct:甲', 'ip_range', 'weak'),
    link('acct:乙', 'acct:丙', 'phone', 'strong'),
  ]
  const g = layoutLinkGraph(links, 100, 100, 50)

  it('should label accounts A, B, C in order of first appearance', () => {
    assert.deepEqual(
      g.nodes.map((n) => [n.id, n.label]),
      [
        ['acct:甲', 'A'],
        ['acct:乙', 'B'],
        ['acct:丙', 'C'],
      ],
    )
  })
  it('should put the first account at the top and go clockwise on the circle', () => {
    // Three accounts: at −90°, 30° and 150° on a circle of radius 50 around (100, 100).
    assert.deepEqual(
      g.nodes.map((n) => [n.x, n.y]),
      [
        [100, 50],
        [143.3, 125],
        [56.7, 125],
      ],
    )
  })
  it('should merge the links of one pair into one edge, whichever way round they are', () => {
    assert.deepEqual(
      g.edges.map((e) => [e.from.label, e.to.label, e.links.map((l) => l.signal), e.strong]),
      [
        ['A', 'B', ['device', 'ip_range'], false],
        ['B', 'C', ['phone'], true],
      ],
    )
  })
  it('should draw nothing without links', () => {
    assert.deepEqual(layoutLinkGraph([]), { nodes: [], edges: [] })
  })
})
