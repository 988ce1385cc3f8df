import { NOT_APPLICABLE, PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

/**
 * Forbids a field visit by fewer than two collectors: 中国银行业协会指引 (2026) 第二十二条
 * 「外访催收应安排不少于两名催收人员共同实施」 (C-7).
 */
export const singleCollectorVisit: RuleDefinition = {
  id: 'single-collector-visit',
  params: { minCollectors: { type: 'integer', stricter: 'higher' } },
  evaluate(ctx, p) {
    const c = ctx.contact
    if (c.channel !== 'visit') return NOT_APPLICABLE
    const n = new Set(c.collectors).size
    const min = p.minCollectors as number
    return n >= min ? PASS : { verdict: 'fail', vars: { count: n, min } }
  },
}
