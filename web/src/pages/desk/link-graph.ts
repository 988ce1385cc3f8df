/** Pure layout of the linked-accounts graph: accounts on a circle, one edge per linked pair. */

/** A link between two accounts as the complaint page receives it (`analysis.links`). */
export interface GraphLink {
  a: string
  b: string
  signal: string
  strength: 'strong' | 'weak'
  zh: string
  en: string
}

/** An account drawn as a node: its short label (账户 A, B, …) and centre. */
export interface GraphNode {
  id: string
  label: string
  x: number
  y: number
}

/** A linked pair drawn as one edge, with every link (signal and evidence) that joins it. */
export interface GraphEdge {
  key: string
  from: GraphNode
  to: GraphNode
  links: GraphLink[]
  /** Strong when any of its links is strong (a strong signal links on its own). */
  strong: boolean
}

const letter = (i: number): string =>
  i < 26
    ? String.fromCharCode(65 + i)
    : `${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`

/**
 * Lays out the accounts of `links` in order of first appearance on a circle of `radius` around
 * (`cx`, `cy`), starting at the top and going clockwise; links of the same pair share an edge.
 */
export function layoutLinkGraph(
  links: readonly GraphLink[],
  cx = 160,
  cy = 140,
  radius = 110,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const ids: string[] = []
  for (const l of links) {
    if (!ids.includes(l.a)) ids.push(l.a)
    if (!ids.includes(l.b)) ids.push(l.b)
  }
  const nodes = ids.map((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / ids.length
    return {
      id,
      label: letter(i),
      x: Math.round((cx + radius * Math.cos(angle)) * 10) / 10,
      y: Math.round((cy + radius * Math.sin(angle)) * 10) / 10,
    }
  })
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const edges = new Map<string, GraphEdge>()
  for (const l of links) {
    const [p, q] = ids.indexOf(l.a) <= ids.indexOf(l.b) ? [l.a, l.b] : [l.b, l.a]
    const key = `${p}\u0000${q}`
    const edge = edges.get(key) ?? {
      key,
      from: byId.get(p)!,
      to: byId.get(q)!,
      links: [],
      strong: false,
    }
    edge.links.push(l)
    edge.strong ||= l.strength === 'strong'
    edges.set(key, edge)
  }
  return { nodes, edges: [...edges.values()] }
}
