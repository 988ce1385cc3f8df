import { NOT_APPLICABLE, PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

/**
 * Forbids a 4th effective interactive voice conversation (AI voice included) with one debtor in a
 * local calendar day: GB/T 45251-2025 5.3 「以语音形式(含智能语音)进行交互式催收，与单一债务人主动
 * 有效通话每日不应超过3次」. A call known not to be effective (`effective: false`) is not a
 * conversation; a proposed call, whose outcome is unknown, is refused once the cap is reached.
 */
export const excessInteractiveCalls: RuleDefinition = {
  id: 'excess-interactive-calls',
  params: { maxPerDay: { type: 'integer', stricter: 'lower' } },
  evaluate(ctx, p) {
    const c = ctx.contact
    if ((c.channel !== 'call' && c.channel !== 'ai_call') || c.counterparty.role !== 'debtor') {
      return NOT_APPLICABLE
    }
    if (c.call_kind !== 'interactive') return NOT_APPLICABLE
    const before = ctx.history.interactive(ctx.local.day)
    const max = p.maxPerDay as number
    const wouldCount = c.connected !== false && c.effective !== false
    if (before >= max && wouldCount) return { verdict: 'fail', vars: { count: before, max } }
    return PASS
  },
}
