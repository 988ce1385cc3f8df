/** Asks for a purpose, then shows one masked personal field in clear; the server audits each reveal. */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { api } from '../../api/client.ts'
import { ApiError } from '../../api/errors.ts'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { TextField } from '../../components/form-field.tsx'
import { Modal } from '../../components/modal.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'

/** The personal fields the reveal route serves. */
export type RevealField = 'name' | 'id_number'

/** Props of RevealDialog: `field` null keeps it closed; `onRevealed` gets the clear value. */
export interface RevealDialogProps {
  debtorId: string
  field: RevealField | null
  onClose: () => void
  onRevealed: (field: RevealField, value: string) => void
}

/** A dialog that POSTs `/api/v1/collection/debtors/:id/reveal` with the stated purpose. */
export function RevealDialog({ debtorId, field, onClose, onRevealed }: RevealDialogProps) {
  const { t } = useI18n()
  const [purpose, setPurpose] = useState('')
  const [error, setError] = useState<unknown>(null)
  const label = field ? t(`collection.reveal.field.${field}`) : ''

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!field) return
    setError(null)
    api
      .post<{ field: RevealField; value: string }>(
        `/api/v1/collection/debtors/${encodeURIComponent(debtorId)}/reveal`,
        { field, purpose: purpose.trim() },
      )
      .then((r) => {
        setPurpose('')
        onRevealed(field, r.value)
      }, setError)
  }

  return (
    <Modal
      open={field !== null}
      title={t('collection.reveal.title', { field: label })}
      onClose={onClose}
    >
      <form onSubmit={submit} aria-label={t('collection.reveal.title', { field: label })}>
        <p className="alert alert-info">{t('collection.reveal.notice')}</p>
        <ErrorAlert error={error} />
        <TextField
          label={t('collection.reveal.purpose')}
          name="purpose"
          required
          minLength={2}
          maxLength={200}
          hint={t('collection.reveal.purposeHint')}
          value={purpose}
          details={error instanceof ApiError ? error.details : []}
          onChange={(e) => setPurpose(e.target.value)}
        />
        <div className="modal-footer">
          <button type="button" onClick={onClose}>
            {t('collection.reveal.cancel')}
          </button>
          <button type="submit" className="button-primary">
            {t('collection.reveal.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
