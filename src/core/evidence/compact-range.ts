/**
 * The right border of a growing tree (a compact range [0, size)): appending a leaf emits the new
 * perfect subtrees a store must keep, about two per leaf, and the root is their right fold.
 */
import { EMPTY_ROOT, hashChildren } from './hasher.ts'
import { rangeNodes, type NodeId } from './tree-math.ts'

/** Receives each perfect subtree created by an append. */
export type NodeSink = (node: NodeId, hash: Uint8Array) => void

/** A mutable compact range over leaves [0, size); build it empty or from the stored border nodes. */
export class CompactRange {
  private readonly hashes: Uint8Array[]
  private readonly levels: number[]
  private count: number

  /** Starts at `size` with the hashes of `rangeNodes(0, size)` (left to right). */
  constructor(size = 0, border: readonly Uint8Array[] = []) {
    const nodes = rangeNodes(0, size)
    if (nodes.length !== border.length) {
      throw new Error(
        `compact range of size ${size} needs ${nodes.length} hashes, got ${border.length}`,
      )
    }
    this.count = size
    this.levels = nodes.map((n) => n.level)
    this.hashes = [...border]
  }

  /** The number of leaves covered. */
  get size(): number {
    return this.count
  }

  /** Appends a leaf hash, reporting it and every completed parent to `sink`. */
  append(leafHash: Uint8Array, sink?: NodeSink): void {
    sink?.({ level: 0, index: this.count }, leafHash)
    this.hashes.push(leafHash)
    this.levels.push(0)
    this.count += 1
    let n = this.levels.length
    while (n >= 2 && this.levels[n - 1] === this.levels[n - 2]) {
      const level = this.levels[n - 1] + 1
      const hash = hashChildren(this.hashes[n - 2], this.hashes[n - 1])
      this.hashes.splice(n - 2, 2, hash)
      this.levels.splice(n - 2, 2, level)
      n -= 1
      sink?.({ level, index: this.count / 2 ** level - 1 }, hash)
    }
  }

  /** Returns the border nodes' hashes, left to right. */
  border(): readonly Uint8Array[] {
    return [...this.hashes]
  }

  /** Returns the Merkle tree head of the leaves covered. */
  root(): Uint8Array {
    if (this.hashes.length === 0) return EMPTY_ROOT
    let hash = this.hashes[this.hashes.length - 1]
    for (let i = this.hashes.length - 2; i >= 0; i--) hash = hashChildren(this.hashes[i], hash)
    return hash
  }
}
