/** The respondent lender's answer to a verdict that asks for one, within its working-day deadline. */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { ProvisionalNote, type ProvisionalNotice } from './provisional-note.tsx'

/** The lender's part of a case state. */
export interface LenderPart {
  lenderResponseDue?: string
  lenderResponse?: { at: string; text: string; late: boolean }
}

/** Shows the lender's response, or (for the lender, while none is given) the form to give it. */
export function LenderResponseForm({
  state,
  provisional,
  canRespond,
  onRespond,
}: {
  state: LenderPart
  /** Set when the deadline was counted into a year without a holiday notice. */
  provisional?: ProvisionalNotice | null
  canRespond: boolean
  onRespond: (text: string) => void
}) {
  const { t, formatDateTime } = useI18n()
  const [text, setText] = useState('')
  if (!state.lenderResponseDue) return null
  const r = state.lenderResponse
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    onRespond(text)
  }
  return (
    <div className="card" data-testid="lender-response">
      <h2>{t('desk.lender.title')}</h2>
      <p>
        {t('desk.lender.due', { date: formatDateTime(state.lenderResponseDue) })}
        {r ? null : <ProvisionalNote notice={provisional} testId="provisional-lender-deadline" />}
      </p>
      {r ? (
        <p>
          {formatDateTime(r.at)} · {r.text}
          {r.late ? ` · ${t('desk.lender.late')}` : ''}
        </p>
      ) : canRespond ? (
        <form onSubmit={submit} aria-label={t('desk.lender.title')}>
          <label>
            {t('desk.lender.text')}{' '}
            <textarea
              name="lenderResponse"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </label>{' '}
          <button className="button-primary" type="submit">
            {t('desk.lender.submit')}
          </button>
        </form>
      ) : (
        <p className="muted">{t('desk.lender.waiting')}</p>
      )}
    </div>
  )
}
