// Intake-to-queue latency and throughput of the complaint desk (issue 7): the full path of a
// platform's API push (format check, analysis, template index, duplicates, linking, score,
// triage on the working-day calendar, reviewer assignment, encrypted insert with the filing
// event appended to the evidence log in the same transaction) on SQLite, with the
// MinHash/LSH template index holding 1,000,000 complaints. Peer, measured in the same run: a bare
// insert of the same row through the same Kysely stack and database (the storage floor).
// Concurrent intakes are group-committed (storage/group-commit.ts): the mean group is printed.
// The template index and the analysis run in the main thread (as the server does by default);
// `worker` as the fourth argument runs them in the intake worker thread (WorkerTemplateIndex,
// GONGDAO_INTAKE_WORKER=on). The CPU time of each thread per intake is printed (Linux
// /proc/thread-self, 10 ms ticks).
// Usage: npx tsx bench/desk-intake.bench.ts [indexSize=1000000] [prefill=5000] [n=2000] [inline|worker]
// On PostgreSQL instead of SQLite: GONGDAO_BENCH_PG=postgres://… (a fresh database is made there).
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { generateComplaints } from '../src/core/complaints/index.ts'
import { createContext } from '../src/compose.ts'
import {
  IntakeService,
  NearTemplateIndex,
  type IntakeRequest,
} from '../src/services/complaints/index.ts'
import { WorkerTemplateIndex } from '../src/services/complaints/intake-templates.ts'
import { threadCpuMs } from '../src/services/complaints/intake-worker-protocol.ts'
import { FieldCrypto, masterKeyFromBytes } from '../src/services/crypto/index.ts'
import { FileContentStore } from '../src/services/evidence/content-store.ts'
import { newId } from '../src/services/ports.ts'
import { deskStorage } from '../src/storage/desk.wiring.ts'
import { printMachine } from './evidence-machine.ts'

const [indexSize = 1_000_000, prefill = 5_000, n = 2_000] = process.argv.slice(2, 5).map(Number)
const inline = process.argv[5] !== 'worker'
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]

printMachine()
const dir = mkdtempSync(join(tmpdir(), 'gongdao-desk-bench-'))
const pgBase = process.env.GONGDAO_BENCH_PG
const pgName = `gd_bench_${randomBytes(4).toString('hex')}`
let dbTarget = join(dir, 'bench.sqlite')
if (pgBase) {
  const admin = new pg.Client({ connectionString: pgBase })
  await admin.connect()
  await admin.query(`create database ${pgName}`)
  await admin.end()
  const url = new URL(pgBase)
  url.pathname = `/${pgName}`
  dbTarget = url.toString()
}
console.log(`database: ${pgBase ? 'postgresql' : 'sqlite (WAL, synchronous=NORMAL)'}`)
const ctx = await createContext(
  {
    dataDir: dir,
    db: dbTarget,
    secureCookies: false,
    bodyLimit: 1 << 20,
    loginRateLimit: 10,
  },
  { crypto: new FieldCrypto(masterKeyFromBytes(Buffer.alloc(32, 7))) },
)
const platform = await ctx.identity.createOrganization({ name: '基准投诉平台', kind: 'platform' })
for (const name of ['恒小花', '拍拍贷', '分期乐', '美团借钱', '京东借钱']) {
  await ctx.identity.createOrganization({ name, kind: 'lender' })
}
for (let i = 0; i < 5; i++) {
  await ctx.identity.createUser({
    orgId: platform.id,
    email: `r${i}@bench.demo`,
    name: `审核${i}`,
    password: 'bench password 123',
    roles: ['reviewer'],
  })
}
// The production store: every filing's event is appended to the evidence log in its transaction.
const { store } = deskStorage(ctx)
const worker = inline ? undefined : new WorkerTemplateIndex({ source: store })
const local = inline ? new NearTemplateIndex({ source: store }) : undefined
const templates = worker ?? local!
console.log(
  `template index and analysis: ${inline ? 'main thread (inline)' : 'intake worker thread'}`,
)
const intake = new IntakeService({
  store,
  crypto: ctx.crypto,
  clock: ctx.clock,
  newId,
  content: new FileContentStore(join(dir, 'files')),
  templates,
})

const RESPONDENTS = ['恒小花', '拍拍贷', '分期乐', '美团借钱', '京东借钱']
const pool = [...generateComplaints({ n: 20_000, seed: 7 })].map((g) => g.record)
let seq = 0
function request(): IntakeRequest {
  const r = pool[seq % pool.length]
  const i = seq++
  return {
    source: 'api',
    externalId: `b-${i}`,
    form: {
      respondent: RESPONDENTS[i % RESPONDENTS.length],
      title: r.title || '催收问题',
      problem: r.problem || r.title || '暴力催收',
      text: r.text.length >= 10 ? r.text : `${r.text}，催收员每天打电话骚扰我。`,
      requests: r.requests,
      amount: Math.min(200_000, Math.max(0, r.amount ?? 1000)),
      contact: { phone: `13${String(100_000_000 + (i % 400_000)).padStart(9, '0')}` },
    },
    complainant: {
      deviceId: `dev-${i % 300_000}`,
      ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    },
  }
}

