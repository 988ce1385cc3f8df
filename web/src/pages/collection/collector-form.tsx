/** The add-collector form in a dialog: code, name, agency, and the date and exam of each training. */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { api } from '../../api/client.ts'
import { ApiError } from '../../api/errors.ts'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { FormField, TextField } from '../../components/form-field.tsx'
import { Modal } from '../../components/modal.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import type { AgencyView } from './collection-types.ts'
import { TRAINING_TOPICS } from './collector-status.ts'

type Sessions = Record<string, { date: string; examPassed: boolean }>

const emptySessions = (): Sessions =>
  Object.fromEntries(TRAINING_TOPICS.map((topic) => [topic, { date: '', examPassed: true }]))

/** Props of CollectorForm: `onSaved` gets the new collector's code and whether it is assignable. */
export interface CollectorFormProps {
  open: boolean
  agencies: readonly AgencyView[]
  onClose: () => void
  onSaved: (code: string, eligible: boolean) => void
}

/** A dialog that POSTs a new collector to `/api/v1/collection/collectors`. */
export function CollectorForm({ open, agencies, onClose, onSaved }: CollectorFormProps) {
  const { t } = useI18n()
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [agencyId, setAgencyId] = useState('')
  const [active, setActive] = useState(true)
  const [sessions, setSessions] = useState<Sessions>(emptySessions)
  const [error, setError] = useState<unknown>(null)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setError(null)
    const trainings = TRAINING_TOPICS.flatMap((topic) => {
      const s = sessions[topic]
      return s && s.date ? [{ topic, date: s.date, examPassed: s.examPassed }] : []
    })
    const body = {
      code: code.trim(),
      name: name.trim(),
      agencyId: agencyId || null,
      active,
      trainings,
    }
    api.post<{ id: string; eligible: boolean }>('/api/v1/collection/collectors', body).then((r) => {
      setCode('')
      setName('')
      setSessions(emptySessions())
      onSaved(body.code, r.eligible)
    }, setError)
  }

  const details = error instanceof ApiError ? error.details : []
  const setSession = (topic: string, patch: Partial<Sessions[string]>) =>
    setSessions((s) => ({
      ...s,
      [topic]: { ...(s[topic] ?? { date: '', examPassed: true }), ...patch },
    }))
  return (
    <Modal open={open} title={t('collection.collectors.add')} onClose={onClose}>
      <form onSubmit={submit} aria-label={t('collection.collectors.add')} noValidate>
        <p className="muted">{t('collection.collectors.formIntro')}</p>
        <ErrorAlert error={error} />
        <TextField
          label={t('collection.collectors.code')}
          name="code"
          required
          value={code}
          details={details}
          onChange={(e) => setCode(e.target.value)}
        />
        <TextField
          label={t('collection.collectors.name')}
          name="name"
          required
          value={name}
          details={details}
          onChange={(e) => setName(e.target.value)}
        />
        <FormField label={t('collection.collectors.agency')} name="agencyId" details={details}>
          {(control) => (
            <select {...control} value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
              <option value="">{t('collection.collectors.own')}</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <label className="checkbox">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          {t('collection.collectors.active')}
        </label>
        {TRAINING_TOPICS.map((topic, i) => {
          const label = t(`collection.collectors.topic.${topic}`)
          return (
            <fieldset key={topic} className="checkbox-group">
              <legend>{label}</legend>
              <TextField
                label={t('collection.collectors.trainingDate', { topic: label })}
                name={`trainings.${i}.date`}
                type="date"
                value={sessions[topic]?.date ?? ''}
                details={details}
                onChange={(e) => setSession(topic, { date: e.target.value })}
              />
              <label className="checkbox">
                <input
                  type="checkbox"
                  aria-label={`${label}${t('collection.collectors.examPassed')}`}
                  checked={sessions[topic]?.examPassed ?? true}
                  onChange={(e) => setSession(topic, { examPassed: e.target.checked })}
                />
                {t('collection.collectors.examPassed')}
              </label>
            </fieldset>
          )
        })}
        <div className="modal-footer">
          <button type="button" onClick={onClose}>
            {t('collection.agencies.cancel')}
          </button>
          <button type="submit" className="button-primary">
            {t('collection.agencies.save')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
