/**
 * Replays a stored log from its first entry: recomputes every leaf hash, every stored subtree
 * hash and the root at every signed checkpoint, and reports the first inconsistency.
 */
import {
  CompactRange,
  hashLeaf,
  nodeKey,
  openCheckpoint,
  type NodeId,
  type VerifierKey,
} from '../../core/evidence/index.ts'
import type { EvidenceStore } from './ports.ts'

/** The outcome of an audit: ok, or the first problem found and where. */
export interface AuditReport {
  readonly ok: boolean
  readonly size: number
  readonly entriesChecked: number
  readonly checkpointsChecked: number
  readonly problem?: { readonly index?: number; readonly size?: number; readonly message: string }
}

const PAGE = 5000

/** Audits log `logId`; `key` verifies the stored checkpoint signatures. */
export async function auditLog(
  store: EvidenceStore,
  logId: string,
  key: VerifierKey,
  onProgress?: (done: number) => void,
): Promise<AuditReport> {
  const log = await store.getLog(logId)
  if (!log) {
    return {
      ok: false,
      size: 0,
      entriesChecked: 0,
      checkpointsChecked: 0,
      problem: { message: `no log ${logId}` },
    }
  }
  const checkpoints = await store.listCheckpoints(logId)
  const fail = (done: number, cps: number, problem: AuditReport['problem']): AuditReport => ({
    ok: false,
    size: log.size,
    entriesChecked: done,
    checkpointsChecked: cps,
    problem,
  })
  const range = new CompactRange()
  let cpAt = 0
  while (cpAt < checkpoints.length && checkpoints[cpAt].size === 0) cpAt++
  for (let from = 0; from < log.size; from += PAGE) {
    const entries = await store.listEntries(logId, from, PAGE)
    const leaves = await store.listLeafHashes(logId, from, PAGE)
    const created: { node: NodeId; hash: Uint8Array }[] = []
    for (const [i, e] of entries.entries()) {
      const index = from + i
      if (e.index !== index) {
        return fail(index, cpAt, { index, message: `entry ${index} is missing` })
      }
      const leaf = hashLeaf(Buffer.from(e.data, 'utf8'))
      if (!leaves[i] || !leaves[i].equals(leaf)) {
        return fail(index, cpAt, {
          index,
          message: `entry ${index}: its data does not hash to the stored leaf hash (entry edited?)`,
        })
      }
      range.append(leaf, (node, hash) => void (node.level > 0 && created.push({ node, hash })))
      while (cpAt < checkpoints.length && checkpoints[cpAt].size === range.size) {
        if (!checkpoints[cpAt].root.equals(range.root())) {
          return fail(index + 1, cpAt, {
            size: range.size,
            message: `the root recomputed at size ${range.size} differs from its signed checkpoint`,
          })
        }
        cpAt++
      }
    }
    if (entries.length === 0) break
    for (let c = 0; c < created.length; c += 2000) {
      const part = created.slice(c, c + 2000)
      const stored = await store.getNodes(
        logId,
        part.map((p) => p.node),
      )
      const bad = part.find((p) => !stored.get(nodeKey(p.node))!.equals(p.hash))
      if (bad) {
        return fail(range.size, cpAt, {
          message: `stored node ${nodeKey(bad.node)} differs from its recomputed hash`,
        })
      }
    }
    onProgress?.(range.size)
  }
  if (range.size !== log.size) {
    return fail(range.size, cpAt, {
      size: range.size,
      message: `log head says ${log.size} entries, found ${range.size}`,
    })
  }
  if (!log.root.equals(range.root())) {
    return fail(range.size, cpAt, {
      size: range.size,
      message: 'the log head root differs from the recomputed root',
    })
  }
  for (const cp of checkpoints) {
    const stored = await store.getCheckpoint(logId, cp.size)
    const opened = stored && openCheckpoint(stored.note, key)
    if (
      !opened?.ok ||
      !cp.root.equals(opened.value.checkpoint.root) ||
      opened.value.checkpoint.size !== cp.size
    ) {
      return fail(range.size, cpAt, {
        size: cp.size,
        message: `checkpoint ${cp.size}: signature or body does not match the stored root`,
      })
    }
  }
  return {
    ok: true,
    size: log.size,
    entriesChecked: range.size,
    checkpointsChecked: checkpoints.length,
  }
}
