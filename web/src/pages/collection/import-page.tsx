/**
 * Portfolio import: download the Excel template, upload a CSV or XLSX with real upload progress,
 * then the server's all-or-nothing report, row by row (POST /api/v1/collection/import).
 */
import { useState } from 'react'
import type { FormEvent } from 'react'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { ErrorAlert } from '../../components/error-alert.tsx'
import { FormField } from '../../components/form-field.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { labelOf } from '../../i18n/label.ts'
import { Link } from '../../router/router.tsx'
import type { ImportReport } from './collection-types.ts'
import { importContentType, importFormat, reportLines, uploadPercent } from './import-file.ts'
import type { ReportLine } from './import-file.ts'
import { uploadWithProgress } from './upload.ts'

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; loaded: number; total: number }
  | { kind: 'processing' }
  | { kind: 'done'; report: ImportReport }

/** The import page. */
export default function ImportPage() {
  const i18n = useI18n()
  const { t } = i18n
  const [file, setFile] = useState<File | null>(null)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const [error, setError] = useState<unknown>(null)
  const [fileError, setFileError] = useState<string[]>([])
  const busy = phase.kind === 'uploading' || phase.kind === 'processing'

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setError(null)
    const format = file ? importFormat(file.name) : null
    if (!file || !format) {
      setFileError([t('collection.import.badFormat')])
      return
    }
    setFileError([])
    setPhase({ kind: 'uploading', loaded: 0, total: file.size })
    uploadWithProgress<ImportReport>(
      `/api/v1/collection/import?format=${format}`,
      file,
      importContentType(format),
      {
        onProgress: (loaded, total) => setPhase({ kind: 'uploading', loaded, total }),
        onUploaded: () => setPhase({ kind: 'processing' }),
      },
    ).then(
      (report) => setPhase({ kind: 'done', report }),
      (e: unknown) => {
        setPhase({ kind: 'idle' })
        setError(e)
      },
    )
  }

  const columns: Column<ReportLine>[] = [
    { key: 'row', header: t('collection.import.row'), align: 'end' },
    {
      key: 'field',
      header: t('collection.import.field'),
      render: (l) =>
        l.field === ''
          ? t('collection.import.wholeRow')
          : labelOf(i18n, 'collection.import.column', l.field),
    },
    { key: 'message', header: t('collection.import.reason') },
  ]
  const percent = phase.kind === 'uploading' ? uploadPercent(phase.loaded, phase.total) : null
  const report = phase.kind === 'done' ? phase.report : null

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('collection.import.title')}</h1>
        <p className="page-subtitle">{t('collection.import.intro')}</p>
        <div className="page-header-actions">
          <a href="/api/v1/collection/import/template" download="portfolio-template.xlsx">
            {t('collection.import.template')}
          </a>
        </div>
      </header>
      <form className="card form-inline" onSubmit={submit}>
        <FormField
          label={t('collection.import.file')}
          name="file"
          hint={t('collection.import.fileHint')}
          errors={fileError}
          required
        >
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null)
                setPhase({ kind: 'idle' })
              }}
            />
          )}
        </FormField>
        <button type="submit" className="button-primary" disabled={busy}>
          {t('collection.import.upload')}
        </button>
      </form>
      <ErrorAlert error={error} />
      <div aria-live="polite" data-testid="import-status">
        {phase.kind === 'uploading' && (
          <p>
            <progress
              max={100}
              value={percent ?? undefined}
              aria-label={t('collection.import.progress')}
            />{' '}
            {percent === null
              ? t('collection.import.uploadingUnknown')
              : t('collection.import.uploading', { percent })}
          </p>
        )}
        {phase.kind === 'processing' && (
          <p>
            <progress aria-label={t('collection.import.progress')} />{' '}
            {t('collection.import.processing')}
          </p>
        )}
        {report?.imported === true && (
          <p className="alert alert-info" role="status">
            {t('collection.import.imported', {
              rows: report.rows,
              debtors: report.debtors,
              loans: report.loans,
            })}{' '}
            <Link to="/collection/portfolio">{t('collection.import.toPortfolio')}</Link>
          </p>
        )}
        {report?.imported === false && (
          <p className="alert alert-error" role="alert">
            {t('collection.import.rejected', { count: report.rejected.length, rows: report.rows })}
          </p>
        )}
      </div>
      {report?.imported === false && (
        <DataTable
          columns={columns}
          rows={reportLines(report.rejected)}
          rowKey={(l) => `${l.row}:${l.field}:${l.message}`}
          caption={t('collection.import.report')}
          pageSize={50}
        />
      )}
    </section>
  )
}
