/**
 * Records a refusal of one channel or of all contact by the debtor or a contact person; the gate
 * honours it from then on (POST /api/v1/collection/debtors/:id/refusals).
 */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { api } from '../../api/client.ts'
import { ApiError } from '../../api/errors.ts'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { FormField, TextField } from '../../components/form-field.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { labelOf } from '../../i18n/label.ts'
import type { CounterpartyRow } from './counterparties-table.tsx'

/** A recorded refusal as the debtor view lists it. */
export interface RefusalRow {
  counterpartyId: string
  channel: string
  at: string
  note?: string
}

const CHANNELS = ['all', 'call', 'ai_call', 'sms', 'email', 'letter', 'visit'] as const

/** Props of RefusalPanel: the debtor, its counterparties and refusals; `onSaved` reloads the page. */
export interface RefusalPanelProps {
  debtorId: string
  counterparties: readonly CounterpartyRow[]
  refusals: readonly RefusalRow[]
  onSaved: () => void
}

/** The refusals list and the form to record one. */
export function RefusalPanel({ debtorId, counterparties, refusals, onSaved }: RefusalPanelProps) {
  const i18n = useI18n()
  const { t, formatDateTime } = i18n
  const [counterpartyId, setCounterpartyId] = useState('')
  const [channel, setChannel] = useState<string>('all')
  const [note, setNote] = useState('')
  const [error, setError] = useState<unknown>(null)
  const who = (id: string) => {
    const c = counterparties.find((x) => x.id === id)
    return c
      ? [labelOf(i18n, 'collection.role', c.role), c.relation, c.name].filter(Boolean).join(' · ')
      : id
  }
  const channelLabel = (c: string) =>
    c === 'all' ? t('collection.refusal.all') : labelOf(i18n, 'collection.channel', c)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setError(null)
    const body = {
      counterpartyId: counterpartyId || (counterparties[0]?.id ?? ''),
      channel,
      ...(note.trim() ? { note: note.trim() } : {}),
    }
    api
      .post(`/api/v1/collection/debtors/${encodeURIComponent(debtorId)}/refusals`, body)
      .then(() => {
        setNote('')
        onSaved()
      }, setError)
  }

  const columns: Column<RefusalRow>[] = [
    { key: 'at', header: t('collection.plan.at'), render: (r) => formatDateTime(r.at) },
    { key: 'who', header: t('collection.debtor.role'), render: (r) => who(r.counterpartyId) },
    {
      key: 'channel',
      header: t('collection.plan.channel'),
      render: (r) => channelLabel(r.channel),
    },
    { key: 'note', header: t('collection.refusal.note'), render: (r) => r.note ?? '' },
  ]
  const details = error instanceof ApiError ? error.details : []
  return (
    <>
      <h2>{t('collection.refusal.title')}</h2>
      <p className="muted">{t('collection.refusal.intro')}</p>
      <DataTable
        columns={columns}
        rows={refusals}
        rowKey={(r) => `${r.counterpartyId}:${r.channel}:${r.at}`}
        caption={t('collection.refusal.title')}
        emptyText={t('collection.refusal.none')}
      />
      <form
        className="card form-inline"
        onSubmit={submit}
        aria-label={t('collection.refusal.record')}
      >
        <ErrorAlert error={error} />
        <FormField label={t('collection.refusal.who')} name="counterpartyId" details={details}>
          {(control) => (
            <select
              {...control}
              value={counterpartyId}
              onChange={(e) => setCounterpartyId(e.target.value)}
            >
              {counterparties.map((c) => (
                <option key={c.id} value={c.id}>
                  {who(c.id)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('collection.refusal.channel')} name="channel" details={details}>
          {(control) => (
            <select {...control} value={channel} onChange={(e) => setChannel(e.target.value)}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {channelLabel(c)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <TextField
          label={t('collection.refusal.note')}
          name="note"
          maxLength={500}
          value={note}
          details={details}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="button-primary">
          {t('collection.refusal.record')}
        </button>
      </form>
    </>
  )
}
