/** Agencies the lender entrusts, with their qualification, contract, undertaking and evaluation flags. */
import { useState } from 'react'
import { useApiGet } from '../../api/use-api.ts'
import { Badge } from '../../components/badge.tsx'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { useCurrentSession } from '../../session/session-provider.tsx'
import { agencyFlagParams, evaluationSchedule } from './agency-schedule.ts'
import { AgencyForm } from './agency-form.tsx'
import { canManage } from './collection-access.ts'
import type { AgencyView } from './collection-types.ts'

/** The agencies page. */
export default function AgenciesPage() {
  const { t } = useI18n()
  const session = useCurrentSession()
  const agencies = useApiGet<{ items: AgencyView[] }>('/api/v1/collection/agencies')
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<AgencyView | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const manager = canManage(session.user.roles)
  const today = new Date().toISOString().slice(0, 10)

  const columns: Column<AgencyView>[] = [
    { key: 'name', header: t('collection.agencies.name') },
    {
      key: 'status',
      header: t('collection.agencies.status'),
      render: (a) => (
        <Badge tone={a.status === 'whitelisted' ? 'allow' : 'deny'}>
          {t(`collection.agencies.status.${a.status}`)}
        </Badge>
      ),
    },
    {
      key: 'qualification',
      header: t('collection.agencies.qualification'),
      render: (a) =>
        a.qualification === null
          ? t('collection.agencies.noQualification')
          : a.qualification.validUntil === null
            ? t('collection.agencies.openEnded', { licenseNo: a.qualification.licenseNo })
            : t('collection.agencies.validUntil', {
                licenseNo: a.qualification.licenseNo,
                date: a.qualification.validUntil,
              }),
    },
    {
      key: 'contract',
      header: t('collection.agencies.contract'),
      render: (a) => t('collection.agencies.range', a.contract),
    },
    {
      key: 'undertaking',
      header: t('collection.agencies.undertaking'),
      render: (a) =>
        a.noSubcontractingSignedOn === null
          ? t('collection.agencies.notSigned')
          : t('collection.agencies.signedOn', { date: a.noSubcontractingSignedOn }),
    },
    {
      key: 'last',
      header: t('collection.agencies.lastEvaluation'),
      render: (a) => {
        const last = evaluationSchedule(a, today).last
        if (last === null) return t('collection.agencies.never')
        return t(`collection.agencies.${last.passed ? 'passed' : 'failed'}`, { date: last.date })
      },
    },
    {
      key: 'next',
      header: t('collection.agencies.nextEvaluation'),
      render: (a) => {
        const next = evaluationSchedule(a, today).next
        return t(`collection.agencies.next.${next.reason}`, { date: next.date })
      },
    },
    {
      key: 'flags',
      header: t('collection.agencies.flags'),
      render: (a) =>
        a.flags.length === 0 ? (
          <Badge tone="allow">{t('collection.agencies.noFlags')}</Badge>
        ) : (
          <ul className="badge-list" data-testid="agency-flags">
            {a.flags.map((f) => (
              <li key={f.code}>
                <Badge tone={f.blocking ? 'deny' : 'review'}>
                  {f.blocking ? t('collection.agencies.blocking') : f.clause}
                </Badge>{' '}
                {t(`collection.agencies.flag.${f.code}`, agencyFlagParams(f.code, a, today))}
              </li>
            ))}
          </ul>
        ),
    },
    ...(manager
      ? [
          {
            key: 'actions',
            header: t('collection.agencies.actions'),
            render: (a: AgencyView) => (
              <button
                type="button"
                aria-label={`${t('collection.agencies.edit')} ${a.name}`}
                onClick={() => {
                  setSaved(null)
                  setEditing(a)
                }}
              >
                {t('collection.agencies.edit')}
              </button>
            ),
          },
        ]
      : []),
  ]

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('collection.agencies.title')}</h1>
        <p className="page-subtitle">{t('collection.agencies.intro')}</p>
        <div className="page-header-actions">
          <a
            href={`/lenders/${encodeURIComponent(session.org.id)}/agencies`}
            target="_blank"
            rel="noreferrer"
          >
            {t('collection.agencies.publicList')}
          </a>
          {manager && (
            <button type="button" className="button-primary" onClick={() => setAdding(true)}>
              {t('collection.agencies.add')}
            </button>
          )}
        </div>
      </header>
      <ErrorAlert error={agencies.error} />
      {saved && (
        <p className="alert alert-info" role="status">
          {saved}
        </p>
      )}
      <DataTable
        columns={columns}
        rows={agencies.data?.items ?? []}
        rowKey={(a) => a.id}
        loading={agencies.loading}
        caption={t('collection.agencies.title')}
      />
      <AgencyForm
        open={adding || editing !== null}
        agency={editing}
        onClose={() => {
          setAdding(false)
          setEditing(null)
        }}
        onSaved={(name) => {
          const key = editing ? 'collection.agencies.updated' : 'collection.agencies.saved'
          setAdding(false)
          setEditing(null)
          setSaved(t(key, { name }))
          agencies.reload()
        }}
      />
    </section>
  )
}
