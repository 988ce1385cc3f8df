import type { Message } from './types.ts'

/** The value types a rule parameter may have. */
export const PARAM_TYPES = ['integer', 'time', 'boolean', 'string[]'] as const
/** A parameter value type. */
export type ParamType = (typeof PARAM_TYPES)[number]
/** A parameter value. */
export type ParamValue = number | string | boolean | readonly string[]

/** A parameter as a pack states it. */
export interface ParamConfig {
  readonly type: ParamType
  readonly value: ParamValue
  /** A lender may set a looser value only when this is true; stricter values are always allowed. */
  readonly lenderConfigurable: boolean
}

/** What a failed rule does to the decision. */
export type Severity = 'deny' | 'review'

/** One rule as a pack states it: id, clause, parameters, severity and bilingual messages. */
export interface RuleConfig {
  readonly id: string
  readonly clause: string
  /** How the clause was read (RULES.md status markers), e.g. "READ-2nd; clause number INFERRED". */
  readonly status: string
  readonly severity: Severity
  readonly parameters: Readonly<Record<string, ParamConfig>>
  /** `deny` may use `{name}` placeholders the rule fills in; `pass` is fixed text. */
  readonly messages: { readonly pass: Message; readonly deny: Message }
}

/** A policy pack or a resolved lender policy (plain data, versioned). */
export interface PolicyPack {
  readonly id: string
  readonly version: string
  readonly title: Message
  /** The pack a lender policy extends; absent on shipped packs. */
  readonly extends?: { readonly id: string; readonly version: string }
  /** Minimum record retention in days, a storage obligation rather than a gate check. */
  readonly retention_days: number
  readonly rules: readonly RuleConfig[]
}

/** A lender's extension: stricter parameter values (looser only where lenderConfigurable). */
export interface PolicyExtension {
  readonly id: string
  readonly version: string
  readonly title: Message
  readonly extends: { readonly id: string; readonly version: string }
  readonly retention_days?: number
  readonly overrides: Readonly<Record<string, Readonly<Record<string, ParamValue>>>>
  readonly severity?: Readonly<Record<string, Severity>>
}
