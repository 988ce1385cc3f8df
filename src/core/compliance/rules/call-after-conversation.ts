import { formatDay } from '../local-time.ts'
import { NOT_APPLICABLE, PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

/**
 * Forbids calling a person about a debt within seven days after a telephone conversation with
 * them: 12 CFR 1006.14(b)(2)(i)(B), 「The date of the telephone conversation is the first day of
 * the seven-consecutive-day period」, so days d..d+6 are closed after a conversation on day d.
 */
export const callAfterConversation: RuleDefinition = {
  id: 'call-after-conversation',
  params: { quietDays: { type: 'integer', stricter: 'higher' } },
  evaluate(ctx, p) {
    const c = ctx.contact
    if (c.channel !== 'call' && c.channel !== 'ai_call') return NOT_APPLICABLE
    const last = ctx.history.lastConversation(c.counterparty.id, c.debt_id)
    const days = p.quietDays as number
    if (last !== undefined && ctx.local.day - last < days) {
      return { verdict: 'fail', vars: { last: formatDay(last), days } }
    }
    return PASS
  },
}
