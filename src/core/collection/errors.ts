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
