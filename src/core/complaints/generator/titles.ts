import type { BodyPlan } from './compose.ts'
import type { Rng } from './prng.ts'

// The report's words with rough frequencies: 暴力催收 dominates; misspellings are rare.
const TAG_WORDS = [
  '暴力催收',
  '恶意催收',
  '违规催收',
  '非法催收',
  '违法催收',
  '不当催收',
  '强制催收',
  '暴利催收',
  '爆力催收',
  '暴击催收',
]
const TAG_WEIGHTS = [60, 10, 8, 6, 4, 3, 2, 3, 2, 2]
const ISSUE_TAGS: Readonly<Record<string, string>> = {
  fee_dispute: '乱收费',
  interest_rate: '高额利息',
  credit_report: '征信问题',
}

/** Writes the 投诉问题 field: the platform's problem tags, comma-separated. */
export function problemFor(rng: Rng, tagged: boolean, plan: BodyPlan): string {
  const tags: string[] = []
  if (tagged) tags.push(rng.weighted(TAG_WORDS, TAG_WEIGHTS))
  else if (plan.behaviors.length > 0) tags.push(rng.pick(['催收骚扰', '泄露隐私', '骚扰']))
  for (const issue of plan.issues) tags.push(ISSUE_TAGS[issue] ?? issue)
  if (tags.length === 0) tags.push(rng.pick(['协商还款', '其他问题']))
  return tags.join(',')
}

/** Writes a headline: the platform and the gist. */
export function titleFor(rng: Rng, platform: string, tagged: boolean, plan: BodyPlan): string {
  if (tagged) {
    const kin = plan.behaviors.includes('contacts_third_parties') ? ['违规催收，骚扰家人'] : []
    return `${platform}${rng.pick(['暴力催收', '恶意催收', '催收骚扰', ...kin])}`
  }
  if (plan.behaviors.length > 0) {
    return `${platform}${rng.pick(['催收骚扰', '频繁骚扰', '骚扰不断'])}`
  }
  const issue = plan.issues[0]
  return `${platform}${issue !== undefined ? (ISSUE_TAGS[issue] ?? '') : '无法协商还款'}`
}
