import type {
  AgreedWindow,
  Channel,
  ContactSource,
  DebtorStatus,
  PartyRole,
} from '../compliance/index.ts'

/** The kind of a contact point: a phone number, an e-mail address or a postal address. */
export type ContactPointKind = 'phone' | 'email' | 'address'

/** One way to reach a counterparty, with the lawful source it came from (C-3). */
export interface ContactPoint {
  readonly id: string
  readonly kind: ContactPointKind
  /** What goes into the contact record's `to`: a pseudonym of the number or address. */
  readonly ref: string
  readonly source: ContactSource
  readonly doNotContact: boolean
}

/** A person related to a debt: the debtor, a guarantor or a contact person (联系人). */
export interface PortfolioCounterparty {
  readonly id: string
  readonly role: PartyRole
  readonly points: readonly ContactPoint[]
}

/** What the planner needs about one debt on the planning day (no plaintext personal data). */
export interface PlanDebtor {
  readonly debtorId: string
  readonly debtId: string
  readonly productId: string
  readonly status: DebtorStatus
  /** Days past due on the planning day (from computeDelinquency). */
  readonly dpd: number
  readonly tz: string
  readonly counterparties: readonly PortfolioCounterparty[]
  readonly agencyId?: string
  readonly agreedWindow?: AgreedWindow
}

/** The contact point kind a channel needs. */
export function pointKindFor(channel: Channel): ContactPointKind {
  switch (channel) {
    case 'call':
    case 'ai_call':
    case 'sms':
      return 'phone'
    case 'email':
      return 'email'
    case 'letter':
    case 'visit':
      return 'address'
  }
}

/** The six lawful sources of a contact detail (C-3); `other` is not lawful. */
export function isLawfulSource(source: ContactSource): boolean {
  return source !== 'other'
}
