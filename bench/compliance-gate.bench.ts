// Gate decisions per second in-process, with 1,000,000 debtors of history loaded.
// Peer (a floor on the work): one Map lookup per decision over the same keys, in the same run.
// Run: npx tsx bench/compliance-gate.bench.ts [debtors=1000000] [seconds=3]
import { performance } from 'node:perf_hooks'
import {
  ContactCounters,
  SHIPPED_PACKS,
  compilePolicy,
  evaluateContact,
  needsRollingCalls,
} from '../src/core/compliance/index.ts'
import type { ContactRecord } from '../src/core/compliance/index.ts'
import { printMachine } from './compliance-machine.ts'

const DEBTORS = Number(process.argv[2] ?? 1_000_000)
const SECONDS = Number(process.argv[3] ?? 3)
const DAY = Date.parse('2026-03-10T00:00:00+08:00')

function record(i: number, minute: number, over: Partial<ContactRecord> = {}): ContactRecord {
  const epoch = DAY + minute * 60_000
  return {
    id: `c${i}-${minute}`,
    debt_id: `debt-${i}`,
    debtor_id: `d-${i}`,
    debtor_status: 'normal',
    counterparty: { id: `d-${i}`, role: 'debtor', refused: false, offered_to_pay: false },
    channel: 'call',
    to: `138${String(i).padStart(8, '0')}`,
    number_type: 'registered',
    at: new Date(epoch).toISOString(),
    epoch_ms: epoch,
    tz: 'Asia/Shanghai',
    candidate_tzs: [],
    call_kind: 'interactive',
    collectors: ['col-1'],
    ...over,
  }
}

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32
}

function measure(label: string, fn: (i: number) => unknown): number {
  for (let i = 0; i < 50_000; i++) fn(i)
  let n = 0
  const t0 = performance.now()
  let t = t0
  while (t - t0 < SECONDS * 1000) {
    for (let k = 0; k < 10_000; k++, n++) fn(n)
    t = performance.now()
  }
  const rate = n / ((t - t0) / 1000)
  console.log(`${label}: ${Math.round(rate).toLocaleString('en-US')} per second`)
  return rate
}

printMachine('compliance gate, in-process')
for (const packId of ['cn-gbt45251-2025', 'us-reg-f']) {
  const policy = compilePolicy(SHIPPED_PACKS.get(packId)!)
  const counters = new ContactCounters({ rollingCalls: needsRollingCalls(policy) })
  const t0 = performance.now()
  const rand = rng(42)
  for (let i = 0; i < DEBTORS; i++) {
    // Each debtor: one call 1–3 days ago (a conversation for every 4th), one effective
    // conversation this morning for every 2nd, and 3 unanswered calls today for every 10th.
    counters.record(record(i, -1440 * (1 + (i % 3)) + 600, { connected: i % 4 === 0 }))
    if (i % 2 === 0) {
      counters.record(record(i, 540 + (i % 180), { connected: true, effective: true }))
    }
    if (i % 10 === 0) {
      for (let k = 0; k < 3; k++) counters.record(record(i, 600 + k, { connected: false }))
    }
  }
  const loadMs = performance.now() - t0
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20
  console.log(
    `${packId}: loaded ${counters.size.toLocaleString('en-US')} debtors in ${(loadMs / 1000).toFixed(1)} s, heap ${heapMb.toFixed(0)} MB`,
  )
  const proposals = Array.from({ length: 65_536 }, () => {
    const i = Math.floor(rand() * DEBTORS)
    return record(i, 720 + Math.floor(rand() * 600))
  })
  const keys = proposals.map((p) => p.debtor_id)
  const index = new Map<string, number>()
  for (let i = 0; i < DEBTORS; i++) index.set(`d-${i}`, i)
  let sink = 0
  let denied = 0
  for (const p of proposals) if (evaluateContact(policy, counters, p).decision === 'deny') denied++
  console.log(
    `${packId}: ${((100 * denied) / proposals.length).toFixed(1)}% of the proposals are denied`,
  )
  const floor = measure(
    `${packId} peer (one Map lookup per decision)`,
    (i) => (sink += index.get(keys[i & 65_535]) ?? 0),
  )
  const gate = measure(`${packId} gate decisions`, (i) => {
    const d = evaluateContact(policy, counters, proposals[i & 65_535])
    if (d.decision === 'deny') sink++
  })
  console.log(
    `${packId}: ratio gate / peer = ${(gate / floor).toFixed(3)}; goal 200,000/s: ${gate >= 200_000 ? 'met' : 'NOT met'} (sink ${sink % 10})`,
  )
  index.clear()
}
