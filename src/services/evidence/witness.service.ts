/**
 * A witness run by another organisation (complaint platform, mediator): it cosigns a log's
 * checkpoint only after checking it is consistent with the last checkpoint it cosigned.
 */
import {
  checkWitnessUpdate,
  cosignCheckpoint,
  decodeBase64,
  openCheckpoint,
  type NoteSigner,
  type VerifierKey,
} from '../../core/evidence/index.ts'
import { ValidationError } from '../../core/shared/index.ts'
import type { Clock } from '../ports.ts'
import type { EvidenceStore } from './ports.ts'

/** Cosigns checkpoints of logs it trusts the keys of, remembering the last head per origin. */
export class WitnessService {
  /** Takes the store (for witness heads), the witness key (type 0x04) and a clock. */
  constructor(
    private readonly store: Pick<EvidenceStore, 'getWitnessHead' | 'putWitnessHead'>,
    private readonly signer: NoteSigner,
    private readonly clock: Clock,
  ) {}

  /**
   * Verifies the log's signature on `note`, checks consistency with the last cosigned head via
   * `proof` (base64 hashes), records the new head and returns the cosignature line.
   */
  async cosign(note: string, logKey: VerifierKey, proof: readonly string[]): Promise<string> {
    const opened = openCheckpoint(note, logKey)
    if (!opened.ok) {
      throw new ValidationError(`checkpoint refused: ${opened.error.message}`, [
        { path: ['checkpoint'], message: opened.error.message },
      ])
    }
    const cp = opened.value.checkpoint
    const hashes = proof.map((p) => decodeBase64(p))
    if (hashes.some((h) => !h)) {
      throw new ValidationError('proof hashes must be canonical base64', [
        { path: ['proof'], message: 'bad base64' },
      ])
    }
    const last = await this.store.getWitnessHead(this.signer.name, cp.origin)
    const previous = last && { origin: cp.origin, size: last.size, root: last.root }
    const check = checkWitnessUpdate(previous, cp, hashes as Buffer[])
    if (!check.ok) {
      throw new ValidationError(
        `not consistent with the last cosigned checkpoint: ${check.error.message}`,
        [{ path: ['proof'], message: check.error.message }],
      )
    }
    const now = this.clock.now()
    const line = cosignCheckpoint(
      opened.value.note.text,
      this.signer,
      Math.floor(now.getTime() / 1000),
    )
    if (!last || cp.size > last.size) {
      await this.store.putWitnessHead(
        this.signer.name,
        cp.origin,
        cp.size,
        cp.root,
        now.toISOString(),
      )
    }
    return line
  }
}
