// Planning a day for 1,000,000 debtors through the gate (goal: under a minute on this machine).
// Peer, measured in the same run: the gate alone deciding the same proposals (the planner's floor).
// Run: npx tsx bench/collection-plan.bench.ts [debtors=1000000]
import { cpus, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import {
  DEFAULT_STRATEGY,
  indexRefusals,
  lenderCollectionPolicy,
  planDebtor,
  withRefusals,
} from '../src/core/collection/index.ts'
import type { PlanDebtor, PlanSink, Proposal } from '../src/core/collection/index.ts'
import { compilePolicy, ContactCounters, decide } from '../src/core/compliance/index.ts'
import type { ContactRecord } from '../src/core/compliance/index.ts'

const N = Number(process.argv[2] ?? 1_000_000)
const DATE = '2026-03-10'
const cpu = cpus()
console.log('# collection: plan a day')
console.log(
  `machine: ${cpu[0]?.model ?? '?'}, ${cpu.length} cores, node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
)

function debtor(i: number): PlanDebtor {
  return {
    debtorId: `d-${i}`,
    debtId: `L-${i}`,
    productId: 'p',
    status: i % 50 === 0 ? 'unreachable' : 'normal',
    dpd: i % 91, // 0..90: a portfolio spread over every stage
    tz: 'Asia/Shanghai',
    ...(i % 3 === 0 ? { agencyId: 'ag-1' } : {}),
    counterparties: [
      {
        id: `self-${i}`,
        role: 'debtor',
        points: [
          {
            id: `p-${i}`,
            kind: 'phone',
            ref: `tel_${i.toString(16).padStart(16, '0')}`,
            source: 'contract',
            doNotContact: false,
          },
        ],
      },
      {
        id: `cp-${i}`,
        role: 'contact_person',
        points: [
          {
            id: `q-${i}`,
            kind: 'phone',
            ref: `tel_${(i + 1e9).toString(16).padStart(16, '0')}`,
            source: 'provided',
            doNotContact: false,
          },
        ],
      },
    ],
  }
}

const policy = compilePolicy(lenderCollectionPolicy('bench'))
const counters = new ContactCounters()
// History: every 10th debtor had two effective calls this morning; refusals for every 97th.
for (let i = 0; i < N; i += 10) {
  for (const h of ['09', '10']) {
    counters.record({
      id: `h${i}${h}`,
      debt_id: `L-${i}`,
      debtor_id: `d-${i}`,
      debtor_status: 'normal',
      counterparty: { id: `self-${i}`, role: 'debtor', refused: false, offered_to_pay: false },
      channel: 'call',
      to: 'x',
      number_type: 'registered',
      at: `${DATE}T${h}:00:00+08:00`,
      epoch_ms: Date.parse(`${DATE}T${h}:00:00+08:00`),
      tz: 'Asia/Shanghai',
      candidate_tzs: [],
      call_kind: 'interactive',
      collectors: [],
      connected: true,
      effective: true,
    })
  }
}
const refusals = indexRefusals(
  Array.from({ length: Math.floor(N / 97) }, (_, k) => ({
    counterpartyId: `self-${k * 97}`,
    channel: 'call' as const,
    at: `${DATE}T08:00:00+08:00`,
  })),
)
const gate = (c: ContactRecord) =>
  decide(policy, withRefusals(counters.history(c.debtor_id), refusals, c.channel), c)

const kept: ContactRecord[] = []
let planned = 0
let denied = 0
let review = 0
let skipped = 0
const sink: PlanSink = {
  planned: (p: Proposal) => {
    planned++
    if (kept.length < 200_000) kept.push(p.contact)
  },
  denied: () => void denied++,
  review: () => void review++,
  skipped: () => void skipped++,
}
const ctx = { date: DATE, strategyFor: () => DEFAULT_STRATEGY, gate, refusals }
const t0 = performance.now()
for (let i = 0; i < N; i++) planDebtor(debtor(i), ctx, sink)
const planMs = performance.now() - t0
const proposals = planned + denied + review
console.log(
  `plan: ${N.toLocaleString()} debtors in ${(planMs / 1000).toFixed(1)} s (${Math.round(N / (planMs / 1000)).toLocaleString()} debtors/s); proposals ${proposals.toLocaleString()}: planned ${planned.toLocaleString()}, denied ${denied.toLocaleString()}, review ${review}, skipped ${skipped.toLocaleString()}`,
)
console.log(
  `goal: < 60 s for 1,000,000 debtors → ${planMs / 1000 < 60 * (N / 1e6) ? 'met' : 'NOT met'}`,
)

// Peer: the gate alone on already-built proposals (no stage lookup, no record building).
const t1 = performance.now()
let allowed = 0
for (const c of kept) if (gate(c).decision === 'allow') allowed++
const gateMs = performance.now() - t1
const gatePerSec = kept.length / (gateMs / 1000)
const planPerProposal = proposals / (planMs / 1000)
console.log(
  `peer (gate only): ${kept.length.toLocaleString()} decisions in ${gateMs.toFixed(0)} ms → ${Math.round(gatePerSec).toLocaleString()} decisions/s (allowed ${allowed})`,
)
console.log(
  `ratio: planner ${Math.round(planPerProposal).toLocaleString()} proposals/s = ${(planPerProposal / gatePerSec).toFixed(2)} × gate-only rate`,
)
