/** The add- or edit-agency form in a dialog; the server's field errors appear under each field. */
import { useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import { api } from '../../api/client.ts'
import { ApiError } from '../../api/errors.ts'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { FormField, TextField } from '../../components/form-field.tsx'
import { Modal } from '../../components/modal.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import type { AgencyView } from './collection-types.ts'

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
  evaluationNote: '',
}

/** The form's values of a stored agency (a new evaluation starts empty). */
function formOf(a: AgencyView): typeof EMPTY {
  return {
    ...EMPTY,
    name: a.name,
    status: a.status,
    licenseNo: a.qualification?.licenseNo ?? '',
    licenseValidUntil: a.qualification?.validUntil ?? '',
    contractStart: a.contract.start,
    contractEnd: a.contract.end,
    noSubcontractingSignedOn: a.noSubcontractingSignedOn ?? '',
  }
}

/** Props of AgencyForm: with `agency` it edits that agency; `onSaved` gets the agency's name. */
export interface AgencyFormProps {
  open: boolean
  agency?: AgencyView | null
  onClose: () => void
  onSaved: (name: string) => void
}

/** A dialog that POSTs a new agency, or PUTs an edited one with an optional new evaluation. */
export function AgencyForm({ open, agency, onClose, onSaved }: AgencyFormProps) {
  const { t } = useI18n()
  const [form, setForm] = useState(EMPTY)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    setForm(agency ? formOf(agency) : EMPTY)
    setError(null)
  }, [agency])
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }))
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim())
  const kept = agency?.evaluations ?? []
  const note = form.evaluationNote.trim()

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setError(null)
    setBusy(true)
    const added = form.evaluationDate
      ? [{ date: form.evaluationDate, passed: form.evaluationPassed, ...(note ? { note } : {}) }]
      : []
    const body = {
      name: form.name.trim(),
      status: form.status,
      licenseNo: orNull(form.licenseNo),
      licenseValidUntil: orNull(form.licenseValidUntil),
      contractStart: form.contractStart,
      contractEnd: form.contractEnd,
      noSubcontractingSignedOn: orNull(form.noSubcontractingSignedOn),
      evaluations: [...kept, ...added],
    }
    const sent = agency
      ? api.put(`/api/v1/collection/agencies/${encodeURIComponent(agency.id)}`, body)
      : api.post('/api/v1/collection/agencies', body)
    sent.then(
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
  const title = agency
    ? t('collection.agencies.editTitle', { name: agency.name })
    : t('collection.agencies.add')
  return (
    <Modal open={open} title={title} onClose={onClose}>
      <form onSubmit={submit} aria-label={title} noValidate>
        <p className="muted">
          {t(agency ? 'collection.agencies.editIntro' : 'collection.agencies.formIntro')}
        </p>
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
        {agency && (
          <ul className="muted" aria-label={t('collection.agencies.evaluations')}>
            {kept.length === 0 && <li>{t('collection.agencies.never')}</li>}
            {kept.map((e, i) => (
              <li key={i}>
                {t(`collection.agencies.${e.passed ? 'passed' : 'failed'}`, { date: e.date })}
                {e.note ? ` ${e.note}` : ''}
              </li>
            ))}
          </ul>
        )}
        <TextField
          label={t(
            agency ? 'collection.agencies.newEvaluationDate' : 'collection.agencies.evaluationDate',
          )}
          name={`evaluations.${kept.length}.date`}
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
        <TextField
          label={t('collection.agencies.evaluationNote')}
          name={`evaluations.${kept.length}.note`}
          value={form.evaluationNote}
          details={details}
          onChange={set('evaluationNote')}
        />
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
