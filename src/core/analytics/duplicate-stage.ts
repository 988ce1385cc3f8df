import type { Complainant, ComplaintRecord } from './complaint-record.ts'
import type { FilterStage } from './filters.ts'

/**
 * Who counts as "the same submitter" for the 24-hour rule (REPORT.md §2 step 2):
 * - `complainant`: the same complainant whatever the respondent; records without a complainant
 *   fall back to the same text (Gongdao's default);
 * - `complainant_and_respondent`: the same complainant and the same respondent;
 * - `text`: the same text, whoever filed it.
 */
export type DuplicateKeyMode = 'complainant' | 'complainant_and_respondent' | 'text'

/** The duplicate rule's parameters. */
export interface DuplicateOptions {
  readonly mode: DuplicateKeyMode
  readonly windowMs: number
  /** Complainant identifiers to use, first present wins. */
  readonly identity: readonly (keyof Complainant)[]
}

/** The report's rule with Gongdao's default key. */
export const DEFAULT_DUPLICATE_OPTIONS: DuplicateOptions = {
  mode: 'complainant',
  windowMs: 24 * 3_600_000,
  identity: ['account_id', 'id_number', 'phone', 'device_id'],
}

/** A duplicate stage that also says how well ordered its input was. */
export interface DuplicateStage extends FilterStage {
  /** Records that came earlier in time than one already seen. */
  readonly outOfOrder: () => number
  /** Out-of-order records older than the window behind the newest seen: their check may miss. */
  readonly late: () => number
  /** Keys held now (the memory the stage uses). */
  readonly held: () => number
}

/** Returns the duplicate key of a record under the given options. */
export function duplicateKey(r: ComplaintRecord, options: DuplicateOptions): string {
  // The problem, or the title where the platform recorded no problem tags (as the tag rule reads it).
  const problem = r.problem !== '' ? r.problem : r.title
  const what = `${problem}\u0001${r.requests}`
  let who: string | undefined
  if (options.mode !== 'text' && r.complainant !== null) {
    for (const f of options.identity) {
      const v = r.complainant[f]
      if (v !== undefined && v !== '') {
        who = `${f}:${v}`
        break
      }
    }
  }
  if (who === undefined) return `t:${r.text !== '' ? r.text : r.title}\u0001${what}`
  return options.mode === 'complainant_and_respondent'
    ? `c:${who}\u0001${r.platform}\u0001${what}`
    : `c:${who}\u0001${what}`
}

/**
 * Builds the 24-hour duplicate stage. A record is a duplicate when a kept record with the same key
 * was submitted less than `windowMs` before (or after, for out-of-order input) it; so a group's
 * window is anchored at its first kept record, and a submission after the window starts a new
 * group. Memory: on time-sorted input only the keys of the last window are held (flat in the
 * input size). On unsorted input the check stays exact while records are less than a window out
 * of order; records later than that are counted by `late()` (their duplicates may be missed), so
 * callers sort first or report the count (see docs/analytics.md).
 */
export function createDuplicateStage(
  options: DuplicateOptions = DEFAULT_DUPLICATE_OPTIONS,
): DuplicateStage {
  const anchors = new Map<string, number>()
  // Keys in the order their anchor was set; a ring of parallel arrays avoids per-record objects.
  let qKeys: string[] = []
  let qTimes: number[] = []
  let head = 0
  let newest = -Infinity
  let outOfOrder = 0
  let late = 0
  const evict = (before: number): void => {
    while (head < qKeys.length && qTimes[head] < before) {
      const key = qKeys[head]
      if (anchors.get(key) === qTimes[head]) anchors.delete(key)
      head += 1
    }
    if (head > 65_536 && head * 2 > qKeys.length) {
      qKeys = qKeys.slice(head)
      qTimes = qTimes.slice(head)
      head = 0
    }
  }
  return {
    name: 'duplicate',
    decide: (r) => {
      const t = r.createdAt
      if (t < newest) {
        outOfOrder += 1
        if (t < newest - options.windowMs) late += 1
      } else {
        newest = t
        evict(t - options.windowMs)
      }
      const key = duplicateKey(r, options)
      const anchor = anchors.get(key)
      if (anchor !== undefined && Math.abs(t - anchor) < options.windowMs) return 'duplicate_24h'
      anchors.set(key, t)
      qKeys.push(key)
      qTimes.push(t)
      return null
    },
    outOfOrder: () => outOfOrder,
    late: () => late,
    held: () => anchors.size,
  }
}
