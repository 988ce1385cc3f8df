import { addDays, dayNumber } from '../lending/index.ts'
import type { PlainDate } from '../lending/index.ts'

/** Where an agency stands on the lender's white-list (C-10). */
export type AgencyStatus = 'whitelisted' | 'suspended' | 'exited'

/** One evaluation of an agency (compliance, results, information security; GB-5.4-1). */
export interface AgencyEvaluation {
  readonly date: PlainDate
  readonly passed: boolean
  readonly note?: string
}

/** A third-party collection agency a lender entrusts (第三方催收机构). */
export interface Agency {
  readonly id: string
  readonly name: string
  readonly status: AgencyStatus
  /** Business licence or qualification number, and its expiry (null when open-ended). */
  readonly qualification: {
    readonly licenseNo: string
    readonly validUntil: PlainDate | null
  } | null
  readonly contract: { readonly start: PlainDate; readonly end: PlainDate }
  /** The date the agency signed the no-subcontracting undertaking (不得转委托), or null. */
  readonly noSubcontractingSignedOn: PlainDate | null
  readonly evaluations: readonly AgencyEvaluation[]
}

/** A finding about an agency: blocking ones stop new assignments; others are flags to act on. */
export interface AgencyFlag {
  readonly code:
    | 'not_whitelisted'
    | 'no_qualification'
    | 'qualification_expired'
    | 'contract_not_active'
    | 'no_subcontracting_undertaking_missing'
    | 'evaluation_overdue'
    | 'pre_expiry_evaluation_due'
    | 'last_evaluation_failed'
  readonly blocking: boolean
  readonly clause: string
  readonly message: string
}

/** Options: how many days before contract end the pre-expiry evaluation falls due (configurable). */
export interface AgencyRules {
  readonly preExpiryWindowDays: number
}

/** The default window: 60 days before the contract ends (GB-5.4-1 leaves N open). */
export const DEFAULT_AGENCY_RULES: AgencyRules = { preExpiryWindowDays: 60 }

const EVAL_CLAUSE = 'GB/T 45251-2025 5.4'

/**
 * Assesses an agency on a day: white-list status, qualification, contract dates, the
 * no-subcontracting undertaking, an evaluation at least every 365 days (counted from the contract
 * start when none exists) and one within the window before contract end.
 */
export function assessAgency(
  a: Agency,
  today: PlainDate,
  rules: AgencyRules = DEFAULT_AGENCY_RULES,
): AgencyFlag[] {
  const flags: AgencyFlag[] = []
  const t = dayNumber(today)
  if (a.status !== 'whitelisted') {
    flags.push({
      code: 'not_whitelisted',
      blocking: true,
      clause: '中国银行业协会指引 2026 (C-10)',
      message: `机构状态为 ${a.status}，不在白名单中`,
    })
  }
  if (a.qualification === null) {
    flags.push({
      code: 'no_qualification',
      blocking: true,
      clause: 'GB/T 45251-2025 4',
      message: '未登记资质',
    })
  } else if (a.qualification.validUntil !== null && dayNumber(a.qualification.validUntil) < t) {
    flags.push({
      code: 'qualification_expired',
      blocking: true,
      clause: 'GB/T 45251-2025 4',
      message: `资质已于 ${a.qualification.validUntil} 过期`,
    })
  }
  if (t < dayNumber(a.contract.start) || t > dayNumber(a.contract.end)) {
    flags.push({
      code: 'contract_not_active',
      blocking: true,
      clause: EVAL_CLAUSE,
      message: `委托合同期限 ${a.contract.start} 至 ${a.contract.end}，今天不在期限内`,
    })
  }
  if (a.noSubcontractingSignedOn === null) {
    flags.push({
      code: 'no_subcontracting_undertaking_missing',
      blocking: true,
      clause: EVAL_CLAUSE,
      message: '未签署不得转委托承诺',
    })
  }
  const done = a.evaluations
    .filter((e) => dayNumber(e.date) <= t)
    .sort((x, y) => dayNumber(x.date) - dayNumber(y.date))
  const last = done.at(-1)
  const since = last?.date ?? a.contract.start
  if (t - dayNumber(since) > 365) {
    flags.push({
      code: 'evaluation_overdue',
      blocking: false,
      clause: EVAL_CLAUSE,
      message: `上次评估（或合同起始）为 ${since}，已超过一年未评估`,
    })
  }
  const windowStart = addDays(a.contract.end, -rules.preExpiryWindowDays)
  if (
    t >= dayNumber(windowStart) &&
    !done.some((e) => dayNumber(e.date) >= dayNumber(windowStart))
  ) {
    flags.push({
      code: 'pre_expiry_evaluation_due',
      blocking: false,
      clause: EVAL_CLAUSE,
      message: `合同将于 ${a.contract.end} 到期，到期前（${windowStart} 起）须完成一次评估`,
    })
  }
  if (last !== undefined && !last.passed) {
    flags.push({
      code: 'last_evaluation_failed',
      blocking: true,
      clause: EVAL_CLAUSE,
      message: `${last.date} 的评估未通过`,
    })
  }
  return flags
}

/** True when an agency may receive new assignments on the day (no blocking flag). */
export function isAgencyAssignable(a: Agency, today: PlainDate, rules?: AgencyRules): boolean {
  return !assessAgency(a, today, rules).some((f) => f.blocking)
}

/** One row of the public list of agencies a lender uses (C-10: disclosed on the lender's site). */
export interface PublicAgencyEntry {
  readonly name: string
  readonly licenseNo: string
  readonly contractStart: PlainDate
  readonly contractEnd: PlainDate
}

/** Returns the public list: white-listed agencies under a contract in force on the day, by name. */
export function publicAgencyList(
  agencies: readonly Agency[],
  today: PlainDate,
): PublicAgencyEntry[] {
  const t = dayNumber(today)
  return agencies
    .filter(
      (a) =>
        a.status === 'whitelisted' &&
        t >= dayNumber(a.contract.start) &&
        t <= dayNumber(a.contract.end),
    )
    .map((a) => ({
      name: a.name,
      licenseNo: a.qualification?.licenseNo ?? '',
      contractStart: a.contract.start,
      contractEnd: a.contract.end,
    }))
    .sort((x, y) => x.name.localeCompare(y.name, 'zh-CN'))
}
