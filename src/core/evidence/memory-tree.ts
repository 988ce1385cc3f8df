/**
 * An in-memory log of leaf hashes and every perfect subtree, one flat buffer per level: the
 * reference store for tests, audits and benchmarks (10,000,000 leaves take about 640 MB).
 */
import { CompactRange } from './compact-range.ts'
import { HASH_SIZE, hashLeaf } from './hasher.ts'
import { assembleProof, consistencyPlan, inclusionPlan, treeRoot } from './prove.ts'
import type { NodeId } from './tree-math.ts'

/** A growable in-memory Merkle log; proofs read O(log n) nodes. */
export class MemoryTree {
  private readonly levels: Buffer[] = []
  private readonly counts: number[] = []
  private readonly range = new CompactRange()

  /** The number of leaves. */
  get size(): number {
    return this.range.size
  }

  /** Appends leaf data (hashed with the leaf prefix). */
  appendData(data: Uint8Array): void {
    this.appendLeafHash(hashLeaf(data))
  }

  /** Appends an already computed 32-byte leaf hash. */
  appendLeafHash(leafHash: Uint8Array): void {
    this.range.append(leafHash, (node, hash) => this.store(node, hash))
  }

  /** Returns the hash of a stored perfect subtree; throws if it does not exist yet. */
  readonly node = (node: NodeId): Uint8Array => {
    const count = this.counts[node.level] ?? 0
    if (node.index >= count) {
      throw new Error(`node ${node.level}/${node.index} not stored (have ${count})`)
    }
    const at = node.index * HASH_SIZE
    return this.levels[node.level].subarray(at, at + HASH_SIZE)
  }

  /** Returns the root of the first `size` leaves (default: all). */
  root(size = this.size): Uint8Array {
    return size === this.size ? this.range.root() : treeRoot(size, this.node)
  }

  /** Returns the inclusion proof of leaf `index` in the tree of `size` leaves. */
  inclusionProof(index: number, size = this.size): Uint8Array[] {
    return assembleProof(inclusionPlan(index, size), this.node)
  }

  /** Returns the consistency proof between sizes `first` and `second`. */
  consistencyProof(first: number, second = this.size): Uint8Array[] {
    return assembleProof(consistencyPlan(first, second), this.node)
  }

  private store(node: NodeId, hash: Uint8Array): void {
    const count = this.counts[node.level] ?? 0
    if (node.index !== count) throw new Error(`out-of-order node ${node.level}/${node.index}`)
    let buf = this.levels[node.level]
    if (!buf || buf.length < (count + 1) * HASH_SIZE) {
      const grown = Buffer.allocUnsafe(Math.max(1024, count * 2) * HASH_SIZE)
      buf?.copy(grown, 0, 0, count * HASH_SIZE)
      this.levels[node.level] = buf = grown
    }
    buf.set(hash, count * HASH_SIZE)
    this.counts[node.level] = count + 1
  }
}
