/** One problem with an input: where (a path of field names and indices) and why. */
export interface FieldIssue {
  readonly path: readonly (string | number)[]
  readonly message: string
}

/**
 * The base of every domain error. `code` is a stable string-literal identifier that only
 * `server/error-handler.ts` maps to an HTTP status; `details` carries field-level issues.
 */
export class DomainError extends Error {
  readonly code: string
  readonly details: readonly FieldIssue[]

  constructor(
    code: string,
    message: string,
    details: readonly FieldIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = new.target.name
    this.code = code
    this.details = details
  }
}

/** The input is malformed: a field is missing, of the wrong type, or out of range. */
export class ValidationError extends DomainError {
  constructor(message: string, details: readonly FieldIssue[] = [], options?: ErrorOptions) {
    super('VALIDATION_FAILED', message, details, options)
  }
}

/**
 * The thing does not exist, or the caller may not see it: one shape and one message for both,
 * so an answer never tells whether another organisation's id exists. `what` is kept for logs.
 */
export class NotFoundError extends DomainError {
  readonly what: string
  constructor(what = 'resource') {
    super('NOT_FOUND', 'not found or no access')
    this.what = what
  }
}

/** The request conflicts with the current state (a duplicate, a wrong state transition). */
export class ConflictError extends DomainError {
  constructor(message: string, details: readonly FieldIssue[] = []) {
    super('CONFLICT', message, details)
  }
}

/** The caller is known but the role does not allow the action. Answered like not-found. */
export class ForbiddenError extends DomainError {
  constructor(message = 'not found or no access') {
    super('FORBIDDEN', message)
  }
}
