// Inclusion proofs per second on a large evidence log stored in SQLite (default 10,000,000
// entries), and receipt verifications per second.
// The log is built once through the real append path (EvidenceService.append, batches of 10,000
// real contact entries) into bench/out/evidence-proof-<n>.sqlite and reused by later runs; the
// build is checked by comparing the stored root with an independently computed in-memory root
// (MemoryTree up to 1,000,000 leaves, else a streaming CompactRange over the same leaves) and by
// verifying sampled proofs read from the database against that root.
// Peers measured in the same run: the same node reads as bare primary-key point lookups on a raw
// better-sqlite3 connection (the physical floor of an O(log n) proof), raw Ed25519 verification.
// Run: npx tsx bench/evidence-proof.bench.ts [entries=10000000] [proofs=20000]
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateKeyPairSync, sign, verify } from 'node:crypto'
import SQLite from 'better-sqlite3'
import {
  canonicalJsonBytes,
  CompactRange,
  createNoteSigner,
  formatVerifierKey,
  hashLeaf,
  inclusionPlan,
  MemoryTree,
  parseVerifierKey,
  planNodes,
  verifyInclusion,
  verifyReceipt,
} from '../src/core/evidence/index.ts'
import { VALID_ENTRY } from '../src/core/evidence/testdata/sample-entry.ts'
import { FileContentStore } from '../src/services/evidence/content-store.ts'
import { EvidenceService } from '../src/services/evidence/evidence.service.ts'
import { SYSTEM_CLOCK } from '../src/services/ports.ts'
import { migrateToLatest, openDatabase } from '../src/storage/db.ts'
import { EvidenceRepository } from '../src/storage/evidence.repository.ts'
import { fmt, printMachine } from './evidence-machine.ts'

const LEAVES = Number(process.argv[2] ?? 10_000_000)
const PROOFS = Number(process.argv[3] ?? 20_000)
const BATCH = 10_000
const secs = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9
// A fixed pseudo-random index sequence (no Math.random: reproducible runs).
const pick = (i: number, n: number) => (i * 2654435761 + 12345) % n
const entry = (i: number) => ({ ...VALID_ENTRY, contact_id: `ct_${i}` })

printMachine()
const out = join(import.meta.dirname, 'out')
mkdirSync(out, { recursive: true })
const file = join(out, `evidence-proof-${LEAVES}.sqlite`)
const done = `${file}.json` // written last: a build without it is incomplete and redone
const signer = createNoteSigner('bench.gongdao/evidence', Buffer.alloc(32, 3))
if (!existsSync(done)) {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true })
  const db = openDatabase(file)
  await migrateToLatest(db)
  const svc = new EvidenceService(
    new EvidenceRepository(db.kysely, db.dialect),
    new FileContentStore(join(out, 'evidence-proof-content')),
    { originBase: 'bench.gongdao/evidence', signer, clock: SYSTEM_CLOCK },
  )
  const small = LEAVES <= 1_000_000
  const mem = new MemoryTree()
  const range = new CompactRange()
  const t0 = process.hrtime.bigint()
  for (let from = 0; from < LEAVES; from += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, LEAVES - from) }, (_, i) => entry(from + i))
    await svc.append('org', batch)
    for (const e of batch) {
      const leaf = hashLeaf(canonicalJsonBytes(e))
      if (small) mem.appendLeafHash(leaf)
      else range.append(leaf)
    }
    if ((from / BATCH) % 100 === 99) console.log(`  built ${fmt(from + BATCH)} entries…`)
  }
  const buildSecs = secs(t0)
  const want = Buffer.from(small ? mem.root() : range.root()).toString('base64')
  const got = (await svc.checkpoint('org')).root.toString('base64')
  if (got !== want) throw new Error(`stored root ${got} ≠ in-memory root ${want}`)
  await db.close()
  writeFileSync(done, JSON.stringify({ size: LEAVES, root: want, buildSecs }))
  console.log(
    `built ${fmt(LEAVES)} entries through EvidenceService.append in ${buildSecs.toFixed(0)} s (${fmt(LEAVES / buildSecs)}/s, incl. the reference root); root matches the in-memory tree`,
  )
}
const meta = JSON.parse(readFileSync(done, 'utf8')) as { size: number; root: string }
const root = Buffer.from(meta.root, 'base64')
console.log(`log: ${file} (${fmt(meta.size)} entries, reused when present)`)

