// Writes N generated complaints (the complaints module's seeded generator) as JSONL in time order,
// day by day, with flat memory: used by bench/analyse.bench.ts and for trying `gongdao analyse`.
// Usage: npx tsx bench/analyse-data.ts <n> <out.jsonl> [seed]
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { generateComplaints, type GeneratedRecord } from '../src/core/complaints/index.ts'

const DAY = 86_400_000
const START = Date.UTC(2025, 0, 1) - 8 * 3_600_000
const DAYS = 181

/** Generates `n` complaints over 2025 H1 into `path`, sorted by created_at; returns bytes written. */
export async function writeGeneratedComplaints(path: string, n: number, seed = 1): Promise<number> {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 })
  let bytes = 0
  let pending: GeneratedRecord[] = []
  for (let d = 0; d < DAYS; d++) {
    const count = Math.floor((n * (d + 1)) / DAYS) - Math.floor((n * d) / DAYS)
    for (const { record } of generateComplaints({
      n: count,
      seed: seed * 1000 + d,
      start: START + d * DAY,
      days: 1,
    })) {
      pending.push(record)
    }
    pending.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0))
    // Duplicates land up to a minute after their original: keep what spills past midnight for tomorrow.
    const cut = new Date(START + (d + 1) * DAY).toISOString()
    const keep: GeneratedRecord[] = []
    for (const r of pending) {
      if (d < DAYS - 1 && r.created_at >= cut) {
        keep.push(r)
        continue
      }
      const line = `${JSON.stringify(r)}\n`
      bytes += Buffer.byteLength(line)
      if (!out.write(line)) await once(out, 'drain')
    }
    pending = keep
  }
  out.end()
  await once(out, 'finish')
  return bytes
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 10_000)
  const path = process.argv[3] ?? 'bench/out/complaints.jsonl'
  const bytes = await writeGeneratedComplaints(path, n, Number(process.argv[4] ?? 1))
  console.log(`${n} complaints, ${bytes} bytes → ${path}`)
}
