/** The add-agency form in a dialog; the server's field errors appear under each field. */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { api } from '../../api/client.ts'
import { ApiError } from '../../api/errors.ts'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { FormField, TextField } from '../../components/form-field.tsx'
import { Modal } from '../../components/modal.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'

const EMPTY = {
  name: '',
  status: 'whitelisted',
  licenseNo: '',
  licenseValidUntil: '',
  contractStart: '',
  contractEnd: '',
  noSubcontractingSignedOn: '',
  evaluationDate: '',
  evaluationPassed: true,
}

/** Props of AgencyForm: `onSaved` gets the new agency's name. */
export interface AgencyFormProps {
  open: boolean
  onClose: () => void
  onSaved: (name: string) => void
}

/** A dialog that POSTs a new agency to `/api/v1/collection/agencies`. */
export function AgencyForm({ open, onClose, onSaved }: AgencyFormProps) {
  const { t } = useI18n()
  const [form, setForm] = useState(EMPTY)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }))
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim())

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setError(null)
    setBusy(true)
    const body = {
      name: form.name.trim(),
      status: form.status,
      licenseNo: orNull(form.licenseNo),
      licenseValidUntil: orNull(form.licenseValidUntil),
      contractStart: form.contractStart,
      contractEnd: form.contractEnd,
      noSubcontractingSignedOn: orNull(form.noSubcontractingSignedOn),
      evaluations: form.evaluationDate
        ? [{ date: form.evaluationDate, passed: form.evaluationPassed }]
        : [],
    }
    api.post('/api/v1/collection/agencies', body).then(
      () => {
        setBusy(false)
        setForm(EMPTY)
        onSaved(body.name)
      },
      (e: unknown) => {
        setBusy(false)
        setError(e)
      },
    )
  }

  const details = error instanceof ApiError ? error.details : []
  const text = (name: keyof typeof EMPTY, label: string, type = 'text', required = false) => (
    <TextField
      label={label}
      name={name}
      type={type}
      required={required}
      value={String(form[name])}
      details={details}
      onChange={set(name)}
    />
  )
  return (
    <Modal open={open} title={t('collection.agencies.add')} onClose={onClose}>
      <form onSubmit={submit} aria-label={t('collection.agencies.add')} noValidate>
        <p className="muted">{t('collection.agencies.formIntro')}</p>
        <ErrorAlert error={error} />
        {text('name', t('collection.agencies.name'), 'text', true)}
        <FormField label={t('collection.agencies.status')} name="status" details={details}>
          {(control) => (
            <select {...control} value={form.status} onChange={set('status')}>
              {['whitelisted', 'suspended', 'exited'].map((s) => (
                <option key={s} value={s}>
                  {t(`collection.agencies.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {text('licenseNo', t('collection.agencies.licenseNo'))}
        {text('licenseValidUntil', t('collection.agencies.licenseValidUntil'), 'date')}
        {text('contractStart', t('collection.agencies.contractStart'), 'date', true)}
        {text('contractEnd', t('collection.agencies.contractEnd'), 'date', true)}
        {text('noSubcontractingSignedOn', t('collection.agencies.signedOnField'), 'date')}
        <TextField
          label={t('collection.agencies.evaluationDate')}
          name="evaluations.0.date"
          type="date"
          value={form.evaluationDate}
          details={details}
          onChange={set('evaluationDate')}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.evaluationPassed}
            onChange={(e) => setForm((f) => ({ ...f, evaluationPassed: e.target.checked }))}
          />
          {t('collection.agencies.evaluationPassed')}
        </label>
        <div className="modal-footer">
          <button type="button" onClick={onClose}>
            {t('collection.agencies.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={busy}>
            {t('collection.agencies.save')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
