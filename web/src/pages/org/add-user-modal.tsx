/** The dialog that adds a user to the organisation (email, name, initial password, roles). */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { api } from '../../api/client.ts'
import { ApiError } from '../../api/errors.ts'
import { rolesForOrgKind } from '../../api/types.ts'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { FormField, TextField } from '../../components/form-field.tsx'
import { Modal } from '../../components/modal.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { labelOf } from '../../i18n/label.ts'
import type { OrgUser } from './org-types.ts'

/** Props: whether it is open, the organisation kind (for the roles offered), and callbacks. */
export interface AddUserModalProps {
  open: boolean
  orgKind: string
  onClose: () => void
  onCreated: (user: OrgUser) => void
}

const EMPTY = { email: '', name: '', password: '', roles: [] as string[] }

/** A modal form posting to `/api/v1/users`; server field errors show under their fields. */
export function AddUserModal({ open, orgKind, onClose, onCreated }: AddUserModalProps) {
  const i18n = useI18n()
  const { t } = i18n
  const [form, setForm] = useState(EMPTY)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const details = error instanceof ApiError ? error.details : []
  const formId = 'add-user-form'

  const toggleRole = (role: string) =>
    setForm((f) => ({
      ...f,
      roles: f.roles.includes(role) ? f.roles.filter((r) => r !== role) : [...f.roles, role],
    }))

  const close = () => {
    setForm(EMPTY)
    setError(null)
    onClose()
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    api.post<OrgUser>('/api/v1/users', { ...form, email: form.email.trim() }).then(
      (user) => {
        setBusy(false)
        setForm(EMPTY)
        onCreated(user)
      },
      (cause: unknown) => {
        setBusy(false)
        setError(cause)
      },
    )
  }

  return (
    <Modal
      open={open}
      title={t('org.users.add')}
      onClose={close}
      footer={
        <button type="submit" form={formId} className="button-primary" disabled={busy}>
          {t('org.users.create')}
        </button>
      }
    >
      <ErrorAlert error={error} />
      <form id={formId} onSubmit={submit}>
        <TextField
          label={t('org.users.email')}
          name="email"
          type="email"
          required
          autoComplete="off"
          value={form.email}
          details={details}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
        <TextField
          label={t('org.users.name')}
          name="name"
          required
          value={form.name}
          details={details}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
        <TextField
          label={t('org.users.password')}
          name="password"
          type="password"
          required
          autoComplete="new-password"
          hint={t('org.users.passwordHint')}
          value={form.password}
          details={details}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
        />
        <FormField label={t('org.users.roles')} name="roles" details={details} required>
          {(control) => (
            <div
              className="checkbox-group"
              role="group"
              id={control.id}
              aria-describedby={control['aria-describedby']}
            >
              {rolesForOrgKind(orgKind).map((role) => (
                <label key={role} className="checkbox">
                  <input
                    type="checkbox"
                    checked={form.roles.includes(role)}
                    onChange={() => toggleRole(role)}
                  />
                  {labelOf(i18n, 'role', role)}
                </label>
              ))}
            </div>
          )}
        </FormField>
      </form>
    </Modal>
  )
}
