// Import rows per second (CSV into SQLite, all-or-nothing) and recorded contacts per second
// including the evidence append (gate → perform → record, in batches: content files flushed
// together, one evidence append and one transaction of rows per batch), on a fresh SQLite file.
// Peers, measured in the same run: the shared reader alone on the same CSV (the import's floor);
// the evidence service appending the same number of entries alone, in the same batch size (the
// record step's floor); and the same record code unbatched (batch of 1: the path before batching).
// Run: npx tsx bench/collection-record.bench.ts [rows=20000] [contacts=2000] [batch=200]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { DEFAULT_STRATEGY } from '../src/core/collection/index.ts'
import type { Proposal } from '../src/core/collection/index.ts'
import { createContext } from '../src/compose.ts'
import { FieldCrypto, masterKeyFromBytes } from '../src/services/crypto/index.ts'
import { demoPortfolioCsv } from '../src/services/collection/demo.seed.ts'
import { importPortfolio } from '../src/services/collection/import.service.ts'
import { planPortfolio } from '../src/services/collection/plan.service.ts'
import { performPlanned, renderContactText } from '../src/services/collection/run-day.service.ts'
import { readRows } from '../src/services/files/index.ts'
import { collectionModule } from '../src/storage/collection.wiring.ts'
import { fixedClock } from '../src/services/ports.ts'
import { machineLine } from './machine.ts'

const ROWS = Number(process.argv[2] ?? 20_000)
const CONTACTS = Number(process.argv[3] ?? 2_000)
const BATCH = Number(process.argv[4] ?? 200)
const UNBATCHED = Math.min(500, Math.ceil(CONTACTS / 4))
const rate = (n: number, ms: number): string => Math.round(n / (ms / 1000)).toLocaleString()
console.log('# collection: import and record')
console.log(machineLine())
const dir = mkdtempSync(join(tmpdir(), 'gongdao-bench-'))
try {
  const ctx = await createContext(
    {
      dataDir: dir,
      db: join(dir, 'b.sqlite'),
      secureCookies: false,
      bodyLimit: 1 << 20,
      loginRateLimit: 10,
    },
    {
      crypto: new FieldCrypto(masterKeyFromBytes(Buffer.alloc(32, 7))),
      clock: fixedClock(new Date('2026-03-10T01:00:00Z')),
    },
  )
  const org = await ctx.identity.createOrganization({ name: '基准放贷机构', kind: 'lender' })
  const mod = await collectionModule(ctx)
  const csv = join(dir, 'p.csv')
  writeFileSync(csv, demoPortfolioCsv(ROWS, '2026-02-08'))

  let t = performance.now()
  let n = 0
  for await (const r of readRows(csv)) if (r.kind === 'row') n++
  const readMs = performance.now() - t
  t = performance.now()
  const report = await importPortfolio(
    { store: mod.importStore, crypto: ctx.crypto, clock: ctx.clock },
    org.id,
    csv,
  )
  const importMs = performance.now() - t
  if (!report.imported) throw new Error(JSON.stringify(report.rejected.slice(0, 2)))
  console.log(
    `import: ${ROWS.toLocaleString()} rows in ${(importMs / 1000).toFixed(1)} s → ${rate(ROWS, importMs)} rows/s (validate, encrypt 4–6 fields, HMAC lookups, one transaction)`,
  )
  console.log(
    `peer (reader alone): ${n.toLocaleString()} rows in ${(readMs / 1000).toFixed(2)} s → ${rate(n, readMs)} rows/s; ratio import/reader ${(ROWS / importMs / (n / readMs)).toFixed(2)}`,
  )

  t = performance.now()
  const planned: Proposal[] = []
  const sink = {
    planned: (p: Proposal) => planned.push(p),
    denied: () => {},
    review: () => {},
    skipped: () => {},
  }
  const portfolio = await mod.repo.loadPortfolio(org.id)
  await planPortfolio(mod.contacts, org.id, portfolio, '2026-03-10', () => DEFAULT_STRATEGY, sink)
  console.log(
    `plan (not in the figures below): ${planned.length.toLocaleString()} contacts for ${ROWS.toLocaleString()} loans in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  )
  // About 8% of the demo portfolio is due a contact on the day: keep a fifth for the unbatched run.
  const oursN = Math.min(CONTACTS, Math.floor(planned.length * 0.8))
  const oneN = Math.min(UNBATCHED, planned.length - oursN)
  const textOf = (p: Proposal): string =>
    renderContactText(p.scriptId, {
      lender: '基准放贷机构',
      debtorName: '客户',
      hotline: '400-000-0000',
      collectorCode: 'SYS',
      amountDue: 100_00,
      daysOverdue: 10,
    })

  t = performance.now()
  const ours = await performPlanned(mod.contacts, org.id, planned.slice(0, oursN), textOf, BATCH)
  const oursMs = performance.now() - t
  console.log(
    `record (ours, batches of ${BATCH}): ${ours.performed.toLocaleString()} contacts gated, performed, recorded with evidence in ${(oursMs / 1000).toFixed(2)} s → ${rate(ours.performed, oursMs)} contacts/s (refused at dial ${ours.refusedAtDial})`,
  )

  t = performance.now()
  const one = await performPlanned(
    mod.contacts,
    org.id,
    planned.slice(oursN, oursN + oneN),
    textOf,
    1,
  )
  const oneMs = performance.now() - t
  console.log(
    `same code unbatched (batch of 1, the path before batching): ${one.performed.toLocaleString()} contacts in ${(oneMs / 1000).toFixed(2)} s → ${rate(one.performed, oneMs)} contacts/s; ratio batched/unbatched ${(ours.performed / oursMs / (one.performed / oneMs)).toFixed(1)}`,
  )

  const sample = (await mod.repo.listAllPerformed(org.id)).slice(0, BATCH).map((c) => c.entry)
  const batches = Math.ceil(ours.performed / sample.length)
  t = performance.now()
  for (let i = 0; i < batches; i++) await mod.evidence.append(org.id, sample)
  const evMs = performance.now() - t
  const appended = batches * sample.length
  console.log(
    `peer (evidence append alone, batches of ${sample.length}): ${appended.toLocaleString()} entries in ${(evMs / 1000).toFixed(2)} s → ${rate(appended, evMs)} entries/s; ratio record/append ${(ours.performed / oursMs / (appended / evMs)).toFixed(2)}`,
  )
  await ctx.db.close()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
