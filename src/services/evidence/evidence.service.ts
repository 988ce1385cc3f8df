/**
 * The evidence log use cases: append entries, collection contacts or complaint-desk events
 * (validated, content stored, batch atomic, then a signed checkpoint), read entries, proofs, checkpoints and receipts, accept cosignatures.
 */
import {
  EMPTY_ROOT,
  ENTRY_SCHEMA_V1,
  COMPLAINT_EVENT_SCHEMA_V1,
  assembleProof,
  buildReceipt,
  canonicalEntryJson,
  consistencyPlan,
  encodeBase64,
  EntryError,
  formatCheckpoint,
  formatVerifierKey,
  inclusionPlan,
  nodeKey,
  complaintSubject,
  entryContentHashes,
  entrySubject,
  parseEvidenceEntry,
  planNodes,
  signCheckpoint,
  verifyCosignature,
  type EvidenceEntry,
  type NoteSigner,
  type ProofPlan,
  type Receipt,
  type VerifierKey,
} from '../../core/evidence/index.ts'
import { NotFoundError, ValidationError, type FieldIssue } from '../../core/shared/index.ts'
import type { Clock } from '../ports.ts'
import type { EvidenceContentStore, EvidenceStore, StoredCheckpoint, StoredLog } from './ports.ts'

/** One item to append: an entry (validated here) and, optionally, the content bytes it hashes. */
export interface AppendItem {
  readonly entry: unknown
  readonly content?: Uint8Array
}

/** The result of an append: each entry's index and the checkpoint signed after it. */
export interface AppendOutcome {
  readonly indices: number[]
  readonly size: number
  readonly checkpoint: string
}

/** Settings of the evidence service. */
export interface EvidenceServiceOptions {
  /** The prefix of every log's origin, e.g. `gongdao.example.cn/evidence`; a log's origin adds `/<org id>`. */
  readonly originBase: string
  readonly signer: NoteSigner
  /** Witness verifier keys whose cosignatures the log accepts. */
  readonly witnessKeys?: readonly VerifierKey[]
  readonly clock: Clock
  /** Largest batch accepted in one append. */
  readonly maxBatch?: number
}

/** The evidence service; one log per lender organisation (log id = organisation id). */
export class EvidenceService {
  private readonly maxBatch: number

  /** Takes the log store, the content store and the settings. */
  constructor(
    private readonly store: EvidenceStore,
    private readonly content: EvidenceContentStore,
    private readonly opts: EvidenceServiceOptions,
  ) {
    this.maxBatch = opts.maxBatch ?? 10_000
  }

  /** The log's public verifier key (C2SP note verifier key). */
  get verifierKey(): string {
    return formatVerifierKey(this.opts.signer)
  }

  /** The origin line of an organisation's log. */
  originOf(orgId: string): string {
    return `${this.opts.originBase}/${orgId}`
  }

  private now(): string {
    return this.opts.clock.now().toISOString()
  }

  private async log(orgId: string, create = false): Promise<StoredLog> {
    const found = await this.store.getLog(orgId)
    if (found) return found
    if (!create) throw new NotFoundError('evidence log')
    const origin = this.originOf(orgId)
    return this.store.ensureLog({ id: orgId, orgId, origin, emptyRoot: EMPTY_ROOT }, this.now())
  }

  // Appends only need the log to exist: remember that, saving a read per batch.
  private readonly known = new Set<string>()
  private async logForAppend(orgId: string): Promise<string> {
    if (!this.known.has(orgId)) {
      await this.log(orgId, true)
      this.known.add(orgId)
    }
    return orgId
  }

  /** Appends valid entries (contacts or complaint events) atomically and returns their indices. */
  async append(orgId: string, entries: readonly EvidenceEntry[]): Promise<number[]> {
    return (
      await this.appendItems(
        orgId,
        entries.map((entry) => ({ entry })),
      )
    ).indices
  }

