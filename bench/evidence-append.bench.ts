// Durable appends per second to the evidence log, SQLite and PostgreSQL, batch sizes 1, 100 and
// 10,000, through EvidenceService (validation, RFC 8785, hashing, one transaction, a signed
// checkpoint per batch), beside the raw node:crypto SHA-256 rate for the same number of hashes
// and the disk's fsync rate. Run: npx tsx bench/evidence-append.bench.ts
// PostgreSQL runs when GONGDAO_BENCH_PG names a server (use one with fsync=on for honest figures).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { sql } from 'kysely'
import { canonicalJsonBytes, createNoteSigner } from '../src/core/evidence/index.ts'
import { VALID_ENTRY } from '../src/core/evidence/testdata/sample-entry.ts'
import { FileContentStore } from '../src/services/evidence/content-store.ts'
import { EvidenceService } from '../src/services/evidence/evidence.service.ts'
import { SYSTEM_CLOCK } from '../src/services/ports.ts'
import { migrateToLatest, openDatabase, type Db } from '../src/storage/db.ts'
import { EvidenceRepository } from '../src/storage/evidence.repository.ts'
import { fmt, fsyncRate, printMachine, sha256Rate } from './evidence-machine.ts'

const PLAN = [
  { batch: 1, batches: 300 },
  { batch: 100, batches: 100 },
  { batch: 10_000, batches: 5 },
]

function entries(from: number, n: number) {
  return Array.from({ length: n }, (_, i) => ({ ...VALID_ENTRY, contact_id: `ct_${from + i}` }))
}

async function openTarget(kind: string): Promise<{ db: Db; cleanup: () => Promise<void> }> {
  if (kind.startsWith('sqlite')) {
    const dir = mkdtempSync(join(tmpdir(), 'gd-bench-'))
    const db = openDatabase(join(dir, 'bench.sqlite'))
    if (kind === 'sqlite-full') await sql`pragma synchronous = FULL`.execute(db.kysely)
    return {
      db,
      cleanup: async () => (await db.close(), rmSync(dir, { recursive: true, force: true })),
    }
  }
  const base = process.env.GONGDAO_BENCH_PG!
  const name = `gd_bench_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const url = new URL(base)
  url.pathname = `/${name}`
  const db = openDatabase(url.toString())
  return {
    db,
    cleanup: async () => {
      await db.close()
      await admin.query(`drop database if exists ${name}`).catch(() => undefined)
      await admin.end()
    },
  }
}

printMachine()
const leafBytes = canonicalJsonBytes(entries(0, 1)[0]).length + 1
console.log(
  `entry: ${leafBytes - 1} bytes of canonical JSON; disk fsync rate: ${fmt(fsyncRate())}/s`,
)
const targets = ['sqlite', 'sqlite-full', ...(process.env.GONGDAO_BENCH_PG ? ['postgres'] : [])]
console.log('| store | batch | entries | appends/s | raw SHA-256/s (same hashes) | ratio |')
console.log('|---|---|---|---|---|---|')
for (const kind of targets) {
  const { db, cleanup } = await openTarget(kind)
  await migrateToLatest(db)
  const repo = new EvidenceRepository(db.kysely, db.dialect)
  const signer = createNoteSigner('bench.gongdao/evidence', Buffer.alloc(32, 1))
  const dir = mkdtempSync(join(tmpdir(), 'gd-bench-content-'))
  const svc = new EvidenceService(repo, new FileContentStore(dir), {
    originBase: 'bench.gongdao/evidence',
    signer,
    clock: SYSTEM_CLOCK,
  })
  let next = 0
  for (const { batch, batches } of PLAN) {
    const t0 = process.hrtime.bigint()
    for (let b = 0; b < batches; b++) {
      await svc.append('org_bench', entries(next, batch))
      next += batch
    }
    const secs = Number(process.hrtime.bigint() - t0) / 1e9
    const n = batch * batches
    // Each entry costs one leaf hash and about one interior node hash (2n − 1 nodes for n leaves).
    const raw = sha256Rate(2 * n, leafBytes) / 2
    console.log(
      `| ${kind === 'sqlite' ? 'sqlite (WAL, synchronous=NORMAL)' : kind === 'sqlite-full' ? 'sqlite (WAL, synchronous=FULL)' : 'postgresql 15 (fsync=on, synchronous_commit=on)'} | ${fmt(batch)} | ${fmt(n)} | ${fmt(n / secs)} | ${fmt(raw)} entries/s | ${(n / secs / raw).toFixed(3)} |`,
    )
  }
  rmSync(dir, { recursive: true, force: true })
  await cleanup()
}
