import type { MappedText } from '../../text/index.ts'
import type { TriggerMode } from './context.ts'
import { isSelfSubject, triggerMode } from './context.ts'

/** A trigger found in one field, with its mode and its span in the normalised text. */
export interface Hit {
  readonly start: number
  readonly end: number
  readonly mode: TriggerMode
}

const CLAUSE_END = /[,;!?:。；！？：\n]/
// Marketing and advertising messages are spam, not collection: their clauses allege nothing.
const MARKETING = /营销|广告|推销|推广|办卡|邀请.{0,2}借款/

/** Returns the start of the clause holding position `at`. */
export function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && i >= at - 60; i--) {
    if (CLAUSE_END.test(text[i] ?? '')) return i + 1
  }
  return Math.max(0, at - 60)
}

function clauseEnd(text: string, at: number): number {
  for (let i = at; i < text.length && i < at + 60; i++) {
    if (CLAUSE_END.test(text[i] ?? '')) return i
  }
  return Math.min(text.length, at + 60)
}

/** Options of a scan: whether the act can be threatened, and whether the complainant may be its subject. */
export interface ScanOptions {
  readonly threatenable?: boolean
  readonly checkSubject?: boolean
  readonly rejectIn?: RegExp
}

/** Finds the triggers of one compiled pattern (flag `g`) in a normalised text, with their modes. */
export function scan(mapped: MappedText, re: RegExp, options: ScanOptions = {}): Hit[] {
  const text = mapped.text
  const hits: Hit[] = []
  re.lastIndex = 0
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue
    const start = m.index
    const end = start + m[0].length
    const cs = clauseStart(text, start)
    if (options.rejectIn?.test(text.slice(Math.max(cs, start - 8), end)) === true) continue
    const clause = text.slice(cs, clauseEnd(text, end))
    if (MARKETING.test(clause)) continue
    const before = text.slice(cs, start)
    if (options.checkSubject === true && isSelfSubject(before)) continue
    hits.push({ start, end, mode: triggerMode(before, options.threatenable === true) })
  }
  return hits
}
