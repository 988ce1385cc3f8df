/**
 * @module shared: values every core domain uses (Result, DomainError).
 */
export * from './result.ts'
export * from './errors.ts'
export * from './mask.ts'
