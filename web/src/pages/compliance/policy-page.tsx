/** Policies: read rules with their clauses, change lender-configurable parameters, see versions. */
import { useState } from 'react'
import { api } from '../../api/client.ts'
import { useApiGet } from '../../api/use-api.ts'
import { Badge } from '../../components/badge.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { formatParam, parseParam } from './compliance-types.ts'
import type { PolicyDocument, PolicySummary } from './compliance-types.ts'

/** The policy page. */
export default function PolicyPage() {
  const { t, locale } = useI18n()
  const lang = locale === 'en' ? 'en' : 'zh'
  const list = useApiGet<{ items: PolicySummary[] }>('/api/v1/compliance/policies')
  const [selected, setSelected] = useState<PolicySummary | null>(null)
  const ref = selected ?? list.data?.items[0] ?? null
  const doc = useApiGet<PolicyDocument>(
    ref
      ? `/api/v1/compliance/policies/${encodeURIComponent(ref.id)}/versions/${encodeURIComponent(ref.version)}`
      : '/api/v1/compliance/scripts',
  )
  const [edits, setEdits] = useState<Record<string, string>>({})
  const [newId, setNewId] = useState('')
  const [newVersion, setNewVersion] = useState('')
  const [error, setError] = useState<unknown>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const policy = ref && doc.data && 'rules' in doc.data ? doc.data : null

  const save = () => {
    if (!policy) return
    setError(null)
    const overrides: Record<string, Record<string, unknown>> = {}
    for (const [key, text] of Object.entries(edits)) {
      const [ruleId, name] = key.split('|') as [string, string]
      const p = policy.rules.find((r) => r.id === ruleId)?.parameters[name]
      if (!p) continue
      ;(overrides[ruleId] ??= {})[name] = parseParam(p.type, text) ?? text
    }
    const body = {
      id: newId.trim() || policy.id,
      version: newVersion.trim(),
      title: policy.title,
      extends: { id: policy.id, version: policy.version },
      overrides,
    }
    api.post<PolicySummary>('/api/v1/compliance/policies', body).then((s) => {
      setSaved(`${s.id}@${s.version}`)
      setEdits({})
      list.reload()
    }, setError)
  }

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('compliance.policy.title')}</h1>
        <p className="page-subtitle">{t('compliance.policy.intro')}</p>
      </header>
      <ErrorAlert error={list.error ?? doc.error} />
      <ul className="policy-list">
        {(list.data?.items ?? []).map((p) => (
          <li key={`${p.id}@${p.version}`}>
            <button type="button" className="link-button" onClick={() => setSelected(p)}>
              {p.title[lang]} · {p.id}@{p.version}
            </button>{' '}
            <Badge tone={p.active ? 'allow' : 'neutral'}>
              {t(
                p.origin === 'shipped'
                  ? 'compliance.policy.shipped'
                  : p.active
                    ? 'compliance.policy.active'
                    : 'compliance.policy.inactive',
              )}
            </Badge>
          </li>
        ))}
      </ul>
      {policy && (
        <>
          <h2>
            {policy.title[lang]} ({policy.id}@{policy.version})
          </h2>
          <table className="data-table">
            <thead>
              <tr>
                <th>{t('compliance.policy.rule')}</th>
                <th>{t('compliance.policy.clause')}</th>
                <th>{t('compliance.policy.parameters')}</th>
              </tr>
            </thead>
            <tbody>
              {policy.rules.map((r) => (
                <tr key={r.id}>
                  <td>
                    {r.id}{' '}
                    <Badge tone={r.severity === 'deny' ? 'deny' : 'review'}>{r.severity}</Badge>
                  </td>
                  <td>
                    {r.clause} <small>({r.status})</small>
                  </td>
                  <td>
                    {Object.entries(r.parameters).map(([name, p]) => (
                      <label key={name} className="param">
                        {name}{' '}
                        <input
                          value={edits[`${r.id}|${name}`] ?? formatParam(p.value)}
                          onChange={(e) =>
                            setEdits({ ...edits, [`${r.id}|${name}`]: e.target.value })
                          }
                        />
                        {p.lenderConfigurable && (
                          <Badge tone="neutral">{t('compliance.policy.configurable')}</Badge>
                        )}
                      </label>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="field-hint">{t('compliance.policy.stricterOnly')}</p>
          <label>
            {t('compliance.policy.newId')}{' '}
            <input
              value={newId}
              placeholder={policy.id}
              onChange={(e) => setNewId(e.target.value)}
            />
          </label>{' '}
          <label>
            {t('compliance.policy.newVersion')}{' '}
            <input value={newVersion} onChange={(e) => setNewVersion(e.target.value)} />
          </label>{' '}
          <button
            type="button"
            className="button-primary"
            disabled={newVersion.trim() === ''}
            onClick={save}
          >
            {t('compliance.policy.save')}
          </button>
          {saved && <p role="status">{t('compliance.policy.saved', { name: saved })}</p>}
          <ErrorAlert error={error} />
        </>
      )}
    </section>
  )
}
