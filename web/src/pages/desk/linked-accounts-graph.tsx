/**
 * The linked-accounts graph of a complaint: accounts as nodes, each linked pair as an edge (solid
 * when a strong signal joins it, dashed when only weak ones do); a click on an edge, or on its
 * button below the drawing, shows why the accounts are linked: every signal with its evidence.
 */
import { useState } from 'react'
import { Badge } from '../../components/badge.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { layoutLinkGraph, type GraphEdge, type GraphLink } from './link-graph.ts'

/** Draws the graph of `links`; the accounts are named A, B, C… (never by their identifiers). */
export function LinkedAccountsGraph({ links }: { links: readonly GraphLink[] }) {
  const { t, locale } = useI18n()
  const { nodes, edges } = layoutLinkGraph(links)
  const [selected, setSelected] = useState<string | null>(null)
  const edge = edges.find((e) => e.key === selected)
  // The evidence names accounts by their pseudonymous keys: show the drawing's letters instead.
  const explain = (l: GraphLink) =>
    nodes.reduce(
      (text, n) => text.split(n.id).join(t('desk.graph.account', { label: n.label })),
      locale === 'en' ? l.en : l.zh,
    )
  const name = (e: GraphEdge) =>
    t(e.links.length === 1 ? 'desk.graph.edgeOne' : 'desk.graph.edge', {
      a: e.from.label,
      b: e.to.label,
      n: e.links.length,
    })
  return (
    <div className="link-graph">
      <svg
        viewBox="0 0 320 280"
        width="320"
        height="280"
        role="img"
        aria-label={t('desk.graph.label', { accounts: nodes.length, links: edges.length })}
        data-testid="link-graph"
      >
        {edges.map((e) => (
          <g
            key={e.key}
            onClick={() => setSelected(e.key)}
            style={{ cursor: 'pointer' }}
            data-edge={`${e.from.label}-${e.to.label}`}
          >
            <line
              x1={e.from.x}
              y1={e.from.y}
              x2={e.to.x}
              y2={e.to.y}
              stroke={e.key === selected ? '#cf222e' : e.strong ? '#1f2328' : '#8c959f'}
              strokeWidth={e.key === selected ? 4 : 2}
              strokeDasharray={e.strong ? undefined : '6 4'}
            />
            {/* A wide transparent line makes the edge easy to hit. */}
            <line
              x1={e.from.x}
              y1={e.from.y}
              x2={e.to.x}
              y2={e.to.y}
              stroke="transparent"
              strokeWidth={14}
            />
          </g>
        ))}
        {nodes.map((n) => (
          <g key={n.id}>
            <circle cx={n.x} cy={n.y} r={18} fill="#ddf4ff" stroke="#0969da" strokeWidth={2} />
            <text x={n.x} y={n.y + 5} textAnchor="middle" fontSize="14" fontWeight="700">
              {n.label}
            </text>
          </g>
        ))}
      </svg>
      <p className="muted small">{t('desk.graph.legend')}</p>
      <ul className="link-graph-edges">
        {edges.map((e) => (
          <li key={e.key}>
            <button
              type="button"
              className="button-quiet"
              aria-pressed={e.key === selected}
              onClick={() => setSelected(e.key)}
            >
              {name(e)}
            </button>
          </li>
        ))}
      </ul>
      {edge ? (
        <div className="card" data-testid="link-why" aria-live="polite">
          <h3>{t('desk.graph.why', { a: edge.from.label, b: edge.to.label })}</h3>
          <ul>
            {edge.links.map((l, i) => (
              <li key={i}>
                <Badge tone={l.strength === 'strong' ? 'deny' : 'review'}>
                  {t(`desk.graph.signal.${l.signal}`)}
                </Badge>{' '}
                {t(`desk.graph.${l.strength}`)} · {explain(l)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
