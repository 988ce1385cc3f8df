// `gongdao analyse` on 1,000,000 and 5,000,000 generated complaints: wall time and peak RSS, beside
// the floor of reading and parsing the same file (same reader, no pipeline) and the raw byte scan.
// Usage: npx tsx bench/analyse.bench.ts [n ...]   (default 1000000 5000000; files cached in bench/out)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { writeGeneratedComplaints } from './analyse-data.ts'

interface Run {
  mode: string
  records: number
  ms: number
  cpuMs?: number
  maxRssMB: number
}

const sizes = process.argv.slice(2).map(Number)
const ns = sizes.length > 0 ? sizes : [1_000_000, 5_000_000]
mkdirSync('bench/out', { recursive: true })
console.log(
  `machine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores, node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
)

const SAMPLE = process.env.ANALYSE_SAMPLE ?? '0.1'

function measure(mode: string, file: string): Run {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'bench/analyse-run.ts', mode, file, SAMPLE],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  )
  return JSON.parse(out.trim().split('\n').at(-1)!) as Run
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
  const row = (r: Run): string =>
    `${r.mode.padEnd(8)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${((mb / r.ms) * 1000).toFixed(0).padStart(4)} MB/s  ${(r.records / r.ms / 1000).toFixed(2)} M rec/s  cpu ${((r.cpuMs ?? Number.NaN) / 1000).toFixed(1)} s  peak RSS ${r.maxRssMB.toFixed(0)} MB`
  console.log(`\n${n.toLocaleString('en')} complaints, ${mb.toFixed(0)} MB (${file})`)
  for (const r of full === tag ? [bytes, parse, tag] : [bytes, parse, tag, full]) {
    console.log(`  ${row(r)}`)
  }
  console.log(
    `  (tag: pipeline without text analysis; analyse: + behaviours on a ${SAMPLE} sample + templates)`,
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
  console.log(
    `  goal 1M < 30 s, RSS < 1 GB: tag ${tag.ms < (30_000 * n) / 1_000_000 && tag.maxRssMB < 1024 ? 'met' : 'NOT met'}, analyse ${full.ms < (30_000 * n) / 1_000_000 && full.maxRssMB < 1024 ? 'met' : 'NOT met'}`,
  )
}
