// The pinyin port of the content checker: pinyin-pro behind a per-character cache, so core
// stays free of dependencies and the homophone pass costs one Map lookup per character.
import { pinyin } from 'pinyin-pro'

const cache = new Map<string, string | undefined>()

/** Tone-less pinyin of one Chinese character (its most common reading), or undefined. */
export function pinyinOf(char: string): string | undefined {
  let v = cache.get(char)
  if (v === undefined && !cache.has(char)) {
    const p = pinyin(char, { toneType: 'none', type: 'array' })[0]
    v = p !== undefined && /^[a-zü]+$/.test(p) ? p.replace('ü', 'v') : undefined
    cache.set(char, v)
  }
  return v
}
