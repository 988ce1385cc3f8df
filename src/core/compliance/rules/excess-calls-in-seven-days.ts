import { NOT_APPLICABLE, PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

/**
 * Forbids an 8th call to a person about a debt within seven consecutive days: 12 CFR
 * 1006.14(b)(2)(i)(A) (rebuttable presumption of violation above 7 calls). Days are calendar days
 * in the person's zone; every placed call counts, answered or not.
 */
export const excessCallsInSevenDays: RuleDefinition = {
  id: 'excess-calls-in-seven-days',
  params: {
    maxCalls: { type: 'integer', stricter: 'lower' },
    windowDays: { type: 'integer', stricter: 'higher' },
  },
  evaluate(ctx, p) {
    const c = ctx.contact
    if (c.channel !== 'call' && c.channel !== 'ai_call') return NOT_APPLICABLE
    const day = ctx.local.day
    const window = p.windowDays as number
    const before = ctx.history.callsBetween(c.counterparty.id, c.debt_id, day - window + 1, day)
    const max = p.maxCalls as number
    return before >= max ? { verdict: 'fail', vars: { count: before, max, days: window } } : PASS
  },
}
