import { ValidationError } from '../shared/index.ts'
import type { FieldIssue } from '../shared/index.ts'

/** A policy pack or lender extension failed validation; it must never be activated. */
export class PolicyValidationError extends ValidationError {
  constructor(details: readonly FieldIssue[]) {
    super(`invalid policy: ${describeIssues(details)}`, details)
  }
}

/** A contact record failed validation (unknown channel or role, time without zone, …). */
export class ContactValidationError extends ValidationError {
  constructor(details: readonly FieldIssue[]) {
    super(`invalid contact: ${describeIssues(details)}`, details)
  }
}

/** Joins issues as `path: message; …` so the error names every field at fault. */
export function describeIssues(details: readonly FieldIssue[]): string {
  return details.map((d) => `${d.path.join('.') || '(root)'}: ${d.message}`).join('; ')
}
