import type { MappedText } from '../../text/index.ts'
import type { TriggerMode } from './context.ts'
import { isCondition, isSelfSubject, opensWithThen, triggerMode } from './context.ts'

/** A trigger found in one field, with its mode and its span in the normalised text. */
export interface Hit {
  readonly start: number
  readonly end: number
  readonly mode: TriggerMode
}

const CLAUSE_MARKS = ',;!?:。；！？：\n'
const IS_CLAUSE_MARK = new Uint8Array(65536)
for (const ch of CLAUSE_MARKS) IS_CLAUSE_MARK[ch.charCodeAt(0)] = 1
// Marketing and advertising messages are spam, not collection: their clauses allege nothing.
const MARKETING = /营销|广告|推销|推广|办卡|邀请.{0,2}借款/

const marketingOf = { text: '', found: false }

/** Returns the start of the clause holding position `at`. */
export function clauseStart(text: string, at: number): number {
  const stop = Math.max(0, at - 60)
  for (let i = at - 1; i >= stop; i--) if (IS_CLAUSE_MARK[text.charCodeAt(i)] === 1) return i + 1
  return stop
}

function clauseEnd(text: string, at: number): number {
  const stop = Math.min(text.length, at + 60)
  for (let i = at; i < stop; i++) if (IS_CLAUSE_MARK[text.charCodeAt(i)] === 1) return i
  return stop
}

/** Options of a scan: whether the act can be threatened, and whether the complainant may be its subject. */
export interface ScanOptions {
  readonly threatenable?: boolean
  readonly checkSubject?: boolean
  readonly rejectIn?: RegExp
  /** Stop at the first hit in one of these modes (the caller needs no second one). */
  readonly stopAt?: readonly TriggerMode[]
  /** Stop after the first hit this accepts, given the scanned text (the caller needs no second one). */
  readonly until?: (hit: Hit, text: string) => boolean
}

/** Finds the triggers of one compiled pattern (flag `g`) in a normalised text, with their modes. */
export function scan(mapped: MappedText, re: RegExp, options: ScanOptions = {}): Hit[] {
  const text = mapped.text
  const hits: Hit[] = []
  // Most texts mention no marketing at all: test the whole text once (the ~20 scans of one
  // field share the answer), its clauses only if it does.
  if (text !== marketingOf.text) {
    marketingOf.text = text
    marketingOf.found = MARKETING.test(text)
  }
  const marketing = marketingOf.found
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++
      continue
    }
    const start = m.index
    const end = start + m[0].length
    const cs = clauseStart(text, start)
    if (options.rejectIn?.test(text.slice(Math.max(cs, start - 8), end)) === true) continue
    if (marketing && MARKETING.test(text.slice(cs, clauseEnd(text, end)))) continue
    const before = text.slice(cs, start)
    if (options.checkSubject === true && isSelfSubject(before)) continue
    let mode = triggerMode(before, options.threatenable === true)
    if (mode === 'asserted' && options.threatenable === true && cs > 0 && opensWithThen(before)) {
      if (isCondition(text.slice(clauseStart(text, cs - 1), cs))) mode = 'threatened'
    }
    const hit = { start, end, mode }
    hits.push(hit)
    if (options.stopAt?.includes(mode) === true || options.until?.(hit, text) === true) break
    // A denied or feared match must not hide an asserted one it overlaps (没联系的同学都收到了).
    if (mode !== 'asserted') re.lastIndex = start + 1
  }
  return hits
}
