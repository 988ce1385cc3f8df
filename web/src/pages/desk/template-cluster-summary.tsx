/** The template cluster of a complaint: its size, the similarity to the nearest, the nearest complaints. */
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { Link } from '../../router/router.tsx'

/** Summarises the template cluster; the nearest complaints link to their pages. */
export function TemplateClusterSummary({
  cluster,
  size,
  similarity,
  nearest,
}: {
  cluster: string | null
  size: number
  similarity: number | null
  nearest: readonly { id: string; similarity: number }[]
}) {
  const { t, formatNumber } = useI18n()
  const pct = (x: number) => formatNumber(x, { style: 'percent', maximumFractionDigits: 0 })
  if (!cluster || size < 2) return <p className="muted">{t('desk.tpl.single')}</p>
  return (
    <div data-testid="template-summary">
      <p>
        {t('desk.complaint.template')}: <code>{cluster}</code> · {t('desk.tpl.size', { n: size })}
        {similarity !== null ? ` · ${t('desk.tpl.similarity', { pct: pct(similarity) })}` : ''}
      </p>
      {nearest.length > 0 ? (
        <>
          <h3>{t('desk.tpl.nearest')}</h3>
          <ul>
            {nearest.map((n) => (
              <li key={n.id}>
                <Link to={`/desk/complaints/${encodeURIComponent(n.id)}`}>{n.id}</Link> ·{' '}
                {pct(n.similarity)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
