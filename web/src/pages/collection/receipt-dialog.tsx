/**
 * A performed contact's evidence receipt, verified in the browser against the log's published key
 * (GET /api/v1/collection/contacts/:ticketId/receipt, GET /evidence/keys).
 */
import { useEffect, useState } from 'react'
import { api } from '../../api/client.ts'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { Modal } from '../../components/modal.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { verifyReceiptInBrowser } from '../evidence/receipt-verifier.ts'
import type { ReceiptVerdict } from '../evidence/receipt-verifier.ts'

/** The contact whose receipt is shown: its gate ticket and evidence index. */
export interface ReceiptTarget {
  ticketId: string
  index: number
}

/** Loads and verifies the receipt of `target` while it is set. */
export function ReceiptDialog({
  target,
  onClose,
}: {
  target: ReceiptTarget | null
  onClose: () => void
}) {
  const { t } = useI18n()
  const [receipt, setReceipt] = useState<unknown>(null)
  const [verdict, setVerdict] = useState<ReceiptVerdict | null>(null)
  const [error, setError] = useState<unknown>(null)

  useEffect(() => {
    setReceipt(null)
    setVerdict(null)
    setError(null)
    if (target === null) return
    let live = true
    const load = async () => {
      const [r, keys] = await Promise.all([
        api.get<{ receipt: unknown; verifierKey: string }>(
          `/api/v1/collection/contacts/${encodeURIComponent(target.ticketId)}/receipt`,
        ),
        fetch('/evidence/keys').then((x) => (x.ok ? x.text() : '')),
      ])
      if (!live) return
      setReceipt(r.receipt)
      // The published key, not the one sent with the receipt, is what makes the check independent.
      const published = keys.split('\n')[0]?.trim() || r.verifierKey
      const v = await verifyReceiptInBrowser(r.receipt, published)
      if (live) setVerdict(v)
    }
    load().catch((e: unknown) => live && setError(e))
    return () => {
      live = false
    }
  }, [target])

  return (
    <Modal
      open={target !== null}
      title={t('collection.receipt.title', { index: target?.index ?? '' })}
      onClose={onClose}
    >
      <ErrorAlert error={error} />
      <div aria-live="polite" data-testid="receipt-verdict">
        {receipt !== null && verdict === null && <p>{t('collection.receipt.verifying')}</p>}
        {verdict?.ok === true && (
          <p className="alert alert-info">
            {t('collection.receipt.verified', { index: verdict.index, size: verdict.size })}
          </p>
        )}
        {verdict?.ok === false && (
          <p className="alert alert-error">
            {t('collection.receipt.failed', { part: verdict.part, message: verdict.message })}
          </p>
        )}
      </div>
      {receipt !== null && (
        <pre className="small" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {JSON.stringify(receipt, null, 2)}
        </pre>
      )}
    </Modal>
  )
}
