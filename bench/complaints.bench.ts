// End-to-end `complaints analyse` on generated complaints: complaints per second and peak memory,
// beside the floor of merely reading and parsing the same file.
// Run: npx tsx bench/complaints.bench.ts [n=1000000] [workers=2]
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { generateComplaints } from '../src/core/complaints/index.ts'
import {
  analyseStream,
  readJsonlLines,
  readJsonlRaw,
} from '../src/services/complaint-analysis/index.ts'

// CPU seconds of the main thread alone (Linux: /proc/self/task/<pid>/stat, utime + stime in
// clock ticks of 1/100 s), or undefined elsewhere; wall-based busy time inflates on a loaded machine.
function mainThreadCpu(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return undefined
  }
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since)
  return (c.user + c.system) / 1e6
}

const N = Number(process.argv[2] ?? 1_000_000)
const WORKERS = Number(process.argv[3] ?? 2)
const dir = join(import.meta.dirname, 'out')
const file = join(dir, `complaints-${N}.jsonl`)
console.log(
  `machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}`,
)

if (!existsSync(file)) {
  mkdirSync(dir, { recursive: true })
  writeFileSync(file, '')
  let chunk = ''
  const t = performance.now()
  for (const { record } of generateComplaints({ n: N, seed: 42 })) {
    chunk += JSON.stringify(record) + '\n'
    if (chunk.length > 1 << 20) {
      appendFileSync(file, chunk)
      chunk = ''
    }
  }
  appendFileSync(file, chunk)
  console.log(`generated ${N} complaints in ${((performance.now() - t) / 1000).toFixed(1)} s`)
}
const bytes = statSync(file).size
console.log(`input: ${N} complaints, ${(bytes / 2 ** 20).toFixed(0)} MiB`)

let peak = 0
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
const open = (): AsyncIterable<Uint8Array> =>
  createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>

// The floor: read, split, decode and JSON.parse every line, nothing else.
let t0 = performance.now()
let cpu0 = process.cpuUsage()
let parsed = 0
for await (const batch of readJsonlLines(open(), 2000)) {
  for (const line of batch) if ('text' in line && JSON.parse(line.text) !== null) parsed++
}
const floorS = (performance.now() - t0) / 1000
const floorPeak = peak
const floorCpu = cpuSeconds(cpu0)
console.log(
  `floor (read + parse): ${floorS.toFixed(1)} s wall, ${floorCpu.toFixed(1)} s CPU, ${(parsed / floorS).toFixed(0)} complaints/s, peak RSS ${(floorPeak / 2 ** 20).toFixed(0)} MiB`,
)

// End to end: analysis in workers, the near-duplicate index growing on the main thread, output.
peak = 0
t0 = performance.now()
cpu0 = process.cpuUsage()
// The coordinating thread's busy time: it reads, grows the index and writes while workers analyse.
const elu0 = performance.eventLoopUtilization()
const mainCpu0 = mainThreadCpu()
let outBytes = 0
const r = await analyseStream(readJsonlRaw(open(), 2000), (s) => void (outBytes += s.length), {
  workers: WORKERS,
  writeBytes: (b) => void (outBytes += b.length),
})
const s = (performance.now() - t0) / 1000
const cpu = cpuSeconds(cpu0)
const main = performance.eventLoopUtilization(elu0)
const mainCpu1 = mainThreadCpu()
const mainCpu = mainCpu0 !== undefined && mainCpu1 !== undefined ? mainCpu1 - mainCpu0 : undefined
clearInterval(sampler)
const clusters = new Set<number>()
for (let i = 0; i < r.index.size; i++) clusters.add(r.index.find(i))
console.log(
  `analyse (${WORKERS} workers, incl. near-duplicate clustering): ${s.toFixed(1)} s, ${(r.analysed / s).toFixed(0)} complaints/s, ` +
    `peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB, ${r.errors.length} errors, ${r.index.size - clusters.size} complaints joined earlier ones, output ${(outBytes / 2 ** 20).toFixed(0)} MiB`,
)
// The machine is shared: CPU seconds (all threads of this process) give the time on idle cores.
console.log(
  `CPU: ${cpu.toFixed(1)} s (${((cpu * 1e6) / r.analysed).toFixed(0)} µs per complaint); on ${cpus().length} idle cores ≥ ${(cpu / cpus().length).toFixed(1)} s`,
)
console.log(
  `main thread busy: ${(main.active / 1000).toFixed(1)} s wall (${(main.utilization * 100).toFixed(0)}% of the run)` +
    (mainCpu === undefined
      ? ''
      : `, ${mainCpu.toFixed(1)} s CPU (${((mainCpu * 1e6) / r.analysed).toFixed(1)} µs per complaint; workers ${(((cpu - mainCpu) * 1e6) / r.analysed).toFixed(1)} µs)`),
)
console.log(
  `ratio analyse / floor: ${(s / floorS).toFixed(1)}×; goal: 1,000,000 in < 60 s under 2 GiB`,
)
