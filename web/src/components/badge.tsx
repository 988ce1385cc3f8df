/** Small status labels: gate decisions (allow/deny/review) and neutral tags. */
import type { ReactNode } from 'react'
import { useI18n } from '../i18n/i18n-provider.tsx'

/** The colours a badge can take; allow/deny/review match the gate's decisions. */
export type BadgeTone = 'allow' | 'deny' | 'review' | 'neutral' | 'info'

/** A coloured label; the text carries the meaning, the colour only reinforces it. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>
}

/** A gate decision as a translated badge (允许 / 拒绝 / 人工复核). */
export function DecisionBadge({ decision }: { decision: 'allow' | 'deny' | 'review' }) {
  const { t } = useI18n()
  return <Badge tone={decision}>{t(`decision.${decision}`)}</Badge>
}
