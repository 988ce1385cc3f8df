// Content-check throughput in characters per second: the checker (exact pass, then with the
// pinyin homophone pass) against a peer measured in the same run, one RegExp alternation of
// every lexicon term over the text (what a plain keyword filter does, without normalisation).
// Run: npx tsx bench/compliance-content.bench.ts [seconds=3]
import { performance } from 'node:perf_hooks'
import { SCRIPT_LIBRARY, checkContent } from '../src/core/compliance/index.ts'
import { LEXICON } from '../src/core/compliance/content/lexicon.ts'
import { pinyinOf } from '../src/services/compliance/index.ts'
import { printMachine } from './compliance-machine.ts'

const SECONDS = Number(process.argv[2] ?? 3)
const ABUSIVE = [
  '再不还钱就去你單位鬧，让你身败名裂！',
  '我是派出所的民警，你的案子已经立案了，准备坐牢吧。',
  '今天不还就爆你通讯录，通知你的家人和同事。',
  '你可以找朋友借一下先还上，另外需要支付催收费300元。',
  '你个老 赖，弄 * 死 你',
]
const texts = [
  ...SCRIPT_LIBRARY.map((t) => t.text.zh),
  ...SCRIPT_LIBRARY.map((t) => t.text.en),
  ...ABUSIVE,
]
const corpus = Array.from({ length: 2000 }, (_, i) => texts[i % texts.length])
const chars = corpus.reduce((n, t) => n + t.length, 0)
const peerRe = new RegExp(
  Object.values(LEXICON)
    .flat()
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'gi',
)

function measure(label: string, fn: (text: string) => number): number {
  let done = 0
  let found = 0
  const t0 = performance.now()
  let t = t0
  while (t - t0 < SECONDS * 1000) {
    for (const text of corpus) found += fn(text)
    done += chars
    t = performance.now()
  }
  const rate = done / ((t - t0) / 1000)
  console.log(`${label}: ${Math.round(rate).toLocaleString('en-US')} chars/s (${found} findings)`)
  return rate
}

printMachine('compliance content checker')
console.log(`corpus: ${corpus.length} texts, ${chars.toLocaleString('en-US')} characters per pass`)
const peer = measure('peer: one RegExp of all terms', (t) => t.match(peerRe)?.length ?? 0)
const exact = measure(
  'checkContent (normalise + exact)',
  (t) => checkContent(t, { audience: 'third_party' }).length,
)
const sound = measure(
  'checkContent + homophones (pinyin-pro)',
  (t) => checkContent(t, { audience: 'third_party', pinyin: pinyinOf }).length,
)
console.log(
  `ratio exact / peer = ${(exact / peer).toFixed(3)}; with homophones / peer = ${(sound / peer).toFixed(3)}`,
)
