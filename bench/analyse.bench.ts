// `gongdao analyse` on 1,000,000 and 5,000,000 generated complaints: wall time and peak RSS, beside
// the floor of reading and parsing the same file (same reader, no pipeline) and the raw byte scan.
// Usage: npx tsx bench/analyse.bench.ts [n ...]   (default 1000000 5000000; files cached in bench/out)
// ANALYSE_WORKERS=n text-analysis threads (default one per core; 0 single-threaded); the analyse
// run is also timed single-threaded (analyse/1t) unless ANALYSE_SINGLE=0.
// ANALYSE_SAMPLE=f (default 1: every tagged complaint's text analysed, as `gongdao analyse` does);
// ANALYSE_COMPARE=f adds a run on a sample f and prints its estimates beside the full run's.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { writeGeneratedComplaints } from './analyse-data.ts'
import { machineLine } from './machine.ts'

interface Run {
  mode: string
  records: number
  ms: number
  cpuMs?: number
  maxRssMB: number
  estimates?: {
    analysed: number
    tagged: number
    no_concrete_act: [number, number, number] | null
    behaviors: [string, number][]
    templates: [number, number]
  }
}

const sizes = process.argv.slice(2).map(Number)
const ns = sizes.length > 0 ? sizes : [1_000_000, 5_000_000]
mkdirSync('bench/out', { recursive: true })
console.log(machineLine())

const SAMPLE = process.env.ANALYSE_SAMPLE ?? '1'
const COMPARE = process.env.ANALYSE_COMPARE

function measure(mode: string, file: string, sample = SAMPLE, workers?: number): Run {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'bench/analyse-run.ts', mode, file, sample],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      env: workers === undefined ? process.env : { ...process.env, ANALYSE_WORKERS: `${workers}` },
    },
  )
  const run = JSON.parse(out.trim().split('\n').at(-1)!) as Run
  return workers === 0 ? { ...run, mode: `${mode}/1t` } : run
}

for (const n of ns) {
  const file = `bench/out/analyse-${n}.jsonl`
  if (!existsSync(file)) {
    console.log(`generating ${file} …`)
    await writeGeneratedComplaints(file, n, 1)
  }
  const mb = statSync(file).size / 1e6
  const bytes = measure('bytes', file)
  const parse = measure('parse', file)
  const tag = measure('tag', file)
  // ANALYSE_FULL=0 skips the slow run with text analysis (e.g. for 5M on a loaded machine).
  const full = process.env.ANALYSE_FULL === '0' ? tag : measure('analyse', file)
  // The same analysis on the main thread only (--workers 0); ANALYSE_SINGLE=0 skips it.
  const single =
    full === tag || process.env.ANALYSE_SINGLE === '0'
      ? undefined
      : measure('analyse', file, SAMPLE, 0)
  const sampled = COMPARE === undefined ? undefined : measure('analyse', file, COMPARE)
  const row = (r: Run): string =>
    `${r.mode.padEnd(8)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${((mb / r.ms) * 1000).toFixed(0).padStart(4)} MB/s  ${(r.records / r.ms / 1000).toFixed(2)} M rec/s  cpu ${((r.cpuMs ?? Number.NaN) / 1000).toFixed(1)} s  peak RSS ${r.maxRssMB.toFixed(0)} MB`
  console.log(`\n${n.toLocaleString('en')} complaints, ${mb.toFixed(0)} MB (${file})`)
  const runs = full === tag ? [bytes, parse, tag] : [bytes, parse, tag, full]
  for (const r of single === undefined ? runs : [...runs, single]) console.log(`  ${row(r)}`)
  console.log(
    `  (tag: pipeline without text analysis; analyse: + behaviours on a ${SAMPLE} sample of tagged complaints + templates)`,
  )
  const cpuRatio = (a: Run, b: Run): string =>
    ((a.cpuMs ?? Number.NaN) / (b.cpuMs ?? Number.NaN)).toFixed(2)
  console.log(
    `  tag / read+parse floor: ${(tag.ms / parse.ms).toFixed(2)}x wall, ${cpuRatio(tag, parse)}x cpu`,
  )
  if (full !== tag) {
    console.log(
      `  analyse / read+parse floor: ${(full.ms / parse.ms).toFixed(2)}x wall, ${cpuRatio(full, parse)}x cpu`,
    )
  }
  if (single !== undefined) {
    console.log(
      `  analyse on worker threads (${process.env.ANALYSE_WORKERS ?? 'one per core'}) / single-threaded: ${(full.ms / single.ms).toFixed(2)}x wall, ${cpuRatio(full, single)}x cpu; same estimates: ${JSON.stringify(full.estimates) === JSON.stringify(single.estimates) ? 'yes' : 'NO'}`,
    )
  }
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
  const est = (label: string, r: Run): void => {
    const e = r.estimates
    if (e === undefined) return
    const nca = e.no_concrete_act
    console.log(
      `  ${label}: ${(r.ms / 1000).toFixed(1)} s wall, ${((r.cpuMs ?? 0) / 1000).toFixed(1)} s cpu; text analysed ${e.analysed.toLocaleString('en')} of ${e.tagged.toLocaleString('en')} tagged; no concrete act ${nca === null ? '—' : `${pct(nca[0])} (${pct(nca[1])}–${pct(nca[2])})`}; top behaviours ${e.behaviors.map(([b, s]) => `${b} ${pct(s)}`).join(', ')}; template campaigns ${e.templates[0]} (${e.templates[1]} complaints)`,
    )
  }
  if (full !== tag) est(`analyse, sample ${SAMPLE}`, full)
  if (sampled !== undefined) {
    est(`analyse, sample ${COMPARE}`, sampled)
    console.log(
      `  sample ${COMPARE} / sample ${SAMPLE}: ${(sampled.ms / full.ms).toFixed(2)}x wall, peak RSS ${sampled.maxRssMB.toFixed(0)} MB`,
    )
  }
  // The issue's goals: 1,000,000 in under 30 s (time is judged at that size only), and peak
  // memory under 1 GB whatever the size.
  const verdict = (r: { ms: number; maxRssMB: number }): string => {
    const rss = r.maxRssMB < 1024 ? 'RSS met' : 'RSS NOT met'
    if (n !== 1_000_000) return `${rss}, ${((r.ms / n) * 1000).toFixed(1)} s a million`
    return `${rss}, time ${r.ms < 30_000 ? 'met' : 'NOT met'}`
  }
  console.log(
    `  goal 1M < 30 s, RSS < 1 GB at any size: tag ${verdict(tag)}; analyse ${verdict(full)}`,
  )
}
