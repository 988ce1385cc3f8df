/** Collectors with their training and exam records, and whether each may be assigned and why not. */
import { useState } from 'react'
import { useApiGet } from '../../api/use-api.ts'
import { Badge } from '../../components/badge.tsx'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { useCurrentSession } from '../../session/session-provider.tsx'
import { canManage } from './collection-access.ts'
import type { AgencyView, CollectorView } from './collection-types.ts'
import { CollectorForm } from './collector-form.tsx'
import { TRAINING_TOPICS, lastPassed, latestTraining } from './collector-status.ts'

const YEARLY: Record<string, readonly string[]> = {
  collection_training_overdue: ['onboarding', 'collection'],
  cyber_training_overdue: ['onboarding', 'cyber_security'],
}

const LIST = { listStyle: 'none', margin: 0, padding: 0 } as const

/** The collectors page. */
export default function CollectorsPage() {
  const { t } = useI18n()
  const session = useCurrentSession()
  const collectors = useApiGet<{ items: CollectorView[] }>('/api/v1/collection/collectors')
  const agencies = useApiGet<{ items: AgencyView[] }>('/api/v1/collection/agencies')
  const [adding, setAdding] = useState(false)
  const [saved, setSaved] = useState<string | null>(null)
  const agencyName = new Map((agencies.data?.items ?? []).map((a) => [a.id, a.name]))

  const columns: Column<CollectorView>[] = [
    { key: 'code', header: t('collection.collectors.code') },
    { key: 'name', header: t('collection.collectors.name') },
    {
      key: 'agency',
      header: t('collection.collectors.agency'),
      render: (c) =>
        c.agencyId === null
          ? t('collection.collectors.own')
          : (agencyName.get(c.agencyId) ?? c.agencyId),
    },
    {
      key: 'trainings',
      header: t('collection.collectors.trainings'),
      render: (c) => (
        <ul style={LIST}>
          {TRAINING_TOPICS.map((topic) => {
            const s = latestTraining(c.trainings, topic)
            const label = t(`collection.collectors.topic.${topic}`)
            return (
              <li key={topic}>
                {s === null
                  ? t('collection.collectors.noSession', { topic: label })
                  : t('collection.collectors.session', {
                      topic: label,
                      date: s.date,
                      result: t(
                        `collection.collectors.${s.examPassed ? 'examPassed' : 'examFailed'}`,
                      ),
                    })}
              </li>
            )
          })}
        </ul>
      ),
    },
    {
      key: 'assignable',
      header: t('collection.collectors.assignable'),
      render: (c) => (
        <div data-testid={`collector-${c.code}`}>
          <Badge tone={c.eligible ? 'allow' : 'deny'}>
            {t(`collection.collectors.${c.eligible ? 'yes' : 'no'}`)}
          </Badge>
          {c.issues.length > 0 && (
            <ul style={LIST}>
              {c.issues.map((x) => (
                <li key={x.code}>
                  {t(`collection.collectors.issue.${x.code}`, {
                    last:
                      lastPassed(c.trainings, YEARLY[x.code] ?? []) ??
                      t('collection.collectors.none'),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      ),
    },
  ]

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('collection.collectors.title')}</h1>
        <p className="page-subtitle">{t('collection.collectors.intro')}</p>
        {canManage(session.user.roles) && (
          <div className="page-header-actions">
            <button type="button" className="button-primary" onClick={() => setAdding(true)}>
              {t('collection.collectors.add')}
            </button>
          </div>
        )}
      </header>
      <ErrorAlert error={collectors.error ?? agencies.error} />
      {saved && (
        <p className="alert alert-info" role="status">
          {saved}
        </p>
      )}
      <DataTable
        columns={columns}
        rows={collectors.data?.items ?? []}
        rowKey={(c) => c.id}
        loading={collectors.loading}
        caption={t('collection.collectors.title')}
      />
      <CollectorForm
        open={adding}
        agencies={agencies.data?.items ?? []}
        onClose={() => setAdding(false)}
        onSaved={(code, eligible) => {
          setAdding(false)
          setSaved(
            t('collection.collectors.saved', {
              code,
              state: t(`collection.collectors.${eligible ? 'yes' : 'no'}`),
            }),
          )
          collectors.reload()
        }}
      />
    </section>
  )
}
