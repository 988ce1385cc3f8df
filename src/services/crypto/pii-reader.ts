/**
 * Reading personal data: decrypts a field and records who read which field of whom, and why,
 * in `pii_access_log`. Services that show personal data in clear go through here.
 */
import type { IdentityRepository } from '../../storage/identity.repository.ts'
import { newId, type Actor, type Clock } from '../ports.ts'
import type { FieldCrypto } from './field-crypto.ts'

/** A personal field to reveal: the subject it belongs to, the field name and its ciphertext. */
export interface PersonalField {
  readonly subjectType: string
  readonly subjectId: string
  readonly field: string
  readonly ciphertext: string
  /** The encryption context the value was written with (e.g. `debtors.phone`). */
  readonly context: string
}

/** Decrypts personal fields for an actor and audits every read. */
export class PiiReader {
  constructor(
    private readonly crypto: FieldCrypto,
    private readonly repo: IdentityRepository,
    private readonly clock: Clock,
  ) {}

  /** Decrypts one field and records the read before returning it. */
  async reveal(actor: Actor, f: PersonalField, purpose: string): Promise<string> {
    const value = this.crypto.decrypt(f.ciphertext, f.context)
    await this.repo.recordPiiAccess({
      id: newId(),
      org_id: actor.orgId,
      user_id: actor.userId,
      subject_type: f.subjectType,
      subject_id: f.subjectId,
      field: f.field,
      purpose,
      at: this.clock.now().toISOString(),
    })
    return value
  }
}
