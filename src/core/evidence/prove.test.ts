// Properties of proof construction against the naive RFC 6962 reference (testdata/naive-reference.ts).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { hashChildren, hashLeaf } from './hasher.ts'
import { MemoryTree } from './memory-tree.ts'
import { assembleProof, consistencyPlan, inclusionPlan } from './prove.ts'
import { naiveConsistency, naivePath, naiveRoot } from './testdata/naive-reference.ts'
import { verifyConsistency, verifyInclusion } from './verify.ts'

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

function leavesOf(n: number): Buffer[] {
  return Array.from({ length: n }, (_, i) => Buffer.from(`催收记录 ${i}`))
}

function treeOf(leaves: readonly Buffer[]): MemoryTree {
  const tree = new MemoryTree()
  for (const leaf of leaves) tree.appendData(leaf)
  return tree
}

function flipBit(bytes: Uint8Array, bit: number): Buffer {
  const out = Buffer.from(bytes)
  out[Math.floor(bit / 8) % out.length] ^= 1 << (bit % 8)
  return out
}

const MAX = 70
const LEAVES = leavesOf(MAX)
const TREE = treeOf(LEAVES)

describe(inclusionPlan.name, () => {
  it('should agree with the naive reference and verify for every leaf of every tree up to 70', () => {
    for (let n = 1; n <= MAX; n++) {
      const leaves = LEAVES.slice(0, n)
      const root = naiveRoot(leaves)
      assert.equal(hex(TREE.root(n)), hex(root), `root of ${n}`)
      for (let i = 0; i < n; i++) {
        const proof = TREE.inclusionProof(i, n)
        assert.deepEqual(proof.map(hex), naivePath(i, leaves).map(hex), `path ${i} of ${n}`)
        const res = verifyInclusion(i, n, hashLeaf(leaves[i]), proof, root)
        assert.ok(res.ok, `verify ${i} of ${n}`)
      }
    }
  })

  it('should reject any single-bit change of leaf, proof or root', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (n, ii, which, bit) => {
          const i = ii % n
          const leaf = hashLeaf(LEAVES[i])
          const proof = TREE.inclusionProof(i, n)
          const root = TREE.root(n)
          const parts = 2 + proof.length
          const part = which % parts
          const b = bit % 256
          const res =
            part === 0
              ? verifyInclusion(i, n, flipBit(leaf, b), proof, root)
              : part === 1
                ? verifyInclusion(i, n, leaf, proof, flipBit(root, b))
                : verifyInclusion(
                    i,
                    n,
                    leaf,
                    proof.map((p, j) => (j === part - 2 ? flipBit(p, b) : p)),
                    root,
                  )
          assert.equal(res.ok, false)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('should refuse index ≥ size and size 0 with a typed error', () => {
    for (const { desc, index, size } of [
      { desc: '下标等于大小', index: 5, size: 5 },
      { desc: '空树', index: 0, size: 0 },
      { desc: '负下标', index: -1, size: 3 },
      { desc: '非整数', index: 1.5, size: 3 },
    ]) {
      assert.throws(() => inclusionPlan(index, size), { code: 'EVIDENCE_PROOF_INVALID' }, desc)
    }
  })
})

describe(consistencyPlan.name, () => {
  it('should agree with the naive reference and verify for every pair of sizes up to 70', () => {
    for (let n = 1; n <= MAX; n++) {
      for (let m = 1; m <= n; m++) {
        const proof = TREE.consistencyProof(m, n)
        assert.deepEqual(
          proof.map(hex),
          naiveConsistency(m, LEAVES.slice(0, n)).map(hex),
          `${m}→${n}`,
        )
        assert.ok(verifyConsistency(m, n, TREE.root(m), TREE.root(n), proof).ok, `${m}→${n}`)
      }
    }
  })

  it('should reject any single-bit change of either root or the proof', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: MAX }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (n, mm, which, bit) => {
          const m = 1 + (mm % (n - 1))
          const proof = TREE.consistencyProof(m, n)
          const [r1, r2] = [TREE.root(m), TREE.root(n)]
          const part = which % (2 + proof.length)
          const b = bit % 256
          const res =
            part === 0
              ? verifyConsistency(m, n, flipBit(r1, b), r2, proof)
              : part === 1
                ? verifyConsistency(m, n, r1, flipBit(r2, b), proof)
                : verifyConsistency(
                    m,
                    n,
                    r1,
                    r2,
                    proof.map((p, j) => (j === part - 2 ? flipBit(p, b) : p)),
                  )
          assert.equal(res.ok, false)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('should refuse first > second and first = 0', () => {
    assert.throws(() => consistencyPlan(5, 4), { code: 'EVIDENCE_PROOF_INVALID' })
    assert.throws(() => consistencyPlan(0, 4), { code: 'EVIDENCE_PROOF_INVALID' })
  })
})

// A log whose every leaf hash is the same: the perfect subtree of level L has hash U[L], so the
// root of any size follows from the RFC recursion without storing 2^40 leaves.
const U: Buffer[] = [hashLeaf(Buffer.from('同一条记录'))]
for (let l = 1; l <= 53; l++) U.push(hashChildren(U[l - 1], U[l - 1]))
function uniformRoot(n: number): Buffer {
  let p = 1
  let level = 0
  while (p * 2 <= n) {
    p *= 2
    level++
  }
  if (p === n) return U[level]
  return hashChildren(U[level], uniformRoot(n - p))
}

describe('proofs beyond 2^32 entries', () => {
  const CASES = [
    { desc: '2^32 + 1 leaves, last leaf', index: 2 ** 32, size: 2 ** 32 + 1 },
    { desc: '2^40 + 12345 leaves, leaf 2^33 + 7', index: 2 ** 33 + 7, size: 2 ** 40 + 12345 },
    { desc: '2^52 + 3 leaves, leaf 2^52 + 1', index: 2 ** 52 + 1, size: 2 ** 52 + 3 },
    { desc: '2^53 − 1 leaves, first leaf', index: 0, size: Number.MAX_SAFE_INTEGER },
  ]
  for (const { desc, index, size } of CASES) {
    it(`should build and verify an exact inclusion proof for ${desc}`, () => {
      const proof = assembleProof(inclusionPlan(index, size), (node) => U[node.level])
      assert.ok(verifyInclusion(index, size, U[0], proof, uniformRoot(size)).ok)
      assert.equal(verifyInclusion(index, size, U[0], proof, uniformRoot(size - 1)).ok, false)
      assert.equal(verifyInclusion(index, size, U[1], proof, uniformRoot(size)).ok, false)
    })
  }
  it('should verify a consistency proof between 2^32 − 1 and 2^40 + 5', () => {
    const [m, n] = [2 ** 32 - 1, 2 ** 40 + 5]
    const proof = assembleProof(consistencyPlan(m, n), (node) => U[node.level])
    assert.ok(verifyConsistency(m, n, uniformRoot(m), uniformRoot(n), proof).ok)
    assert.equal(verifyConsistency(m + 1, n, uniformRoot(m), uniformRoot(n), proof).ok, false)
  })
})
