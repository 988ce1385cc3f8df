// Inclusion proofs per second on a 10,000,000-entry log and receipt verifications per second.
// The 10M tree is built in memory (MemoryTree: the same perfect-subtree layout the SQL store
// keeps); the SQL path is measured on a smaller SQLite log built through the real append path.
// Peers measured in the same run: raw SHA-256 and raw Ed25519 verification rates of node:crypto.
// Run: npx tsx bench/evidence-proof.bench.ts [leaves=10000000]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPairSync, sign, verify } from 'node:crypto'
import {
  buildReceipt,
  canonicalJsonBytes,
  createNoteSigner,
  formatVerifierKey,
  hashLeaf,
  MemoryTree,
  parseVerifierKey,
  signCheckpoint,
  verifyInclusion,
  verifyReceipt,
} from '../src/core/evidence/index.ts'
import { VALID_ENTRY } from '../src/core/evidence/testdata/sample-entry.ts'
import { FileContentStore } from '../src/services/evidence/content-store.ts'
import { EvidenceService } from '../src/services/evidence/evidence.service.ts'
import { SYSTEM_CLOCK } from '../src/services/ports.ts'
import { migrateToLatest, openDatabase } from '../src/storage/db.ts'
import { EvidenceRepository } from '../src/storage/evidence.repository.ts'
import { fmt, printMachine, sha256Rate } from './evidence-machine.ts'

const LEAVES = Number(process.argv[2] ?? 10_000_000)
const secs = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9
// A fixed pseudo-random index sequence (no Math.random: reproducible runs).
const pick = (i: number, n: number) => (i * 2654435761 + 12345) % n

printMachine()
const entry = (i: number) => ({ ...VALID_ENTRY, contact_id: `ct_${i}` })

let t0 = process.hrtime.bigint()
const tree = new MemoryTree()
const idx = Buffer.alloc(8)
for (let i = 0; i < LEAVES; i++) {
  if (i === 1234567 % LEAVES) {
    tree.appendData(canonicalJsonBytes(entry(i)))
    continue
  }
  idx.writeUIntBE(i, 2, 6)
  tree.appendLeafHash(hashLeaf(idx))
}
const buildSecs = secs(t0)
console.log(
  `built an in-memory tree of ${fmt(LEAVES)} leaves in ${buildSecs.toFixed(1)} s (${fmt(LEAVES / buildSecs)} leaves/s, ${fmt((2 * LEAVES) / buildSecs)} SHA-256/s)`,
)
console.log(`raw node:crypto SHA-256 (64-byte inputs): ${fmt(sha256Rate(1_000_000, 65))}/s`)

const root = tree.root()
const N = 200_000
t0 = process.hrtime.bigint()
let nodes = 0
for (let i = 0; i < N; i++) nodes += tree.inclusionProof(pick(i, LEAVES)).length
const proofSecs = secs(t0)
console.log(
  `inclusion proofs at size ${fmt(LEAVES)}: ${fmt(N / proofSecs)}/s (${((proofSecs / N) * 1e6).toFixed(1)} µs each, ${(nodes / N).toFixed(1)} hashes per proof)`,
)
for (let i = 0; i < 1000; i++) {
  const k = pick(i, LEAVES)
  const leaf = tree.node({ level: 0, index: k })
  if (!verifyInclusion(k, LEAVES, leaf, tree.inclusionProof(k), root).ok) {
    throw new Error(`proof ${k} failed`)
  }
}

// Receipt verification: one real entry at index 1234567 of the 10M tree.
const signer = createNoteSigner('bench.gongdao/evidence', Buffer.alloc(32, 3))
const at = 1234567 % LEAVES
const receipt = buildReceipt({
  origin: 'bench.gongdao/evidence/org',
  index: at,
  size: LEAVES,
  entry: entry(at),
  proof: tree.inclusionProof(at),
  checkpoint: signCheckpoint({ origin: 'bench.gongdao/evidence/org', size: LEAVES, root }, signer),
})
const logKey = parseVerifierKey(formatVerifierKey(signer))
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

// The SQL path: proofs read O(log n) stored nodes from SQLite.
const SQL_LEAVES = Number(process.argv[3] ?? 100_000)
const dir = mkdtempSync(join(tmpdir(), 'gd-proof-'))
const db = openDatabase(join(dir, 'p.sqlite'))
await migrateToLatest(db)
const svc = new EvidenceService(
  new EvidenceRepository(db.kysely, db.dialect),
  new FileContentStore(dir),
  {
    originBase: 'bench.gongdao/evidence',
    signer,
    clock: SYSTEM_CLOCK,
  },
)
for (let b = 0; b < SQL_LEAVES / 10_000; b++) {
  await svc.append(
    'org',
    Array.from({ length: 10_000 }, (_, i) => entry(b * 10_000 + i)),
  )
}
const Q = 5000
t0 = process.hrtime.bigint()
for (let i = 0; i < Q; i++) await svc.inclusionProof('org', pick(i, SQL_LEAVES), SQL_LEAVES)
const sqlSecs = secs(t0)
console.log(
  `SQLite inclusion proofs at size ${fmt(SQL_LEAVES)} (service path, one query per proof): ${fmt(Q / sqlSecs)}/s (${((sqlSecs / Q) * 1e6).toFixed(0)} µs each)`,
)
await db.close()
rmSync(dir, { recursive: true, force: true })
