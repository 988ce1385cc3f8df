/** Users of the organisation (admins only): list, add, disable and enable. */
import { useState } from 'react'
import { api } from '../../api/client.ts'
import { useApiGet } from '../../api/use-api.ts'
import { Badge } from '../../components/badge.tsx'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { labelOf } from '../../i18n/label.ts'
import { useCurrentSession } from '../../session/session-provider.tsx'
import { AddUserModal } from './add-user-modal.tsx'
import type { OrgUser } from './org-types.ts'

/** The users page. */
export default function UsersPage() {
  const i18n = useI18n()
  const { t } = i18n
  const { user: me, org } = useCurrentSession()
  const users = useApiGet<{ items: OrgUser[] }>('/api/v1/users')
  const [adding, setAdding] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)

  const setDisabled = (user: OrgUser, disabled: boolean) => {
    setError(null)
    api
      .patch<OrgUser>(`/api/v1/users/${encodeURIComponent(user.id)}`, { disabled })
      .then(() => users.reload(), setError)
  }

  const columns: Column<OrgUser>[] = [
    {
      key: 'name',
      header: t('org.users.name'),
      render: (u) => (u.id === me.id ? `${u.name} ${t('org.users.you')}` : u.name),
    },
    { key: 'email', header: t('org.users.email') },
    {
      key: 'roles',
      header: t('org.users.roles'),
      render: (u) => (
        <span className="badge-row">
          {u.roles.map((r) => (
            <Badge key={r}>{labelOf(i18n, 'role', r)}</Badge>
          ))}
        </span>
      ),
    },
    {
      key: 'status',
      header: t('org.users.status'),
      render: (u) => (
        <Badge tone={u.disabled ? 'deny' : 'allow'}>
          {t(u.disabled ? 'org.users.disabled' : 'org.users.active')}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: t('org.users.actions'),
      render: (u) =>
        u.id !== me.id && (
          <button type="button" onClick={() => setDisabled(u, !u.disabled)}>
            {t(u.disabled ? 'org.users.enable' : 'org.users.disable')}
          </button>
        ),
    },
  ]

  return (
    <section className="page">
      <header className="page-header page-header-actions">
        <div>
          <h1>{t('org.users.title')}</h1>
          <p className="page-subtitle">{t('org.users.intro')}</p>
        </div>
        <button type="button" className="button-primary" onClick={() => setAdding(true)}>
          {t('org.users.add')}
        </button>
      </header>
      {notice && (
        <div className="alert alert-info" role="status">
          {notice}
        </div>
      )}
      <ErrorAlert error={error ?? users.error} />
      <DataTable
        columns={columns}
        rows={users.data?.items ?? []}
        rowKey={(u) => u.id}
        loading={users.loading}
        caption={org.name}
      />
      <AddUserModal
        open={adding}
        orgKind={org.kind}
        onClose={() => setAdding(false)}
        onCreated={(user) => {
          setAdding(false)
          setNotice(t('org.users.created', { email: user.email }))
          users.reload()
        }}
      />
    </section>
  )
}
