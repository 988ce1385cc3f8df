/** API tokens of the signed-in user's organisation: create (shown once), list, revoke. */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { api } from '../../api/client.ts'
import { ApiError } from '../../api/errors.ts'
import { useApiGet } from '../../api/use-api.ts'
import { Badge } from '../../components/badge.tsx'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { TextField } from '../../components/form-field.tsx'
import { Modal } from '../../components/modal.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { labelOf } from '../../i18n/label.ts'
import { NewTokenModal } from './new-token-modal.tsx'
import { tokenStatus } from './org-types.ts'
import type { ApiToken, CreatedToken } from './org-types.ts'

const STATUS_TONE = { active: 'allow', revoked: 'deny', expired: 'neutral' } as const

/** The API tokens page. */
export default function TokensPage() {
  const i18n = useI18n()
  const { t, formatDateTime } = i18n
  const tokens = useApiGet<{ items: ApiToken[] }>('/api/v1/tokens')
  const [name, setName] = useState('')
  const [days, setDays] = useState('')
  const [error, setError] = useState<unknown>(null)
  const [secret, setSecret] = useState<string | null>(null)
  const [revoking, setRevoking] = useState<ApiToken | null>(null)
  const now = Date.now()

  const create = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setError(null)
    const body = { name: name.trim(), ...(days.trim() ? { expiresInDays: Number(days) } : {}) }
    api.post<CreatedToken>('/api/v1/tokens', body).then((created) => {
      setSecret(created.token)
      setName('')
      setDays('')
      tokens.reload()
    }, setError)
  }

  const revoke = () => {
    if (!revoking) return
    api.delete(`/api/v1/tokens/${encodeURIComponent(revoking.id)}`).then(() => {
      setRevoking(null)
      tokens.reload()
    }, setError)
  }

  const date = (value: string | null, empty: string) => (value ? formatDateTime(value) : empty)
  const columns: Column<ApiToken>[] = [
    { key: 'name', header: t('org.tokens.name') },
    {
      key: 'roles',
      header: t('org.tokens.roles'),
      render: (row) => (
        <span className="badge-row">
          {row.roles.map((r) => (
            <Badge key={r}>{labelOf(i18n, 'role', r)}</Badge>
          ))}
        </span>
      ),
    },
    { key: 'createdAt', header: t('org.tokens.createdAt'), render: (r) => date(r.createdAt, '') },
    { key: 'expiresAt', header: t('org.tokens.expiresAt'), render: (r) => date(r.expiresAt, '—') },
    {
      key: 'lastUsedAt',
      header: t('org.tokens.lastUsed'),
      render: (r) => date(r.lastUsedAt, t('org.tokens.never')),
    },
    {
      key: 'status',
      header: t('org.tokens.status'),
      render: (r) => {
        const status = tokenStatus(r, now)
        return <Badge tone={STATUS_TONE[status]}>{t(`org.tokens.${status}`)}</Badge>
      },
    },
    {
      key: 'actions',
      header: t('org.tokens.actions'),
      render: (r) =>
        r.revokedAt === null && (
          <button type="button" onClick={() => setRevoking(r)}>
            {t('org.tokens.revoke')}
          </button>
        ),
    },
  ]

  const details = error instanceof ApiError ? error.details : []
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('org.tokens.title')}</h1>
        <p className="page-subtitle">{t('org.tokens.intro')}</p>
      </header>
      <ErrorAlert error={error ?? tokens.error} />
      <form className="card form-inline" onSubmit={create}>
        <TextField
          label={t('org.tokens.name')}
          name="name"
          required
          maxLength={100}
          hint={t('org.tokens.nameHint')}
          value={name}
          details={details}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label={t('org.tokens.expires')}
          name="expiresInDays"
          type="number"
          min={1}
          max={3650}
          hint={t('org.tokens.expiresHint')}
          value={days}
          details={details}
          onChange={(e) => setDays(e.target.value)}
        />
        <button type="submit" className="button-primary">
          {t('org.tokens.create')}
        </button>
      </form>
      <DataTable
        columns={columns}
        rows={tokens.data?.items ?? []}
        rowKey={(r) => r.id}
        loading={tokens.loading}
        caption={t('org.tokens.title')}
      />
      <NewTokenModal token={secret} onClose={() => setSecret(null)} />
      <Modal
        open={revoking !== null}
        title={t('org.tokens.revokeTitle')}
        onClose={() => setRevoking(null)}
        footer={
          <>
            <button type="button" onClick={() => setRevoking(null)}>
              {t('org.tokens.cancel')}
            </button>
            <button type="button" className="button-danger" onClick={revoke}>
              {t('org.tokens.revoke')}
            </button>
          </>
        }
      >
        <p>{t('org.tokens.revokeConfirm', { name: revoking?.name ?? '' })}</p>
      </Modal>
    </section>
  )
}
