import { NOT_APPLICABLE, PASS } from '../rule.ts'
import type { RuleDefinition } from '../rule.ts'

/**
 * Forbids contact by a collector without onboarding training or yearly training: GB/T 45251-2025
 * 5.2 「催收人员上岗前应进行必要的岗前培训和考核」「每年至少进行一次…培训和考核」. Applies only
 * when the caller passes a collector registry; otherwise not applicable.
 */
export const untrainedCollector: RuleDefinition = {
  id: 'untrained-collector',
  params: { maxDaysSinceTraining: { type: 'integer', stricter: 'lower' } },
  evaluate(ctx, p) {
    const reg = ctx.collectors
    if (reg === undefined || ctx.contact.collectors.length === 0) return NOT_APPLICABLE
    const max = p.maxDaysSinceTraining as number
    for (const id of ctx.contact.collectors) {
      const r = reg.get(id)
      if (r?.onboardedDay === undefined) {
        return { verdict: 'fail', vars: { collector: id, reason: 'no onboarding / 未岗前培训' } }
      }
      const last = r.lastTrainingDay ?? r.onboardedDay
      if (ctx.local.day - last > max) {
        return {
          verdict: 'fail',
          vars: { collector: id, reason: `last training > ${max} days / 超过${max}天未培训` },
        }
      }
    }
    return PASS
  },
}