  /** Validates every item first (nothing is written if one is bad), stores content, appends, signs. */
  async appendItems(orgId: string, items: readonly AppendItem[]): Promise<AppendOutcome> {
    if (items.length === 0 || items.length > this.maxBatch) {
      throw new ValidationError(`a batch holds 1 to ${this.maxBatch} entries, got ${items.length}`)
    }
    const issues: FieldIssue[] = []
    const parsed = items.map((item, i) => {
      const res = parseEvidenceEntry(item.entry)
      if (!res.ok) {
        issues.push(
          ...res.error.details.map((d) => ({
            path: ['items', i, 'entry', ...d.path],
            message: d.message,
          })),
        )
        return undefined
      }
      if (item.content && entryContentHashes(res.value).length === 0) {
        issues.push({
          path: ['items', i, 'entry', contentField(res.value)],
          message: 'content given but the entry records no content hash',
        })
      }
      return res.value
    })
    if (issues.length > 0) {
      throw new EntryError(`invalid evidence entries: ${issues.length} problem(s)`, issues)
    }
    for (const [i, item] of items.entries()) {
      if (!item.content) continue
      const sha = await this.content.put(item.content)
      if (!entryContentHashes(parsed[i]).includes(sha)) {
        throw new ValidationError(`content does not match ${contentField(parsed[i]!)}`, [
          { path: ['items', i, 'content'], message: `content hashes to ${sha}` },
        ])
      }
    }
    const logId = await this.logForAppend(orgId)
    const rows = parsed.map((e) => ({
      contactId: entrySubject(e!),
      data: canonicalEntryJson(e!),
      contentSha256: 'content_sha256' in e! ? e.content_sha256 : e!.body_sha256,
    }))
    const res = await this.store.appendBatch(logId, rows, this.now(), (head) =>
      signCheckpoint(head, this.opts.signer),
    )
    return {
      indices: rows.map((_, i) => res.firstIndex + i),
      size: res.size,
      checkpoint: res.checkpoint!,
    }
  }

  private async signHead(log: StoredLog): Promise<StoredCheckpoint> {
    const note = signCheckpoint(
      { origin: log.origin, size: log.size, root: log.root },
      this.opts.signer,
    )
    await this.store.saveCheckpoint(log.id, log.size, log.root, note, this.now())
    return (await this.store.getCheckpoint(log.id, log.size))!
  }

  /** Returns the latest signed checkpoint, signing the head first if an append's signing was lost. */
  async checkpoint(
    orgId: string,
  ): Promise<StoredCheckpoint & { origin: string; cosignatures: string[] }> {
    const log = await this.log(orgId)
    let cp = await this.store.getCheckpoint(log.id)
    if (!cp || cp.size < log.size) cp = await this.signHead(log)
    return {
      ...cp,
      origin: log.origin,
      cosignatures: await this.store.getCosignatures(log.id, cp.size),
    }
  }

  /** Returns an entry (parsed JSON) by index. */
  async entry(
    orgId: string,
    index: number,
  ): Promise<{ index: number; entry: unknown; appendedAt: string }> {
    const log = await this.log(orgId)
    const e =
      Number.isSafeInteger(index) && index >= 0
        ? await this.store.getEntry(log.id, index)
        : undefined
    if (!e) throw new NotFoundError('evidence entry')
    return { index: e.index, entry: JSON.parse(e.data) as unknown, appendedAt: e.appendedAt }
  }

  /** Returns the contact entries recorded for a contact id. */
  async findByContact(
    orgId: string,
    contactId: string,
  ): Promise<{ index: number; entry: unknown }[]> {
    return this.findBySubject(orgId, contactId, ENTRY_SCHEMA_V1)
  }

  /** Returns the complaint-event entries recorded for a complaint, in log order. */
  async findByComplaint(
    orgId: string,
    complaintId: string,
  ): Promise<{ index: number; entry: unknown }[]> {
    return this.findBySubject(orgId, complaintSubject(complaintId), COMPLAINT_EVENT_SCHEMA_V1)
  }

