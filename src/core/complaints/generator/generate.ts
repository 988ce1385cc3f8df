import type { Behavior, Issue, Request } from '../labels.ts'
import type { BodyPlan, ComposedBody } from './compose.ts'
import { composeBody, drawPlan, fillSlots } from './compose.ts'
import { addNoise, editTemplate } from './edit.ts'
import { MONTH_FACTORS, NON_FINANCIAL, OTHER_FINANCIAL, PLATFORMS } from './platforms.ts'
import type { GeneratedPlatform } from './platforms.ts'
import type { Rng } from './prng.ts'
import { createRng } from './prng.ts'
import { titleFor, problemFor } from './titles.ts'

/** A generated complaint record (DESIGN.md “Complaint record”). */
export interface GeneratedRecord {
  readonly id: string
  readonly platform: string
  readonly title: string
  readonly problem: string
  readonly text: string
  readonly requests: string
  readonly amount: number
  readonly created_at: string
  readonly category: string
  readonly complainant: { readonly account_id: string; readonly device_id: string }
}

/** What the generator meant, for evaluation and demos. */
export interface GeneratedTruth {
  readonly tagged: boolean
  readonly noConcreteAct: boolean
  readonly alleges: boolean
  readonly behaviors: readonly Behavior[]
  readonly issues: readonly Issue[]
  readonly requests: readonly Request[]
  readonly family: number | null
  readonly duplicateOf: string | null
}

/** One generated complaint with its ground truth. */
export interface GeneratedComplaint {
  readonly record: GeneratedRecord
  readonly truth: GeneratedTruth
}

/** Options of the generator; `start` is the first day (UTC ms) of the half year. */
export interface GeneratorOptions {
  readonly n: number
  readonly seed: number
  readonly start?: number
  readonly days?: number
  readonly templateShare?: number
  readonly duplicateShare?: number
}

interface Family {
  readonly plan: BodyPlan
  readonly body: ComposedBody
}

const ALL = [...PLATFORMS, ...OTHER_FINANCIAL]
const WEIGHTS = ALL.map((p) => p.weight)

function amountFor(rng: Rng): number {
  if (rng.chance(0.01)) return rng.between(200_001, 800_000)
  return Math.round(Math.exp(6 + rng.next() * 4.5) / 10) * 10
}

function familyOf(seed: number, id: number, cache: Map<number, Family>): Family {
  const hit = cache.get(id)
  if (hit !== undefined) return hit
  const rng = createRng(seed ^ Math.imul(id + 1, 0x9e3779b1))
  // Sold templates always allege concrete acts: the no-act share comes from individual authors.
  const plan = { ...drawPlan(rng, true, false), legal: true }
  const family = { plan, body: composeBody(rng, plan) }
  cache.set(id, family)
  return family
}

/**
 * Generates `n` complaints reproducibly from `seed`: the report's proportions (about half tagged,
 * 8% of those with no concrete act), template families of Zipf-like sizes with edits, platform
 * shares like the report's, dates over a half year, and 24-hour duplicates for the funnel.
 */
export function* generateComplaints(options: GeneratorOptions): Generator<GeneratedComplaint> {
  const rng = createRng(options.seed)
  const start = options.start ?? Date.UTC(2025, 0, 1) - 8 * 3600_000
  const days = options.days ?? 181
  const templateShare = options.templateShare ?? 0.25
  const families = Math.max(5, Math.round(options.n / 150))
  const familyWeights = Array.from({ length: families }, (_, i) => 1 / (i + 1) ** 1.1)
  const familyIds = familyWeights.map((_, i) => i)
  const cache = new Map<number, Family>()
  let emitted = 0
  while (emitted < options.n) {
    const at = start + rng.int(days * 86_400_000)
    const month = Math.min(5, new Date(at + 8 * 3600_000).getUTCMonth())
    const nonFinancial = rng.chance(0.03)
    const platform: GeneratedPlatform = nonFinancial
      ? { name: rng.pick(NON_FINANCIAL), weight: 1, taggedShare: 0.01 }
      : rng.weighted(ALL, WEIGHTS)
    const tagged = rng.chance(platform.taggedShare * (MONTH_FACTORS[month] ?? 1))
    const family =
      tagged && rng.chance(templateShare) ? rng.weighted(familyIds, familyWeights) : null
    let plan: BodyPlan
    let body: ComposedBody
    if (family !== null) {
      const f = familyOf(options.seed, family, cache)
      plan = f.plan
      body = { ...f.body, sentences: editTemplate(rng, f.body.sentences) }
    } else {
      plan = drawPlan(rng, tagged, tagged && rng.chance(0.078 / (1 - templateShare)))
      body = composeBody(rng, plan)
    }
    const date = new Date(at - rng.between(10, 200) * 86_400_000).toISOString().slice(0, 10)
    const amount = amountFor(rng)
    const fixed = { platform: platform.name, amount: String(amount), date }
    const text = addNoise(rng, fillSlots(rng, body.sentences.join(''), fixed), 0.1)
    const user = `u${options.seed}-${rng.int(Math.max(1, Math.round(options.n * 0.8)))}`
    const record: GeneratedRecord = {
      id: `c${options.seed}-${emitted}`,
      platform: platform.name,
      title: titleFor(rng, platform.name, tagged, plan),
      problem: problemFor(rng, tagged, plan),
      text,
      requests: body.requestField,
      amount,
      created_at: new Date(at).toISOString(),
      category: nonFinancial ? '其他' : '金融',
      complainant: { account_id: user, device_id: `d-${user}` },
    }
    const truth: GeneratedTruth = {
      tagged,
      noConcreteAct: tagged && plan.noAct,
      alleges: tagged || plan.behaviors.length > 0,
      behaviors: plan.behaviors,
      issues: plan.issues,
      requests: plan.requests,
      family,
      duplicateOf: null,
    }
    yield { record, truth }
    emitted++
    if (emitted < options.n && rng.chance(options.duplicateShare ?? 0.2)) {
      const copy = {
        ...record,
        id: `c${options.seed}-${emitted}`,
        platform: `${platform.name}客服`,
        created_at: new Date(at + rng.int(60_000)).toISOString(),
      }
      yield { record: copy, truth: { ...truth, duplicateOf: record.id } }
      emitted++
    }
  }
}
