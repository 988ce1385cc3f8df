/** A table with optional paging: in memory (`rows` is everything) or on the server (`paging`). */
import { useState } from 'react'
import type { ReactNode } from 'react'
import { useI18n } from '../i18n/i18n-provider.tsx'
import { clampPage, pageCount, pageOf } from './paging.ts'

/** One column: `header` is already translated; `render` defaults to the row's `key` value. */
export interface Column<T> {
  key: string
  header: string
  render?: (row: T) => ReactNode
  align?: 'start' | 'end' | 'center'
}

/** Server-side paging: the parent fetches page `page` and reports `total`. */
export interface ServerPaging {
  page: number
  pageSize: number
  total: number
  onPageChange: (page: number) => void
}

/** Props of DataTable; without `paging` the rows are paged in memory by `pageSize`. */
export interface DataTableProps<T> {
  columns: readonly Column<T>[]
  rows: readonly T[]
  rowKey: (row: T) => string
  caption?: string
  pageSize?: number
  paging?: ServerPaging
  loading?: boolean
  emptyText?: string
  onRowClick?: (row: T) => void
}

function cellValue<T>(row: T, column: Column<T>): ReactNode {
  if (column.render) return column.render(row)
  const value = (row as Record<string, unknown>)[column.key]
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
    return String(value)
  }
  if (typeof value === 'boolean') return value ? '✓' : ''
  return value === null || value === undefined ? '' : JSON.stringify(value)
}

/** Renders the rows with a caption, an empty/loading state and previous/next paging. */
export function DataTable<T>(props: DataTableProps<T>) {
  const {
    columns,
    rows,
    rowKey,
    caption,
    pageSize = 20,
    paging,
    loading,
    emptyText,
    onRowClick,
  } = props
  const { t, formatNumber } = useI18n()
  const [localPage, setLocalPage] = useState(1)
  const size = paging?.pageSize ?? pageSize
  const total = paging?.total ?? rows.length
  const page = clampPage(paging?.page ?? localPage, total, size)
  const pages = pageCount(total, size)
  const visible = paging ? rows : pageOf(rows, page, size)
  const goTo = (p: number) => (paging ? paging.onPageChange(p) : setLocalPage(p))

  return (
    <div className="table-wrap">
      <table className="data-table" aria-busy={loading || undefined}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`align-${c.align ?? 'start'}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visible.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table-empty">
                {loading ? t('table.loading') : (emptyText ?? t('table.empty'))}
              </td>
            </tr>
          ) : (
            visible.map((row) => (
              <tr
                key={rowKey(row)}
                className={onRowClick ? 'row-clickable' : undefined}
                onClick={onRowClick ? () => onRowClick(row) : undefined}
              >
                {columns.map((c) => (
                  <td key={c.key} className={`align-${c.align ?? 'start'}`}>
                    {cellValue(row, c)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
      {total > size && (
        <nav className="pager" aria-label={t('table.paging')}>
          <button type="button" onClick={() => goTo(page - 1)} disabled={page <= 1}>
            {t('table.prev')}
          </button>
          <span aria-live="polite">
            {t('table.pageInfo', { page, pages, total: formatNumber(total) })}
          </span>
          <button type="button" onClick={() => goTo(page + 1)} disabled={page >= pages}>
            {t('table.next')}
          </button>
        </nav>
      )}
    </div>
  )
}
