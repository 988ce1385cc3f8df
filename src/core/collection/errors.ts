import { DomainError } from '../shared/index.ts'
import type { FieldIssue } from '../shared/index.ts'

/** A collection strategy is invalid (overlapping stages, an unapproved script). */
export class StrategyValidationError extends DomainError {
  constructor(details: readonly FieldIssue[]) {
    super(
      'STRATEGY_INVALID',
      `invalid collection strategy: ${details.map((d) => `${d.path.join('.')}: ${d.message}`).join('; ')}`,
      details,
    )
  }
}

/** A task cannot be assigned: the collectors are untrained, overdue, or too few for a visit. */
export class AssignmentRefusedError extends DomainError {
  constructor(message: string, details: readonly FieldIssue[] = []) {
    super('ASSIGNMENT_REFUSED', message, details)
  }
}

/** A debtor request is malformed (unknown kind or option, missing reason). */
export class DebtorRequestError extends DomainError {
  constructor(details: readonly FieldIssue[]) {
    super('DEBTOR_REQUEST_INVALID', 'invalid debtor request', details)
  }
}

/** A contact was to be recorded as performed without a gate ticket: it cannot be. */
export class ContactNotGatedError extends DomainError {
  constructor(ticketId: string) {
    super(
      'CONTACT_NOT_GATED',
      `no gate decision ${ticketId}: a contact that was not gated cannot be performed or recorded`,
      [{ path: ['ticketId'], message: '未经合规闸门审核的联系不能执行或记录' }],
    )
  }
}

/** The gate denied (or held for review) the contact; it names the rules and clauses. */
export class ContactDeniedError extends DomainError {
  constructor(
    decision: string,
    rules: readonly { readonly id: string; readonly clause: string; readonly message: string }[],
  ) {
    super(
      'CONTACT_DENIED',
      `the gate answered ${decision}: ${rules.map((r) => `${r.id} (${r.clause})`).join('; ')}`,
      rules.map((r) => ({ path: ['rules', r.id], message: r.message })),
    )
  }
}

/** A gate ticket performs one contact; this one was already used. */
export class TicketUsedError extends DomainError {
  constructor(ticketId: string) {
    super('TICKET_ALREADY_USED', `gate decision ${ticketId} was already used for a contact`)
  }
}
