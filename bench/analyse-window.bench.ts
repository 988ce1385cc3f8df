// Memory per complaint of the template window's structures (issue 8): the complaints module's
// NearDuplicateIndex (what the window held per month before), the compact index with whole and
// with 16-bit signatures, and the two-month windows built on each, over the same N tagged-or-not
// complaint texts (the first N lines of a generated file, else freshly generated), beside the floor
// of the raw signatures (64 × 4 bytes). Each structure is built in its own process (heap measured
// after a full GC, before and after), so one does not hold another's garbage.
// Usage: npx tsx bench/analyse-window.bench.ts [n] [file]   (default 400000, bench/out/analyse-5000000.jsonl)
import { execFileSync } from 'node:child_process'
import { createReadStream, existsSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { CompactNearIndex } from '../src/core/analytics/index.ts'
import {
  NearDuplicateIndex,
  baseSignature,
  generateComplaints,
  shingleBase,
  DEFAULT_NEAR_DUPLICATE,
} from '../src/core/complaints/index.ts'
import { ExactTemplateWindow } from '../src/services/analytics/exact-template-window.ts'
import { TemplateWindow } from '../src/services/analytics/template-window.ts'
import { machineLine } from './machine.ts'

interface Item {
  id: string
  platform: string
  text: string
}

const STRUCTURES = [
  'near-duplicate-index',
  'compact-32',
  'compact-16',
  'window-exact',
  'window-32',
  'window-16',
] as const

async function items(n: number, file: string): Promise<Item[]> {
  const out: Item[] = []
  if (existsSync(file)) {
    for await (const line of createInterface({ input: createReadStream(file) })) {
      const r = JSON.parse(line) as Item
      out.push({ id: r.id, platform: r.platform, text: r.text })
      if (out.length >= n) break
    }
    return out
  }
  for (const { record: r } of generateComplaints({ n, seed: 8 })) {
    out.push({ id: r.id, platform: r.platform, text: r.text })
  }
  return out
}

const heap = (): number => {
  ;(globalThis as { gc?: () => void }).gc?.()
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}

// Child: builds one structure over the items, prints its bytes and time per complaint.
async function child(structure: string, n: number, file: string): Promise<void> {
  const list = await items(n, file)
  const k = DEFAULT_NEAR_DUPLICATE.hashes
  const sigs = new Uint32Array(list.length * k)
  list.forEach((it, i) =>
    sigs.set(baseSignature(shingleBase(it.text), DEFAULT_NEAR_DUPLICATE), i * k),
  )
  const sig = (i: number): Uint32Array => sigs.subarray(i * k, (i + 1) * k)
  // Two calendar months (China time): the first half in January, the second in February.
  const at = (i: number): number => Date.parse(i < list.length / 2 ? '2025-01-15' : '2025-02-15')
  const before = heap()
  // CPU time, not wall time: the steadier figure on a shared machine.
  const cpu = (): number => {
    const u = process.cpuUsage()
    return (u.user + u.system) / 1000
  }
  const t0 = cpu()
  let keep: unknown
  let campaigns = ''
  if (structure === 'near-duplicate-index') {
    const index = new NearDuplicateIndex()
    list.forEach((it, i) => index.add({ id: it.id, platform: it.platform, createdAt: 0 }, sig(i)))
    keep = index
  } else if (structure.startsWith('compact-')) {
    const index = new CompactNearIndex({}, structure === 'compact-16' ? 16 : 32)
    list.forEach((it, i) => index.add(it.id, 0, sig(i)))
    keep = index
  } else {
    const w =
      structure === 'window-exact'
        ? new ExactTemplateWindow()
        : new TemplateWindow(true, structure === 'window-16' ? 16 : 32)
    list.forEach((it, i) => w.addSigned(it.id, it.platform, at(i), sig(i)))
    keep = w
    const ms = cpu() - t0
    const bytes = heap() - before
    const all = w.drain(true)
    const size = all.reduce((s, c) => s + c.platforms.reduce((t, p) => t + p.count, 0), 0)
    campaigns = `${new Set(all.map((c) => c.cluster)).size} campaigns of ${size} complaints`
    console.log(JSON.stringify({ structure, n: list.length, bytes, ms, campaigns }))
    return
  }
  const ms = cpu() - t0
  const bytes = heap() - before
  if (keep === null) console.log('') // keeps the structure alive until measured
  console.log(JSON.stringify({ structure, n: list.length, bytes, ms, campaigns }))
}

const [first, second, third] = process.argv.slice(2)
if (first !== undefined && (STRUCTURES as readonly string[]).includes(first)) {
  await child(first, Number(second), third ?? '')
} else {
  const n = Number(first ?? 400_000)
  const file = second ?? 'bench/out/analyse-5000000.jsonl'
  console.log(machineLine())
  console.log(`${n} complaint texts from ${existsSync(file) ? file : 'the generator (seed 8)'}`)
  console.log(`floor: the raw signatures, ${DEFAULT_NEAR_DUPLICATE.hashes * 4} bytes a complaint`)
  let base = 0
  for (const s of STRUCTURES) {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'bench/analyse-window.bench.ts', s, String(n), file],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    )
    const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
      n: number
      bytes: number
      ms: number
      campaigns: string
    }
    const per = r.bytes / r.n
    if (s === 'near-duplicate-index' || s === 'window-exact') base = per
    const floor = (DEFAULT_NEAR_DUPLICATE.hashes * 4) / per
    console.log(
      `${s.padEnd(22)} ${per.toFixed(0).padStart(5)} B/complaint  ${((r.ms * 1000) / r.n).toFixed(1).padStart(6)} µs CPU/add` +
        `  ×${(per / base).toFixed(2)} of ${s.startsWith('window') ? 'window-exact' : 'near-duplicate-index'}` +
        `  floor/ours ${floor.toFixed(2)}  ${r.campaigns}`,
    )
  }
}
