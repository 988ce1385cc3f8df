import type { Behavior, Issue, Request } from '../labels.ts'
import { BEHAVIORS, ISSUES } from '../labels.ts'
import {
  BACKGROUND,
  BEHAVIOR_PHRASES,
  HARM,
  ISSUE_PHRASES,
  NEGATED,
  NO_ACT,
  REASONS,
  REQUEST_PHRASES,
  SLOTS,
  TEMPLATE_LEGAL,
} from './phrases.ts'
import type { Rng } from './prng.ts'

/** What a generated complaint body says, as ground truth for evaluation. */
export interface ComposedBody {
  readonly sentences: readonly string[]
  readonly behaviors: readonly Behavior[]
  readonly issues: readonly Issue[]
  readonly requests: readonly Request[]
  readonly requestField: string
}

/** The plan of one body: which labels to express. */
export interface BodyPlan {
  readonly behaviors: readonly Behavior[]
  readonly issues: readonly Issue[]
  readonly requests: readonly Request[]
  readonly noAct: boolean
  readonly legal: boolean
  readonly sayViolence: boolean
}

/** Fills `{slot}` placeholders with random values; `platform` and `amount` come from `fixed`. */
export function fillSlots(rng: Rng, text: string, fixed: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (_m, key: string) => {
    const f = fixed[key]
    if (f !== undefined) return f
    switch (key) {
      case 'calls':
        return String(rng.pick([10, 15, 20, 30, 40, 50, 100]))
      case 'msgs':
        return String(rng.pick([20, 30, 50, 80, 100]))
      case 'people':
        return String(rng.pick([10, 20, 30, 50, 100]))
      case 'days':
        return String(rng.between(3, 30))
      case 'overdue':
        return String(rng.between(3, 120))
      case 'hour':
        return String(rng.pick([12, 1, 2, 3]))
      case 'reason':
        return rng.pick(REASONS)
      default:
        return rng.pick(SLOTS[key] ?? [key])
    }
  })
}

/** Picks `k` distinct items. */
export function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const pool = [...items]
  const out: T[] = []
  while (out.length < k && pool.length > 0) out.push(pool.splice(rng.int(pool.length), 1)[0])
  return out
}

/** Draws a plan: how many behaviours, issues and requests a complaint of this kind expresses. */
export function drawPlan(rng: Rng, tagged: boolean, noAct: boolean): BodyPlan {
  const abusive = tagged ? !noAct : rng.chance(0.2)
  const behaviors = abusive ? sample(rng, BEHAVIORS, rng.weighted([1, 2, 3], [4, 4, 2])) : []
  if (
    behaviors.includes('address_book_exposure') &&
    !behaviors.includes('contacts_third_parties')
  ) {
    behaviors.push('contacts_third_parties')
  }
  const issues = sample(
    rng,
    ISSUES,
    tagged ? rng.weighted([0, 1], [6, 4]) : rng.weighted([1, 2], [7, 3]),
  )
  const requests: Request[] = []
  if (tagged ? rng.chance(0.826) : abusive && rng.chance(0.6)) requests.push('stop_harassment')
  if (rng.chance(0.55)) requests.push('negotiation')
  if (issues.includes('fee_dispute') || issues.includes('interest_rate')) {
    requests.push(rng.pick(['fee_waiver', 'refund'] as const))
  }
  if (issues.includes('credit_report') && rng.chance(0.7)) requests.push('credit_repair')
  if (abusive && rng.chance(0.15)) requests.push(rng.pick(['compensation', 'apology'] as const))
  if (requests.length === 0) requests.push('negotiation')
  return {
    behaviors,
    issues,
    requests,
    noAct,
    legal: rng.chance(tagged ? 0.3 : 0.05),
    sayViolence: tagged && !noAct ? rng.chance(0.6) : false,
  }
}

/** Writes a body for a plan; the caller fills the platform, amount and date slots. */
export function composeBody(rng: Rng, plan: BodyPlan): ComposedBody {
  const sentences: string[] = [rng.pick(BACKGROUND)]
  if (plan.behaviors.length > 0) {
    const subject = rng.pick(['催收人员', '平台的催收', '第三方催收公司', '对方', '催收员'])
    const acts = plan.behaviors.map((b) => rng.pick(BEHAVIOR_PHRASES[b]))
    const lead = plan.sayViolence ? `${subject}暴力催收，` : `${subject}`
    if (rng.chance(0.2)) sentences.push(rng.pick(NEGATED) + `但是${subject}${acts[0] ?? ''}。`)
    else sentences.push(`${lead}${acts[0] ?? ''}。`)
    for (const act of acts.slice(1)) {
      sentences.push(`${rng.pick(['还', '并且', '甚至', '而且'])}${act}。`)
    }
  }
  if (plan.noAct) sentences.push(rng.pick(NO_ACT))
  for (const issue of plan.issues) sentences.push(`${rng.pick(ISSUE_PHRASES[issue])}。`)
  if (plan.behaviors.length > 0 || plan.noAct) sentences.push(rng.pick(HARM))
  if (plan.legal) sentences.push(...sample(rng, TEMPLATE_LEGAL, rng.between(1, 3)))
  const picked = plan.requests.map((r) => rng.pick(REQUEST_PHRASES[r]))
  sentences.push(picked.map(([s]) => s).join('，') + '。')
  return {
    sentences,
    behaviors: plan.behaviors,
    issues: plan.issues,
    requests: plan.requests,
    requestField: picked.map(([, f]) => f).join(','),
  }
}
