/**
 * Bulk import for a platform's desk: upload a JSONL, CSV or XLSX file with real upload progress,
 * then the server's row report: how many were received and each row that was not, with its
 * reason (POST /api/v1/complaints/import).
 */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { FormField } from '../../components/form-field.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { Link } from '../../router/router.tsx'
import { uploadPercent } from '../collection/import-file.ts'
import { uploadWithProgress } from '../collection/upload.ts'

/** The answer of `POST /api/v1/complaints/import`. */
interface ImportResult {
  accepted: number
  rejected: number
  rejections: { row: number; reason: string }[]
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; loaded: number; total: number }
  | { kind: 'processing' }
  | { kind: 'done'; result: ImportResult }

const FORMATS = { jsonl: 'application/x-ndjson', csv: 'text/csv' } as const
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The format the server reads a file name as, or null. */
function formatOf(name: string): 'jsonl' | 'csv' | 'xlsx' | null {
  const m = /\.(jsonl|ndjson|csv|xlsx)$/i.exec(name.trim())
  if (!m) return null
  const ext = m[1].toLowerCase()
  return ext === 'ndjson' ? 'jsonl' : (ext as 'jsonl' | 'csv' | 'xlsx')
}

/** The import page. */
export default function DeskImportPage() {
  const { t } = useI18n()
  const [file, setFile] = useState<File | null>(null)
  const [mapping, setMapping] = useState<'default' | 'heimao'>('default')
  const [trust, setTrust] = useState(false)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const [error, setError] = useState<unknown>(null)
  const [fileError, setFileError] = useState<string[]>([])
  const busy = phase.kind === 'uploading' || phase.kind === 'processing'

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setError(null)
    const format = file ? formatOf(file.name) : null
    if (!file || !format) {
      setFileError([t('desk.import.badFormat')])
      return
    }
    setFileError([])
    setPhase({ kind: 'uploading', loaded: 0, total: file.size })
    const query = `format=${format}&mapping=${mapping}${trust ? '&trustPlatformCheck=1' : ''}`
    uploadWithProgress<ImportResult>(
      `/api/v1/complaints/import?${query}`,
      file,
      format === 'xlsx' ? XLSX : FORMATS[format],
      {
        onProgress: (loaded, total) => setPhase({ kind: 'uploading', loaded, total }),
        onUploaded: () => setPhase({ kind: 'processing' }),
      },
    ).then(
      (result) => setPhase({ kind: 'done', result }),
      (e: unknown) => {
        setPhase({ kind: 'idle' })
        setError(e)
      },
    )
  }

  const columns: Column<ImportResult['rejections'][number]>[] = [
    { key: 'row', header: t('desk.import.row'), align: 'end' },
    { key: 'reason', header: t('desk.import.reason') },
  ]
  const percent = phase.kind === 'uploading' ? uploadPercent(phase.loaded, phase.total) : null
  const result = phase.kind === 'done' ? phase.result : null

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('desk.import.title')}</h1>
        <p className="page-subtitle">{t('desk.import.intro')}</p>
      </header>
      <form className="card form-inline" onSubmit={submit}>
        <FormField
          label={t('desk.import.file')}
          name="file"
          hint={t('desk.import.fileHint')}
          errors={fileError}
          required
        >
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".jsonl,.ndjson,.csv,.xlsx"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null)
                setPhase({ kind: 'idle' })
              }}
            />
          )}
        </FormField>
        <label>
          {t('desk.import.mapping')}{' '}
          <select
            name="mapping"
            value={mapping}
            onChange={(e) => setMapping(e.target.value === 'heimao' ? 'heimao' : 'default')}
          >
            <option value="default">{t('desk.import.mapping.default')}</option>
            <option value="heimao">{t('desk.import.mapping.heimao')}</option>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            name="trust"
            checked={trust}
            onChange={(e) => setTrust(e.target.checked)}
          />{' '}
          {t('desk.import.trust')}
        </label>
        <button type="submit" className="button-primary" disabled={busy}>
          {t('desk.import.upload')}
        </button>
      </form>
      <ErrorAlert error={error} />
      <div aria-live="polite" data-testid="import-status">
        {phase.kind === 'uploading' && (
          <p>
            <progress max={100} value={percent ?? undefined} />{' '}
            {t('desk.import.uploading', { percent: percent ?? 0 })}
          </p>
        )}
        {phase.kind === 'processing' && (
          <p>
            <progress /> {t('desk.import.processing')}
          </p>
        )}
        {result && (
          <p
            className={result.accepted > 0 ? 'alert alert-info' : 'alert alert-error'}
            role="status"
          >
            {t('desk.import.done', { accepted: result.accepted, rejected: result.rejected })}{' '}
            {result.accepted > 0 && <Link to="/desk/queue">{t('desk.import.toQueue')}</Link>}
          </p>
        )}
      </div>
      {result && result.rejections.length > 0 && (
        <>
          <DataTable
            columns={columns}
            rows={result.rejections}
            rowKey={(r) => `${r.row}:${r.reason}`}
            caption={t('desk.import.report')}
            pageSize={50}
          />
          {result.rejected > result.rejections.length && (
            <p>{t('desk.import.more', { count: result.rejected - result.rejections.length })}</p>
          )}
        </>
      )}
    </section>
  )
}
