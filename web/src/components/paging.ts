/** Pure paging arithmetic for tables (pages are numbered from 1). */

/** The number of pages for a total (at least 1, so an empty table shows "page 1 of 1"). */
export function pageCount(total: number, pageSize: number): number {
  if (pageSize <= 0) throw new Error(`pageCount: pageSize must be positive, got ${pageSize}`)
  return Math.max(1, Math.ceil(total / pageSize))
}

/** Clamps a page number into 1 … pageCount. */
export function clampPage(page: number, total: number, pageSize: number): number {
  return Math.min(Math.max(1, Math.floor(page)), pageCount(total, pageSize))
}

/** The rows of one page of an in-memory list. */
export function pageOf<T>(rows: readonly T[], page: number, pageSize: number): T[] {
  const p = clampPage(page, rows.length, pageSize)
  return rows.slice((p - 1) * pageSize, p * pageSize)
}
