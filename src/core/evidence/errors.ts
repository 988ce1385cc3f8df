/**
 * The evidence domain's error catalogue: every refusal or failed verification is one of these.
 */
import { DomainError, type FieldIssue } from '../shared/index.ts'

/** Why a proof did not verify: a stable reason a caller can branch on. */
export type ProofFailure =
  'bad_size' | 'index_out_of_range' | 'bad_hash_length' | 'wrong_proof_size' | 'root_mismatch'

/** An inclusion or consistency proof was refused; `reason` says which check failed. */
export class ProofError extends DomainError {
  readonly reason: ProofFailure

  constructor(reason: ProofFailure, message: string, details: readonly FieldIssue[] = []) {
    super('EVIDENCE_PROOF_INVALID', message, details)
    this.reason = reason
  }
}

/** A signed note, checkpoint, key or cosignature text is malformed. */
export class NoteFormatError extends DomainError {
  constructor(message: string, details: readonly FieldIssue[] = []) {
    super('EVIDENCE_NOTE_MALFORMED', message, details)
  }
}

/** A signature did not verify with the given key, or no signature by that key is present. */
export class SignatureError extends DomainError {
  constructor(message: string) {
    super('EVIDENCE_SIGNATURE_INVALID', message)
  }
}

/** An evidence entry does not follow its schema (or holds what looks like plaintext personal data). */
export class EntryError extends DomainError {
  constructor(message: string, details: readonly FieldIssue[] = []) {
    super('EVIDENCE_ENTRY_INVALID', message, details)
  }
}

/** The part of a receipt that failed verification. */
export type ReceiptPart =
  'format' | 'content' | 'entry' | 'proof' | 'checkpoint' | 'signature' | 'cosignature'

/** A receipt did not verify; `part` names what did not match. */
export class ReceiptError extends DomainError {
  readonly part: ReceiptPart

  constructor(part: ReceiptPart, message: string, options?: ErrorOptions) {
    super('EVIDENCE_RECEIPT_INVALID', `${part}: ${message}`, [{ path: [part], message }], options)
    this.part = part
  }
}
