/** The script checker: paste a text, see the negative-list findings highlighted with their rules. */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { api } from '../../api/client.ts'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { FormField } from '../../components/form-field.tsx'
import { Highlight } from '../../components/highlight.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'

interface Finding {
  start: number
  end: number
  text: string
  category: string
  term: string
  match: 'exact' | 'homophone'
  rule: string
  clause: string
}

/** The script checker page. */
export default function ScriptCheckerPage() {
  const { t } = useI18n()
  const [text, setText] = useState('')
  const [audience, setAudience] = useState<'debtor' | 'third_party'>('debtor')
  const [checked, setChecked] = useState<{ text: string; findings: Finding[] } | null>(null)
  const [error, setError] = useState<unknown>(null)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setError(null)
    api
      .post<{ findings: Finding[] }>('/api/v1/compliance/scan', { text, audience })
      .then((r) => setChecked({ text, findings: r.findings }), setError)
  }

  const spans = (checked?.findings ?? []).map((f) => ({
    start: f.start,
    end: f.end,
    kind: 'rule',
    label: `${t(`compliance.category.${f.category}`)} · ${f.rule} · ${f.clause}`,
  }))

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('compliance.scan.title')}</h1>
        <p className="page-subtitle">{t('compliance.scan.intro')}</p>
      </header>
      <form onSubmit={submit}>
        <FormField label={t('compliance.scan.text')} name="text" required>
          {(control) => (
            <textarea
              {...control}
              rows={6}
              value={text}
              maxLength={100_000}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('compliance.scan.audience')} name="audience">
          {(control) => (
            <select
              {...control}
              value={audience}
              onChange={(e) => setAudience(e.target.value as 'debtor' | 'third_party')}
            >
              <option value="debtor">{t('compliance.scan.audience.debtor')}</option>
              <option value="third_party">{t('compliance.scan.audience.third_party')}</option>
            </select>
          )}
        </FormField>
        <button type="submit" className="button-primary" disabled={text.trim() === ''}>
          {t('compliance.scan.submit')}
        </button>
      </form>
      <ErrorAlert error={error} />
      {checked && (
        <div className="scan-result" data-testid="scan-result">
          <p className="scan-text">
            <Highlight text={checked.text} spans={spans} />
          </p>
          {checked.findings.length === 0 ? (
            <p>{t('compliance.scan.clean')}</p>
          ) : (
            <>
              <p>{t('compliance.scan.found', { count: checked.findings.length })}</p>
              <table className="data-table">
                <thead>
                  <tr>
                    <th>{t('compliance.scan.text')}</th>
                    <th>{t('compliance.scan.category')}</th>
                    <th>{t('compliance.scan.match')}</th>
                    <th>{t('compliance.scan.rule')}</th>
                  </tr>
                </thead>
                <tbody>
                  {checked.findings.map((f, i) => (
                    <tr key={i}>
                      <td>
                        <mark className="hl hl-rule">{f.text}</mark>
                        {f.text !== f.term && ` → ${f.term}`}
                      </td>
                      <td>{t(`compliance.category.${f.category}`)}</td>
                      <td>{t(`compliance.scan.${f.match}`)}</td>
                      <td>
                        {f.rule} · {f.clause}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </section>
  )
}
