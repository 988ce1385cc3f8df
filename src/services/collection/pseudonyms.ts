import { createHmac } from 'node:crypto'

/**
 * Keyed pseudonyms for the evidence log: lower-case hex HMAC-SHA256 with a short kind prefix
 * (`dr_` debtor, `cp_` counterparty, `co_` collector, `tel_` number), never plaintext.
 */
export class Pseudonymizer {
  constructor(private readonly key: Uint8Array) {}

  /** The pseudonym of an id of a kind within one organisation. */
  of(kind: 'dr' | 'cp' | 'co' | 'tel', orgId: string, id: string): string {
    return `${kind}_${createHmac('sha256', this.key).update(`${kind}:${orgId}:${id}`).digest('hex').slice(0, 32)}`
  }
}
