/** Shows a freshly created API token once, with a copy button. */
import { useState } from 'react'
import { Modal } from '../../components/modal.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'

/** The one-time display of a token secret; `onClose` forgets it. */
export function NewTokenModal({ token, onClose }: { token: string | null; onClose: () => void }) {
  const { t } = useI18n()
  const [copied, setCopied] = useState(false)
  const copy = () => {
    if (!token) return
    navigator.clipboard.writeText(token).then(
      () => setCopied(true),
      () => setCopied(false),
    )
  }
  const close = () => {
    setCopied(false)
    onClose()
  }
  return (
    <Modal
      open={token !== null}
      title={t('org.tokens.newTitle')}
      onClose={close}
      footer={
        <button type="button" className="button-primary" onClick={close}>
          {t('org.tokens.done')}
        </button>
      }
    >
      <div className="alert alert-info" role="status">
        {t('org.tokens.newWarning')}
      </div>
      <div className="secret-row">
        <input
          className="secret"
          readOnly
          value={token ?? ''}
          aria-label={t('org.tokens.newTitle')}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={copy}>
          {copied ? t('org.tokens.copied') : t('org.tokens.copy')}
        </button>
      </div>
    </Modal>
  )
}
