/**
 * @module evidence: the RFC 9162 Merkle log (hashing, tree heads, proofs, verification), entries
 * as RFC 8785 canonical JSON (contacts and complaint events), C2SP checkpoints and signed notes, cosignatures and receipts.
 */
export * from './errors.ts'
export * from './hasher.ts'
export * from './tree-math.ts'
export * from './prove.ts'
export * from './verify.ts'
export * from './compact-range.ts'
export * from './memory-tree.ts'
export * from './base64.ts'
export * from './canonical-json.ts'
export * from './entry.ts'
export * from './complaint-event-entry.ts'
export * from './evidence-entry.ts'
export * from './note-keys.ts'
export * from './note.ts'
export * from './checkpoint.ts'
export * from './cosignature.ts'
export * from './receipt.ts'