  private async findBySubject(
    orgId: string,
    subject: string,
    schema: string,
  ): Promise<{ index: number; entry: unknown }[]> {
    const log = await this.log(orgId)
    return (await this.store.findByContact(log.id, subject))
      .map((e) => ({ index: e.index, entry: JSON.parse(e.data) as { schema?: unknown } }))
      .filter((e) => e.entry.schema === schema)
  }

  private async prove(logId: string, plan: ProofPlan): Promise<string[]> {
    const nodes = await this.store.getNodes(logId, planNodes(plan))
    return assembleProof(plan, (n) => nodes.get(nodeKey(n))!).map(encodeBase64)
  }

  private checkSize(log: StoredLog, size: number): void {
    if (!Number.isSafeInteger(size) || size < 1 || size > log.size) {
      throw new ValidationError(`size must be between 1 and the log size ${log.size}`, [
        { path: ['size'], message: `got ${size}` },
      ])
    }
  }

  /** Returns the inclusion proof of entry `index` in the tree of `size` (default: latest checkpoint). */
  async inclusionProof(
    orgId: string,
    index: number,
    size?: number,
  ): Promise<{ index: number; size: number; proof: string[] }> {
    const log = await this.log(orgId)
    const at = size ?? (await this.checkpoint(orgId)).size
    this.checkSize(log, at)
    if (!Number.isSafeInteger(index) || index < 0 || index >= at) {
      throw new ValidationError(`index must be below size ${at}`, [
        { path: ['index'], message: `got ${index}` },
      ])
    }
    return { index, size: at, proof: await this.prove(log.id, inclusionPlan(index, at)) }
  }

  /** Returns the consistency proof between two sizes (1 ≤ first ≤ second ≤ log size). */
  async consistencyProof(orgId: string, first: number, second: number): Promise<string[]> {
    const log = await this.log(orgId)
    this.checkSize(log, second)
    if (!Number.isSafeInteger(first) || first < 1 || first > second) {
      throw new ValidationError('first must be between 1 and second', [
        { path: ['first'], message: `got ${first}` },
      ])
    }
    return this.prove(log.id, consistencyPlan(first, second))
  }

  /** Builds the receipt of entry `index` against the latest signed checkpoint and its cosignatures. */
  async receipt(orgId: string, index: number): Promise<Receipt> {
    const cp = await this.checkpoint(orgId)
    const { entry } = await this.entry(orgId, index)
    const { proof } = await this.inclusionProof(orgId, index, cp.size)
    return buildReceipt({
      origin: cp.origin,
      index,
      size: cp.size,
      entry,
      proof: proof.map((p) => Buffer.from(p, 'base64')),
      checkpoint: cp.note,
      cosignatures: cp.cosignatures,
    })
  }

  /** Accepts a witness cosignature line for the checkpoint of `size` if a configured witness key verifies it. */
  async addCosignature(orgId: string, size: number, line: string): Promise<{ witness: string }> {
    const log = await this.log(orgId)
    const cp = await this.store.getCheckpoint(log.id, size)
    if (!cp) throw new NotFoundError('checkpoint')
    const body = formatCheckpoint({ origin: log.origin, size: cp.size, root: cp.root })
    for (const key of this.opts.witnessKeys ?? []) {
      if (verifyCosignature(body, line, key).ok) {
        await this.store.addCosignature(log.id, size, key.name, line, this.now())
        return { witness: key.name }
      }
    }
    throw new ValidationError('the cosignature does not verify with any configured witness key', [
      { path: ['cosignature'], message: 'unknown witness or bad signature' },
    ])
  }
}

const contentField = (e: EvidenceEntry): string =>
  e.schema === ENTRY_SCHEMA_V1 ? 'content_sha256' : 'evidence_sha256'
