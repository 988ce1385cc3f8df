import type { Rng } from './prng.ts'

/** Word swaps a copier makes to a template: each pair can be applied in either direction. */
const SYNONYMS: readonly (readonly [string, string])[] = [
  ['本人', '我'],
  ['严重', '非常'],
  ['催收人员', '催收员'],
  ['要求', '请求'],
  ['电话', '手机'],
  ['家人', '亲人'],
  ['马上', '立刻'],
  ['影响', '干扰'],
  ['平台', '公司'],
  ['希望', '恳请'],
]

/** Noise a real author adds: misspellings and symbols inserted between characters. */
const NOISE: readonly (readonly [string, string])[] = [
  ['暴力催收', '暴.力.催.收'],
  ['暴力催收', '爆力催收'],
  ['催收', '催shou'],
  ['骚扰', '骚饶'],
  ['威胁', '威协'],
  ['通讯录', '通迅录'],
]

/**
 * Applies the edits template copies get: reorder a few sentences, swap a few words, drop or
 * repeat a sentence; the sentence list is not modified.
 */
export function editTemplate(rng: Rng, sentences: readonly string[]): string[] {
  const out = [...sentences]
  const swaps = rng.between(0, 2)
  for (let i = 0; i < swaps && out.length > 2; i++) {
    const a = 1 + rng.int(out.length - 2)
    const b = 1 + rng.int(out.length - 2)
    const t = out[a]
    out[a] = out[b]
    out[b] = t
  }
  const words = rng.between(0, 3)
  for (let i = 0; i < words; i++) {
    const [x, y] = rng.pick(SYNONYMS)
    const k = rng.int(out.length)
    const s = out[k]
    out[k] = s.includes(x) ? s.replace(x, y) : s.replace(y, x)
  }
  if (out.length > 4 && rng.chance(0.15)) out.splice(1 + rng.int(out.length - 2), 1)
  return out
}

/** Adds an author's noise (a misspelling or inserted symbols) with probability `p`. */
export function addNoise(rng: Rng, text: string, p: number): string {
  if (!rng.chance(p)) return text
  const [x, y] = rng.pick(NOISE)
  return text.replace(x, y)
}
