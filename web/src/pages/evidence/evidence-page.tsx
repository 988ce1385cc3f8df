/** The evidence page: find a contact's entry, see its receipt, verify it client-side, download it. */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { api } from '../../api/client.ts'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { FormField } from '../../components/form-field.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { verifyReceiptInBrowser, type ReceiptVerdict } from './receipt-verifier.ts'

interface Found {
  index: number
  entry: Record<string, unknown>
}

/** The evidence page. */
export default function EvidencePage() {
  const { t } = useI18n()
  const [contactId, setContactId] = useState('')
  const [found, setFound] = useState<Found[] | null>(null)
  const [receipt, setReceipt] = useState<unknown>(null)
  const [file, setFile] = useState<File | null>(null)
  const [key, setKey] = useState('')
  const [published, setPublished] = useState<string[]>([])
  const [verdict, setVerdict] = useState<ReceiptVerdict | null>(null)
  const [error, setError] = useState<unknown>(null)

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setError(null)
    setReceipt(null)
    setVerdict(null)
    api
      .get<{ items: Found[] }>('/api/v1/evidence/entries', { contact_id: contactId.trim() })
      .then((r) => setFound(r.items), setError)
  }

  const show = (load: Promise<unknown>) => {
    setVerdict(null)
    setError(null)
    Promise.all([load, fetch('/evidence/keys').then((r) => r.text())]).then(([r, text]) => {
      const keys = text.split('\n').filter((k) => k.trim() !== '')
      setReceipt(r)
      setPublished(keys)
      setKey(keys[0] ?? '')
    }, setError)
  }
  const open = (index: number) =>
    show(api.get<unknown>(`/api/v1/evidence/entries/${index}/receipt`))
  const openFile = (f: File | undefined) => {
    if (f) show(f.text().then((text) => JSON.parse(text) as unknown))
  }

  const verify = async () => {
    const content = file ? new Uint8Array(await file.arrayBuffer()) : undefined
    // The published keys after the log key include the witnesses' cosigner keys.
    setVerdict(await verifyReceiptInBrowser(receipt, key, content, published))
  }

  const download = () => {
    const blob = new Blob([JSON.stringify(receipt, null, 2)], { type: 'application/json' })
    const a = document.createElement('a')
    a.href = URL.createObjectURL(blob)
    a.download = `receipt-${String((receipt as { index?: number }).index)}.json`
    a.click()
    URL.revokeObjectURL(a.href)
  }

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('evidence.title')}</h1>
        <p className="page-subtitle">{t('evidence.intro')}</p>
      </header>
      <form onSubmit={search}>
        <FormField label={t('evidence.contactId')} name="contactId" required>
          {(control) => (
            <input
              {...control}
              value={contactId}
              maxLength={100}
              onChange={(e) => setContactId(e.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="button-primary" disabled={contactId.trim() === ''}>
          {t('evidence.search')}
        </button>
      </form>
      <FormField label={t('evidence.receiptFile')} name="receiptFile">
        {(control) => (
          <input
            {...control}
            type="file"
            accept="application/json,.json"
            onChange={(e) => openFile(e.target.files?.[0])}
          />
        )}
      </FormField>
      <ErrorAlert error={error} />
      {found && found.length === 0 && <p>{t('evidence.none')}</p>}
      {found && found.length > 0 && (
        <ul data-testid="evidence-results">
          {found.map((f) => (
            <li key={f.index}>
              <button type="button" onClick={() => open(f.index)}>
                {t('evidence.index')} {f.index} · {String(f.entry.channel)} ·{' '}
                {String(f.entry.started_at)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {receipt !== null && (
        <div data-testid="evidence-receipt">
          <h2>{t('evidence.receipt')}</h2>
          <pre>{JSON.stringify(receipt, null, 2)}</pre>
          <FormField label={t('evidence.key')} name="key">
            {(control) => (
              <input {...control} value={key} onChange={(e) => setKey(e.target.value)} />
            )}
          </FormField>
          <FormField label={t('evidence.content')} name="content">
            {(control) => (
              <input
                {...control}
                type="file"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </FormField>
          <button type="button" className="button-primary" onClick={() => void verify()}>
            {t('evidence.verify')}
          </button>{' '}
          <button type="button" onClick={download}>
            {t('evidence.download')}
          </button>
        </div>
      )}
      {verdict && (
        <p
          role="status"
          data-testid="evidence-verdict"
          className={verdict.ok ? 'verdict-ok' : 'verdict-failed'}
        >
          {verdict.ok
            ? `${t('evidence.ok', { index: verdict.index, origin: verdict.origin, size: verdict.size })}${verdict.contentChecked ? ` ${t('evidence.okContent')}` : ''}`
            : t('evidence.failed', { part: verdict.part, message: verdict.message })}
        </p>
      )}
      {verdict?.ok && (
        <div data-testid="evidence-cosignatures">
          <h2>{t('evidence.cosignatures')}</h2>
          {verdict.cosignatures.length === 0 && <p>{t('evidence.noCosignatures')}</p>}
          <ul>
            {verdict.cosignatures.map((c, i) => (
              <li key={i} className={c.status === 'valid' ? 'verdict-ok' : 'verdict-failed'}>
                {c.witness}：{t(`evidence.cosig.${c.status}`)}
                {c.timestamp !== undefined && ` (${new Date(c.timestamp * 1000).toISOString()})`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
