import type { ContentFinding } from './content/finding.ts'
import type { DebtorHistory } from './counters.ts'
import type { LocalTime } from './local-time.ts'
import type { ParamType, ParamValue } from './policy.ts'
import type { ContactRecord } from './types.ts'

/** Which direction of a parameter is stricter, used to refuse looser lender overrides. */
export type Stricter = 'lower' | 'higher' | 'subset' | 'superset' | 'false' | 'true'

/** A parameter a rule understands. */
export interface ParamSpec {
  readonly type: ParamType
  readonly stricter: Stricter
  /** For string[] parameters: the values allowed. */
  readonly allowed?: readonly string[]
}

/** What a rule sees: the contact, its local time, the debtor's history and lazy content findings. */
export interface RuleContext {
  readonly contact: ContactRecord
  readonly local: LocalTime
  readonly history: DebtorHistory
  findings(): readonly ContentFinding[]
  readonly collectors?: CollectorRegistry
}

/** Collector qualification records (GB/T 45251-2025 5.2): dates as local day numbers. */
export interface CollectorRegistry {
  get(
    collectorId: string,
  ): { readonly onboardedDay?: number; readonly lastTrainingDay?: number } | undefined
}

/** A rule's raw outcome; `vars` fill the deny message placeholders. */
export type RuleOutcome =
  | { readonly verdict: 'pass' | 'not_applicable' }
  | { readonly verdict: 'fail'; readonly vars: Readonly<Record<string, string | number>> }

/** Parameter values by name, already validated against the rule's specs. */
export type Params = Readonly<Record<string, ParamValue>>

/** A rule in code: its id (what it forbids), the parameters it takes and its evaluation. */
export interface RuleDefinition {
  readonly id: string
  readonly params: Readonly<Record<string, ParamSpec>>
  evaluate(ctx: RuleContext, params: Params): RuleOutcome
}

/** The outcome every rule returns when it passes (shared to avoid allocation). */
export const PASS: RuleOutcome = { verdict: 'pass' }
/** The outcome of a rule that does not apply to this contact. */
export const NOT_APPLICABLE: RuleOutcome = { verdict: 'not_applicable' }
