/**
 * The borrower's complaint form: a verified phone (the code's delivery is simulated in the demo),
 * the fields the platforms check, evidence uploads, and the device fingerprint (FingerprintJS, a
 * weak linking signal) sent with the complaint.
 */
import { useEffect, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import FingerprintJS from '@fingerprintjs/fingerprintjs'
import { ApiError } from '../../api/errors.ts'
import type { ErrorDetail } from '../../api/types.ts'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { FormField } from '../../components/form-field.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { Link } from '../../router/router.tsx'
import { fileToBase64 } from './desk-types.ts'
import { publicRequest } from './public-api.ts'

interface Targets {
  platforms: { id: string; name: string }[]
  respondents: { id: string; name: string }[]
}

/** The borrower form page. */
export default function BorrowerFormPage() {
  const { t } = useI18n()
  const [targets, setTargets] = useState<Targets>({ platforms: [], respondents: [] })
  const [fields, setFields] = useState({
    platform: '',
    respondent: '',
    problem: '',
    text: '',
    requests: '',
    amount: '',
    phone: '',
    code: '',
  })
  const [verification, setVerification] = useState<{ id: string; demoCode: string } | null>(null)
  // The fingerprint is computed once; submitting waits for it (a weak signal, absent on failure).
  const deviceId = useRef<Promise<string | undefined>>(Promise.resolve(undefined))
  const [files, setFiles] = useState<File[]>([])
  const [error, setError] = useState<unknown>(null)
  const [done, setDone] = useState<{ id: string; accessToken: string } | null>(null)
  useEffect(() => {
    publicRequest<Targets>('GET', '/api/v1/public/complaint-targets').then((x) => {
      setTargets(x)
      setFields((f) => ({
        ...f,
        platform: x.platforms[0]?.id ?? '',
        respondent: x.respondents[0]?.name ?? '',
      }))
    }, setError)
    // monitoring: false, or the library reports usage to its vendor: no third-party request from our pages.
    deviceId.current = FingerprintJS.load({ monitoring: false })
      .then((fp) => fp.get())
      .then(
        (r) => r.visitorId,
        () => undefined,
      )
  }, [])
  const set = (k: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [k]: e.target.value }))
  const sendCode = () => {
    setError(null)
    publicRequest<{ verificationId: string; demoCode: string }>(
      'POST',
      '/api/v1/public/verification-codes',
      { phone: fields.phone },
    ).then((v) => setVerification({ id: v.verificationId, demoCode: v.demoCode }), setError)
  }
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    setError(null)
    try {
      const device = await deviceId.current
      const uploads = await Promise.all(
        files.map(async (f) => ({ fileName: f.name, contentBase64: await fileToBase64(f) })),
      )
      const r = await publicRequest<{ id: string; accessToken: string }>(
        'POST',
        `/api/v1/public/platforms/${encodeURIComponent(fields.platform)}/complaints`,
        {
          form: {
            respondent: fields.respondent,
            title: fields.problem,
            problem: fields.problem,
            text: fields.text,
            requests: fields.requests,
            amount: fields.amount,
            contact: { phone: fields.phone },
          },
          files: uploads,
          ...(device ? { complainant: { deviceId: device } } : {}),
          verification: { id: verification?.id ?? '', code: fields.code },
        },
      )
      setDone(r)
    } catch (err) {
      setError(err)
    }
  }
  const details: readonly ErrorDetail[] = error instanceof ApiError ? error.details : []
  if (done) {
    return (
      <section className="page">
        <h1>{t('desk.form.title')}</h1>
        <p className="alert alert-info">{t('desk.form.done', { id: done.id })}</p>
        <p>
          <code data-testid="access-token">{done.accessToken}</code>
        </p>
        <Link
          to={`/desk/mine?id=${encodeURIComponent(done.id)}#token=${encodeURIComponent(done.accessToken)}`}
        >
          {t('desk.form.open')}
        </Link>
      </section>
    )
  }
  const field = (k: keyof typeof fields, label: string, multiline = false) => (
    <FormField label={label} name={k === 'phone' ? 'contact.phone' : k} details={details}>
      {(p) =>
        multiline ? (
          <textarea {...p} value={fields[k]} onChange={set(k)} />
        ) : (
          <input {...p} value={fields[k]} onChange={set(k)} />
        )
      }
    </FormField>
  )
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('desk.form.title')}</h1>
        <p className="page-subtitle">{t('desk.form.intro')}</p>
      </header>
      <ErrorAlert error={error} />
      <form onSubmit={(e) => void submit(e)} aria-label={t('desk.form.title')}>
        <label>
          {t('desk.form.platform')}{' '}
          <select name="platform" value={fields.platform} onChange={set('platform')}>
            {targets.platforms.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('desk.form.respondent')}{' '}
          <select name="respondent" value={fields.respondent} onChange={set('respondent')}>
            {targets.respondents.map((p) => (
              <option key={p.id} value={p.name}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        {field('problem', t('desk.form.problem'))}
        {field('text', t('desk.form.text'), true)}
        {field('requests', t('desk.form.requests'))}
        {field('amount', t('desk.form.amount'))}
        {field('phone', t('desk.form.phone'))}
        <p>
          <button className="button-secondary" type="button" onClick={sendCode}>
            {t('desk.form.sendCode')}
          </button>{' '}
          {verification ? (
            <span data-testid="demo-code">
              {t('desk.form.demoCode', { code: verification.demoCode })}
            </span>
          ) : null}
        </p>
        {field('code', t('desk.form.code'))}
        <label>
          {t('desk.form.files')}{' '}
          <input
            type="file"
            name="files"
            multiple
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
        </label>
        <button className="button-primary" type="submit">
          {t('desk.form.submit')}
        </button>
      </form>
    </section>
  )
}
