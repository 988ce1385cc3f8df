// Import rows per second (CSV into SQLite, all-or-nothing) and recorded contacts per second
// including the evidence append (gate → perform → record, batches of 50), on a fresh SQLite file.
// Peers, measured in the same run: the shared reader alone on the same CSV (the import's floor),
// and the evidence service appending the same number of entries alone (the record step's floor).
// Run: npx tsx bench/collection-record.bench.ts [rows=20000] [contacts=2000]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createContext } from '../src/compose.ts'
import { FieldCrypto, masterKeyFromBytes } from '../src/services/crypto/index.ts'
import { demoPortfolioCsv } from '../src/services/collection/demo.seed.ts'
import { importPortfolio } from '../src/services/collection/import.service.ts'
import { runDay } from '../src/services/collection/run-day.service.ts'
import { readRows } from '../src/services/files/index.ts'
import { collectionModule } from '../src/storage/collection.wiring.ts'
import { fixedClock } from '../src/services/ports.ts'

const ROWS = Number(process.argv[2] ?? 20_000)
const CONTACTS = Number(process.argv[3] ?? 2_000)
const cpu = cpus()
console.log('# collection: import and record')
console.log(
  `machine: ${cpu[0]?.model ?? '?'}, ${cpu.length} cores, node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
)
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
    `import: ${ROWS.toLocaleString()} rows in ${(importMs / 1000).toFixed(1)} s → ${Math.round(ROWS / (importMs / 1000)).toLocaleString()} rows/s (validate, encrypt 4–6 fields, HMAC lookups, one transaction)`,
  )
  console.log(
    `peer (reader alone): ${n.toLocaleString()} rows in ${(readMs / 1000).toFixed(2)} s → ${Math.round(n / (readMs / 1000)).toLocaleString()} rows/s; ratio import/reader ${(ROWS / importMs / (n / readMs)).toFixed(2)}`,
  )

  t = performance.now()
  const run = await runDay(mod.repo, mod.contacts, org.id, '2026-03-10', {
    limit: CONTACTS,
    lender: '基准放贷机构',
  })
  const runMs = performance.now() - t
  console.log(
    `record: ${run.performed.toLocaleString()} contacts (planned ${run.planned.toLocaleString()}) gated, performed, recorded with evidence in ${(runMs / 1000).toFixed(1)} s → ${Math.round(run.performed / (runMs / 1000)).toLocaleString()} contacts/s (includes planning ${ROWS.toLocaleString()} loans)`,
  )

  const sample = (await mod.repo.listAllPerformed(org.id)).slice(0, 50).map((c) => c.entry)
  const entries = Array.from({ length: Math.ceil(run.performed / 50) }, () => sample)
  t = performance.now()
  for (const batch of entries) await mod.evidence.append(org.id, batch)
  const evMs = performance.now() - t
  const appended = entries.length * sample.length
  console.log(
    `peer (evidence append alone, batches of 50): ${appended.toLocaleString()} entries in ${(evMs / 1000).toFixed(2)} s → ${Math.round(appended / (evMs / 1000)).toLocaleString()} entries/s; ratio record/append ${(run.performed / runMs / (appended / evMs)).toFixed(2)}`,
  )
  await ctx.db.close()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