let t0 = performance.now()
// Every pool text again with another number: copies a template campaign would make.
const fillText = (i: number) => `${pool[i % pool.length].text}#${Math.floor(i / pool.length)}`
for (let from = 0; from < indexSize; from += 5_000) {
  const ids = Array.from({ length: Math.min(5_000, indexSize - from) }, (_, k) => from + k)
  if (worker) {
    await worker.addMany(
      platform.id,
      ids.map((i) => ({ id: `pre-${i}`, text: fillText(i) })),
    )
  } else for (const i of ids) await templates.add(platform.id, `pre-${i}`, fillText(i))
}
const indexSizeNow = () =>
  worker ? worker.size(platform.id) : local!.indexOf(platform.id).then((x) => x.size)
console.log(
  `template index filled to ${await indexSizeNow()} texts in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
)
t0 = performance.now()
for (let i = 0; i < prefill; i++) await intake.file(platform.id, request())
console.log(
  `database prefilled with ${prefill} complaints in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
)

// CPU milliseconds of this process per operation (the machine is shared: wall time varies more).
const cpuMs = (from: NodeJS.CpuUsage, ops: number) => {
  const u = process.cpuUsage(from)
  return (u.user + u.system) / 1000 / ops
}
const lat: number[] = []
let cpu0 = process.cpuUsage()
t0 = performance.now()
for (let i = 0; i < n; i++) {
  const s = performance.now()
  await intake.file(platform.id, request())
  lat.push(performance.now() - s)
}
const seqRate = n / ((performance.now() - t0) / 1000)
const seqCpu = cpuMs(cpu0, n)

const conc = 8
const groups0 = store.intakeGroups
// CPU milliseconds of the main thread and of the worker thread (Linux /proc, 10 ms ticks).
const busy = async () => ({
  main: threadCpuMs() ?? Number.NaN,
  worker: worker ? ((await worker.cpuMs()) ?? Number.NaN) : 0,
})
const busy0 = await busy()
cpu0 = process.cpuUsage()
t0 = performance.now()
let left = n
await Promise.all(
  Array.from({ length: conc }, async () => {
    while (left-- > 0) await intake.file(platform.id, request())
  }),
)
const concRate = n / ((performance.now() - t0) / 1000)
const concCpu = cpuMs(cpu0, n)
const busy1 = await busy()
const groups1 = store.intakeGroups
const meanGroup = (groups1.items - groups0.items) / (groups1.groups - groups0.groups)

// Peer: a bare insert of a complaint row (same table, same indexes, no checks or analysis).
const row = await ctx.db.kysely
  .selectFrom('cd_complaints')
  .selectAll()
  .limit(1)
  .executeTakeFirstOrThrow()
const peer: number[] = []
cpu0 = process.cpuUsage()
t0 = performance.now()
for (let i = 0; i < n; i++) {
  const s = performance.now()
  await ctx.db.kysely
    .insertInto('cd_complaints')
    .values({ ...row, id: `peer-${i}`, external_id: `peer-${i}` })
    .execute()
  peer.push(performance.now() - s)
}
const peerRate = n / ((performance.now() - t0) / 1000)
const peerCpu = cpuMs(cpu0, n)

console.log(
  `intake-to-queue (template index ${await indexSizeNow()}, ${prefill + 2 * n} complaints stored):`,
)
console.log(
  `  latency ms: p50 ${pct(lat, 50).toFixed(2)}, p99 ${pct(lat, 99).toFixed(2)}, max ${Math.max(...lat).toFixed(2)} (goal p99 < 50)`,
)
console.log(
  `  throughput: ${seqRate.toFixed(0)}/s sequential, ${concRate.toFixed(0)}/s with ${conc} concurrent (mean group ${meanGroup.toFixed(1)} intakes per transaction) (goal > 500/s)`,
)
console.log(
  `  process CPU per intake: ${seqCpu.toFixed(2)} ms sequential, ${concCpu.toFixed(2)} ms concurrent (both threads)`,
)
console.log(
  `  thread CPU per intake, concurrent: main thread ${((busy1.main - busy0.main) / n).toFixed(2)} ms, worker ${worker ? ((busy1.worker - busy0.worker) / n).toFixed(2) + ' ms' : '-'} (throughput ≈ 1 / the busier thread's)`,
)
console.log(
  `peer (bare row insert): p50 ${pct(peer, 50).toFixed(3)} ms, p99 ${pct(peer, 99).toFixed(3)} ms, ${peerRate.toFixed(0)}/s, CPU ${peerCpu.toFixed(3)} ms`,
)
console.log(
  `ratio: p99 ${(pct(lat, 99) / pct(peer, 99)).toFixed(1)}× the bare insert; throughput ${(seqRate / peerRate).toFixed(3)} of it sequential, ${(concRate / peerRate).toFixed(3)} concurrent`,
)
await worker?.close()
await ctx.db.close()
if (pgBase) {
  const admin = new pg.Client({ connectionString: pgBase })
  await admin.connect()
  await admin.query(`drop database if exists ${pgName} with (force)`)
  await admin.end()
}
rmSync(dir, { recursive: true, force: true })
