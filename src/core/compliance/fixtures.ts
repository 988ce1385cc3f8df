import { parseContact } from './contact.ts'
import { ContactCounters } from './counters.ts'
import { compilePolicy, decide } from './gate.ts'
import type { GateOptions } from './gate.ts'
import { SHIPPED_PACKS } from './packs/index.ts'
import type { PolicyPack } from './policy.ts'
import type { ContactRecord, GateDecision, Verdict } from './types.ts'

/** @internal A raw contact to the debtor by registered line in Asia/Shanghai, overridable. */
export function rawContact(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'c-1',
    debt_id: 'debt-1',
    debtor_id: 'd-1',
    debtor_status: 'normal',
    counterparty: { id: 'd-1', role: 'debtor', refused: false },
    channel: 'call',
    to: '138****0001',
    number_type: 'registered',
    at: '2026-03-10T10:00:00+08:00',
    tz: 'Asia/Shanghai',
    collectors: ['col-1'],
    ...over,
  }
}

/** @internal Parses a raw contact built by `rawContact`. */
export function contact(over: Record<string, unknown> = {}): ContactRecord {
  return parseContact(rawContact(over))
}

/** @internal The shipped pack with this id (throws when missing). */
export function pack(id: string): PolicyPack {
  const p = SHIPPED_PACKS.get(id)
  if (p === undefined) throw new Error(`no pack ${id}`)
  return p
}

/** @internal Runs the gate on `proposed` after recording `history` in order. */
export function gate(
  p: PolicyPack,
  history: readonly ContactRecord[],
  proposed: ContactRecord,
  options: GateOptions = {},
): GateDecision {
  const counters = new ContactCounters()
  for (const h of history) counters.record(h)
  return decide(compilePolicy(p), counters.history(proposed.debtor_id), proposed, options)
}

/** @internal The verdict one rule gave in a decision. */
export function verdictOf(d: GateDecision, ruleId: string): Verdict | undefined {
  return d.rules.find((r) => r.id === ruleId)?.verdict
}

/** @internal `n` copies of a contact, one minute apart from `start` (ISO with offset). */
export function repeat(n: number, start: string, over: Record<string, unknown>): ContactRecord[] {
  const t0 = Date.parse(start)
  const offset = start.slice(-6)
  return Array.from({ length: n }, (_, i) => {
    const local = new Date(t0 + i * 60_000 + Number(offset.slice(0, 3)) * 3_600_000)
    const at = `${local.toISOString().slice(0, 19)}${offset}`
    return contact({ id: `h-${i}`, at, ...over })
  })
}
