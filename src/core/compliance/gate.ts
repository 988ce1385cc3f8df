import type { ContentFinding } from './content/finding.ts'
import { checkContent } from './content/check-content.ts'
import type { ContentOptions } from './content/check-content.ts'
import type { ContactCounters, DebtorHistory } from './counters.ts'
import { toLocal } from './local-time.ts'
import type { LocalTime } from './local-time.ts'
import type { CollectorRegistry, Params, RuleContext, RuleDefinition } from './rule.ts'
import type { PolicyPack, Severity } from './policy.ts'
import { RULES } from './rules/index.ts'
import type { ContactRecord, GateDecision, Message, RuleVerdict } from './types.ts'

const NA_MESSAGE: Message = { zh: '不适用于本次联系', en: 'not applicable to this contact' }

interface CompiledRule {
  readonly def: RuleDefinition
  readonly params: Params
  readonly severity: Severity
  readonly clause: string
  readonly deny: { readonly zh: Template; readonly en: Template }
  readonly pass: RuleVerdict
  readonly na: RuleVerdict
}

/** A validated policy prepared for fast evaluation. */
export interface CompiledPolicy {
  readonly id: string
  readonly version: string
  readonly pack: PolicyPack
  readonly rules: readonly CompiledRule[]
}

/** Options of one evaluation: collector records and content-checker settings. */
export interface GateOptions {
  readonly collectors?: CollectorRegistry
  readonly content?: ContentOptions
}

const ROLLING_RULES = new Set(['excess-calls-in-seven-days', 'call-after-conversation'])

/** True when the policy reads per-person rolling call days (ContactCounters `rollingCalls`). */
export function needsRollingCalls(policy: CompiledPolicy): boolean {
  return policy.rules.some((r) => ROLLING_RULES.has(r.def.id))
}

/** Prepares a validated pack (validatePack / extendPolicy output) for the gate. */
export function compilePolicy(pack: PolicyPack): CompiledPolicy {
  const rules = pack.rules.map((r): CompiledRule => {
    const def = RULES.get(r.id)
    if (def === undefined) throw new Error(`rule ${r.id}: got unknown id, want a validated pack`)
    const params = Object.fromEntries(Object.entries(r.parameters).map(([k, v]) => [k, v.value]))
    const base = { id: r.id, clause: r.clause }
    return {
      def,
      params,
      severity: r.severity,
      clause: r.clause,
      deny: { zh: splitTemplate(r.messages.deny.zh), en: splitTemplate(r.messages.deny.en) },
      pass: { ...base, verdict: 'pass', message: r.messages.pass },
      na: { ...base, verdict: 'not_applicable', message: NA_MESSAGE },
    }
  })
  return { id: pack.id, version: pack.version, pack, rules }
}

/** The context rules read; content findings are computed at most once, on demand. */
class GateContext implements RuleContext {
  readonly local: LocalTime
  readonly collectors?: CollectorRegistry
  #findings: readonly ContentFinding[] | undefined

  constructor(
    readonly contact: ContactRecord,
    readonly history: DebtorHistory,
    private readonly options: GateOptions,
  ) {
    this.local = toLocal(contact.epoch_ms, contact.tz)
    if (options.collectors !== undefined) this.collectors = options.collectors
  }

  findings(): readonly ContentFinding[] {
    if (this.#findings === undefined) {
      const role = this.contact.counterparty.role
      const audience = role === 'debtor' || role === 'guarantor' ? 'debtor' : 'third_party'
      this.#findings = checkContent(this.contact.content ?? '', {
        ...this.options.content,
        audience,
      })
    }
    return this.#findings
  }
}

/** A message template split at its `{name}` placeholders: odd indices are names. */
type Template = readonly string[]

function splitTemplate(text: string): Template {
  return text.split(/\{(\w+)\}/)
}

function fill(t: Template, vars: Readonly<Record<string, string | number>>): string {
  let out = t[0]
  for (let i = 1; i < t.length; i += 2) {
    const k = t[i]
    out += (k in vars ? String(vars[k]) : `{${k}}`) + t[i + 1]
  }
  return out
}

/**
 * Decides one contact against a policy and a debtor's history: deny when a deny-severity rule
 * fails, review when only review-severity rules fail, allow otherwise. Pure: reads, never writes.
 */
export function decide(
  policy: CompiledPolicy,
  history: DebtorHistory,
  contact: ContactRecord,
  options: GateOptions = {},
): GateDecision {
  const ctx = new GateContext(contact, history, options)
  let denied = false
  let review = false
  const rules: RuleVerdict[] = []
  for (const r of policy.rules) {
    const out = r.def.evaluate(ctx, r.params)
    if (out.verdict === 'pass') rules.push(r.pass)
    else if (out.verdict === 'not_applicable') rules.push(r.na)
    else if (out.verdict === 'fail') {
      if (r.severity === 'deny') denied = true
      else review = true
      const message = { zh: fill(r.deny.zh, out.vars), en: fill(r.deny.en, out.vars) }
      rules.push({ id: r.def.id, clause: r.clause, verdict: r.severity, message })
    }
  }
  return {
    decision: denied ? 'deny' : review ? 'review' : 'allow',
    rules,
    policy: { id: policy.id, version: policy.version },
  }
}

/** Decides a proposed contact using the compact counters held for its debtor. */
export function evaluateContact(
  policy: CompiledPolicy,
  counters: ContactCounters,
  contact: ContactRecord,
  options: GateOptions = {},
): GateDecision {
  return decide(policy, counters.history(contact.debtor_id), contact, options)
}
