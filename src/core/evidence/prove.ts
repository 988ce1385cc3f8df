/**
 * Proof construction (RFC 9162 §2.1.3.1 and §2.1.4.1) as plans over stored perfect subtrees, so a
 * store reads only the O(log n) nodes a proof needs, in one batch.
 * https://www.rfc-editor.org/rfc/rfc9162#section-2.1.3.1
 */
import { ProofError } from './errors.ts'
import { EMPTY_ROOT, hashChildren } from './hasher.ts'
import { isSize, rangeNodes, splitPoint, type NodeId } from './tree-math.ts'

/** Hashes of a proof in order, each the right fold of the perfect subtrees in its group. */
export type ProofPlan = readonly (readonly NodeId[])[]

/** Returns the hash of a stored perfect subtree; must return a 32-byte hash for every planned node. */
export type NodeLookup = (node: NodeId) => Uint8Array

/** Plans the inclusion proof of leaf `index` in a tree of `size` leaves; requires index < size. */
export function inclusionPlan(index: number, size: number): ProofPlan {
  if (!isSize(size) || size === 0) {
    throw new ProofError('bad_size', `tree size must be ≥ 1, got ${size}`)
  }
  if (!isSize(index) || index >= size) {
    throw new ProofError('index_out_of_range', `leaf index ${index} is not below tree size ${size}`)
  }
  const out: NodeId[][] = []
  let start = 0
  let n = size
  let m = index
  while (n > 1) {
    const k = splitPoint(n)
    if (m < k) {
      out.push(rangeNodes(start + k, start + n))
      n = k
    } else {
      out.push(rangeNodes(start, start + k))
      start += k
      m -= k
      n -= k
    }
  }
  return out.reverse()
}

/** Plans the consistency proof between sizes `first` and `second`; requires 1 ≤ first ≤ second. */
export function consistencyPlan(first: number, second: number): ProofPlan {
  if (!isSize(first) || !isSize(second) || first === 0 || first > second) {
    throw new ProofError(
      'bad_size',
      `need 1 ≤ first ≤ second, got first ${first}, second ${second}`,
    )
  }
  const out: NodeId[][] = []
  let start = 0
  let n = second
  let m = first
  let complete = true
  for (;;) {
    if (m === n) {
      if (!complete) out.push(rangeNodes(start, start + n))
      break
    }
    const k = splitPoint(n)
    if (m <= k) {
      out.push(rangeNodes(start + k, start + n))
      n = k
    } else {
      out.push(rangeNodes(start, start + k))
      start += k
      m -= k
      n -= k
      complete = false
    }
  }
  return out.reverse()
}

/** Returns every distinct node a plan reads (for one batched fetch). */
export function planNodes(plan: ProofPlan): NodeId[] {
  const seen = new Map<string, NodeId>()
  for (const group of plan) for (const node of group) seen.set(nodeKey(node), node)
  return [...seen.values()]
}

/** Returns a stable string key for a node id, e.g. `3/17`. */
export function nodeKey(node: NodeId): string {
  return `${node.level}/${node.index}`
}

/** Folds a group of perfect subtrees (left to right) into the hash of their range. */
export function foldRange(group: readonly NodeId[], lookup: NodeLookup): Uint8Array {
  if (group.length === 0) return EMPTY_ROOT
  let hash = lookup(group[group.length - 1])
  for (let i = group.length - 2; i >= 0; i--) hash = hashChildren(lookup(group[i]), hash)
  return hash
}

/** Turns a plan into the proof's hashes, reading nodes through `lookup`. */
export function assembleProof(plan: ProofPlan, lookup: NodeLookup): Uint8Array[] {
  return plan.map((group) => foldRange(group, lookup))
}

/** Returns the Merkle tree head (root hash) of the first `size` leaves; the empty tree's is SHA-256(""). */
export function treeRoot(size: number, lookup: NodeLookup): Uint8Array {
  if (!isSize(size)) {
    throw new ProofError('bad_size', `tree size must be a safe integer ≥ 0, got ${size}`)
  }
  return foldRange(rangeNodes(0, size), lookup)
}
