/** Row types of the evidence log tables (migration 002); every table is append-only but the log head. */

/** One log: its origin and current head (size and root). */
export interface EvidenceLogTable {
  id: string
  org_id: string
  origin: string
  size: number
  root: Buffer
  created_at: string
  updated_at: string
}

/** One entry: its leaf index and the exact canonical JSON that was hashed. */
export interface EvidenceEntryTable {
  log_id: string
  idx: number
  contact_id: string
  data: string
  content_sha256: string | null
  appended_at: string
}

/** One perfect subtree hash: level 0 holds the leaf hashes. */
export interface EvidenceNodeTable {
  log_id: string
  level: number
  idx: number
  hash: Buffer
}

/** One signed checkpoint (C2SP signed note text). */
export interface EvidenceCheckpointTable {
  log_id: string
  size: number
  root: Buffer
  note: string
  created_at: string
}

/** One witness cosignature line over the checkpoint of a size. */
export interface EvidenceCosignatureTable {
  log_id: string
  size: number
  witness: string
  line: string
  created_at: string
}

/** What a witness run by this deployment last cosigned for an origin. */
export interface EvidenceWitnessHeadTable {
  witness: string
  origin: string
  size: number
  root: Buffer
  updated_at: string
}

/** The evidence tables. */
export interface EvidenceTables {
  evidence_logs: EvidenceLogTable
  evidence_entries: EvidenceEntryTable
  evidence_nodes: EvidenceNodeTable
  evidence_checkpoints: EvidenceCheckpointTable
  evidence_cosignatures: EvidenceCosignatureTable
  evidence_witness_heads: EvidenceWitnessHeadTable
}

declare module './schema.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Database extends EvidenceTables {}
}
