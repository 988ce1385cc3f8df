import type { FieldIssue } from '../shared/index.ts'
import { DebtorRequestError } from './errors.ts'

/** What a debtor asks for: hardship relief or a negotiated repayment (协商还款). */
export type RequestKind = 'hardship' | 'negotiation'
/** The options a request may ask for. */
export type RequestOption = 'installments' | 'deferral' | 'fee_reduction'

/** A debtor's request, as received (from a call outcome, the console, or a complaint). */
export interface DebtorRequest {
  readonly id: string
  readonly debtId: string
  readonly debtorId: string
  readonly kind: RequestKind
  readonly options: readonly RequestOption[]
  readonly reason: string
  readonly receivedAt: string
}

/** Where a request goes: a person's queue, or mediation when that capability exists. */
export interface RequestRoute {
  readonly to: 'person' | 'mediation'
  readonly queue: string
  /** The stage of collection stays paused for this debt until the request is decided. */
  readonly pauseCollection: boolean
}

const KINDS: readonly RequestKind[] = ['hardship', 'negotiation']
const OPTIONS: readonly RequestOption[] = ['installments', 'deferral', 'fee_reduction']

/** Validates a request, naming every field at fault; throws DebtorRequestError. */
export function validateDebtorRequest(r: DebtorRequest): DebtorRequest {
  const issues: FieldIssue[] = []
  if (!KINDS.includes(r.kind)) {
    issues.push({
      path: ['kind'],
      message: '请求类型只能是 hardship（困难）或 negotiation（协商）',
    })
  }
  if (r.options.length === 0) {
    issues.push({ path: ['options'], message: '至少选择一种方案：分期、延期或减免费用' })
  }
  r.options.forEach((o, i) => {
    if (!OPTIONS.includes(o)) {
      issues.push({ path: ['options', i], message: `未知方案 ${String(o)}` })
    }
  })
  if (r.reason.trim().length === 0) issues.push({ path: ['reason'], message: '请填写原因' })
  if (issues.length > 0) throw new DebtorRequestError(issues)
  return r
}

/**
 * Routes a valid request to a person (never decided by the machine): fee reductions to the
 * collection manager, the rest to the negotiation desk; to mediation when it is available and the
 * debtor asked for it. Collection contacts pause while it is open.
 */
export function routeDebtorRequest(
  r: DebtorRequest,
  opts: { readonly mediationAvailable: boolean; readonly debtorAskedMediation?: boolean },
): RequestRoute {
  validateDebtorRequest(r)
  if (opts.mediationAvailable && opts.debtorAskedMediation === true) {
    return { to: 'mediation', queue: 'mediation', pauseCollection: true }
  }
  const queue = r.options.includes('fee_reduction') ? 'collection_manager' : 'negotiation_desk'
  return { to: 'person', queue, pauseCollection: true }
}
