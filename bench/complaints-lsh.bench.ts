// MinHash/LSH parameters and the exact all-pairs Jaccard baseline, on a 20,000-complaint sample.
// Prints, per (bands × rows), the recall and precision of the pairs the index reports at the
// threshold against the exact pairs, and the time beside an exact join (AllPairs prefix
// filtering, Bayardo et al. 2007) and a naive all-pairs loop (timed on a subsample, scaled).
// Run: npx tsx bench/complaints-lsh.bench.ts [n=20000]
import { cpus } from 'node:os'
import {
  generateComplaints,
  maskPersonalData,
  NearDuplicateIndex,
  shingleBase,
  shingleHashes,
} from '../src/core/complaints/index.ts'

const N = Number(process.argv[2] ?? 20000)
const T = 0.8
const K = 3
console.log(
  `machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, node ${process.version}; n = ${N}, threshold ${T}`,
)

const texts = [...generateComplaints({ n: N, seed: 2025 })].map(
  (c) => maskPersonalData(c.record.text).text,
)
const sets = texts.map((t) => Uint32Array.from(new Set(shingleHashes(shingleBase(t), K))).sort())

function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0
  let j = 0
  let inter = 0
  while (i < a.length && j < b.length) {
    const x = a[i]
    const y = b[j]
    if (x === y) {
      inter++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return inter / (a.length + b.length - inter)
}

// Exact join by prefix filtering: the ground truth.
function exactPairs(threshold: number): Set<string> {
  const freq = new Map<number, number>()
  for (const s of sets) for (const h of s) freq.set(h, (freq.get(h) ?? 0) + 1)
  const order = sets.map((_, i) => i).sort((a, b) => sets[a].length - sets[b].length)
  const lists = new Map<number, number[]>()
  const out = new Set<string>()
  for (const x of order) {
    const s = sets[x]
    const byFreq = [...s].sort((a, b) => freq.get(a)! - freq.get(b)! || a - b)
    const prefix = s.length - Math.ceil(threshold * s.length) + 1
    const seen = new Set<number>()
    for (const h of byFreq.slice(0, prefix)) {
      for (const y of lists.get(h) ?? []) {
        if (seen.has(y) || sets[y].length < threshold * s.length) continue
        seen.add(y)
        if (jaccard(s, sets[y]) >= threshold) out.add(x < y ? `${x},${y}` : `${y},${x}`)
      }
      const l = lists.get(h)
      if (l === undefined) lists.set(h, [x])
      else l.push(x)
    }
  }
  return out
}

let t0 = performance.now()
const truth = exactPairs(T)
const exactMs = performance.now() - t0
const SUB = Math.min(N, 3000)
t0 = performance.now()
let naive = 0
for (let i = 0; i < SUB; i++) {
  for (let j = 0; j < i; j++) if (jaccard(sets[i], sets[j]) >= T) naive++
}
const naiveMs = ((performance.now() - t0) * (N * (N - 1))) / (SUB * (SUB - 1))
console.log(`exact pairs with Jaccard ≥ ${T}: ${truth.size}`)
console.log(
  `exact AllPairs join: ${exactMs.toFixed(0)} ms; naive all-pairs: ~${(naiveMs / 1000).toFixed(1)} s (timed on ${SUB}: ${naive} pairs, scaled by n²)`,
)

console.log(
  '\nhashes bands×rows  S-curve  verify≥  pairs   recall  precision  index ms   (bucket scan unbounded)',
)
const CONFIGS = [
  [64, 8, 8],
  [64, 10, 6],
  [64, 16, 4],
  [128, 16, 8],
  [128, 20, 6],
  [128, 32, 4],
] as const
for (const [hashes, bands, rows] of CONFIGS) {
  const index = new NearDuplicateIndex({
    hashes,
    bands,
    rows,
    threshold: 0.6,
    bucketScan: Number.MAX_SAFE_INTEGER,
    maxMatches: Number.MAX_SAFE_INTEGER,
  })
  const sigs = texts.map((t) => index.signature(t))
  t0 = performance.now()
  const found = new Map<string, number>()
  sigs.forEach((sig, i) => {
    for (const m of index.add({ id: String(i) }, sig).matches) {
      found.set(`${m.index},${i}`, m.similarity)
    }
  })
  const ms = performance.now() - t0
  for (const verify of [0.7, 0.75, 0.8]) {
    let hit = 0
    let reported = 0
    for (const [p, sim] of found) {
      if (sim < verify) continue
      reported++
      if (truth.has(p)) hit++
    }
    const curve = ((1 / bands) ** (1 / rows)).toFixed(2)
    console.log(
      `${String(hashes).padStart(6)} ${String(bands).padStart(5)}×${String(rows).padEnd(5)} ${curve.padStart(7)}  ${verify.toFixed(2).padStart(6)}  ${String(reported).padStart(6)}  ${(hit / Math.max(1, truth.size)).toFixed(3)}   ${(hit / Math.max(1, reported)).toFixed(3)}     ${ms.toFixed(0)}`,
    )
  }
}

// The shipped default (bounded bucket scan): clusters recover pairs the scan does not visit.
const index = new NearDuplicateIndex({ threshold: T })
const sigs = texts.map((t) => index.signature(t))
t0 = performance.now()
sigs.forEach((sig, i) => index.add({ id: String(i) }, sig))
const ms = performance.now() - t0
let same = 0
for (const p of truth) {
  const [a, b] = p.split(',').map(Number)
  if (index.find(a) === index.find(b)) same++
}
console.log(
  `\ndefault ${JSON.stringify({ bands: index.params.bands, rows: index.params.rows, bucketScan: index.params.bucketScan })}: ` +
    `${ms.toFixed(0)} ms to index ${N} (${((ms * 1000) / N).toFixed(1)} µs each); exact pairs in one cluster: ${(same / Math.max(1, truth.size)).toFixed(3)}`,
)
console.log(
  `speed ratio exact AllPairs / LSH index: ${(exactMs / ms).toFixed(1)}×; naive / LSH: ${(naiveMs / ms).toFixed(0)}×`,
)
