/** A modal dialog on the native `<dialog>`: focus trapping, Escape and backdrop come built in. */
import { useEffect, useId, useRef } from 'react'
import type { ReactNode } from 'react'
import { useI18n } from '../i18n/i18n-provider.tsx'

/** Props of Modal: controlled by `open`; `onClose` runs on Escape, the close button or backdrop. */
export interface ModalProps {
  open: boolean
  title: string
  onClose: () => void
  children: ReactNode
  footer?: ReactNode
}

/** Shows its children in a modal dialog while `open` is true. */
export function Modal({ open, title, onClose, children, footer }: ModalProps) {
  const { t } = useI18n()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onClick={(event) => {
        if (event.target === ref.current) onClose()
      }}
    >
      <div className="modal-box">
        <header className="modal-header">
          <h2 id={titleId}>{title}</h2>
          <button
            type="button"
            className="button-quiet"
            aria-label={t('modal.close')}
            onClick={onClose}
          >
            ×
          </button>
        </header>
        <div className="modal-body">{children}</div>
        {footer && <footer className="modal-footer">{footer}</footer>}
      </div>
    </dialog>
  )
}