const db = openDatabase(file)
const svc = new EvidenceService(
  new EvidenceRepository(db.kysely, db.dialect),
  new FileContentStore(join(out, 'evidence-proof-content')),
  { originBase: 'bench.gongdao/evidence', signer, clock: SYSTEM_CLOCK },
)
// Correctness first: sampled proofs from the database verify against the reference root.
for (let i = 0; i < 200; i++) {
  const k = pick(i * 7 + 1, LEAVES)
  const { proof } = await svc.inclusionProof('org', k, LEAVES)
  const leaf = hashLeaf(canonicalJsonBytes(entry(k)))
  const p = proof.map((x) => Buffer.from(x, 'base64'))
  if (!verifyInclusion(k, LEAVES, leaf, p, root).ok) throw new Error(`proof ${k} failed`)
}

let t0 = process.hrtime.bigint()
let hashes = 0
for (let i = 0; i < PROOFS; i++) {
  hashes += (await svc.inclusionProof('org', pick(i, LEAVES), LEAVES)).proof.length
}
const oursSecs = secs(t0)
// Peer: the same node ids, each a bare primary-key point read on a raw connection.
const raw = new SQLite(file, { readonly: true })
const point = raw.prepare(
  'select hash from evidence_nodes where log_id = ? and level = ? and idx = ?',
)
t0 = process.hrtime.bigint()
let reads = 0
for (let i = 0; i < PROOFS; i++) {
  for (const n of planNodes(inclusionPlan(pick(i, LEAVES), LEAVES))) {
    if (!point.get('org', n.level, n.index)) throw new Error('missing node')
    reads += 1
  }
}
const floorSecs = secs(t0)
raw.close()
console.log('| measure | per second | µs each | note |')
console.log('|---|---|---|---|')
console.log(
  `| inclusion proofs (EvidenceService, SQLite, size ${fmt(LEAVES)}) | ${fmt(PROOFS / oursSecs)} | ${((oursSecs / PROOFS) * 1e6).toFixed(1)} | ${(hashes / PROOFS).toFixed(1)} hashes per proof, one UNION ALL query |`,
)
console.log(
  `| peer: the same node reads as raw PK point lookups | ${fmt(PROOFS / floorSecs)} proofs (${fmt(reads / floorSecs)} reads) | ${((floorSecs / PROOFS) * 1e6).toFixed(1)} per proof | better-sqlite3 prepared statement, no query builder |`,
)
console.log(`ratio ours / floor: ${(floorSecs / oursSecs).toFixed(2)}`)

// Receipt verification of a real entry of the stored log.
const at = pick(99, LEAVES)
const receipt = await svc.receipt('org', at)
const logKey = parseVerifierKey(formatVerifierKey(signer))
if (!verifyReceipt(receipt, { logKey }).ok) throw new Error('receipt failed')
await db.close()
const R = 5000
t0 = process.hrtime.bigint()
for (let i = 0; i < R; i++) {
  if (!verifyReceipt(receipt, { logKey }).ok) throw new Error('receipt failed')
}
const receiptRate = R / secs(t0)
const { publicKey, privateKey } = generateKeyPairSync('ed25519')
const msg = Buffer.from('bench')
const sig = sign(null, msg, privateKey)
t0 = process.hrtime.bigint()
for (let i = 0; i < R; i++) verify(null, msg, publicKey, sig)
const edRate = R / secs(t0)
console.log(
  `receipt verifications: ${fmt(receiptRate)}/s; raw Ed25519 verify: ${fmt(edRate)}/s; ratio ${(receiptRate / edRate).toFixed(2)}`,
)
