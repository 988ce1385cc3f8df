/**
 * @module complaints services: the complaint desk (intake, review, decisions, the borrower's
 * side, lender transparency) over the complaint store port.
 */
export * from './ports.ts'
export * from './desk-deps.ts'
export * from './template-index.ts'
export * from './near-template-index.ts'
export * from './event-entry.ts'
export * from './intake.service.ts'
export * from './import.service.ts'
export * from './review.service.ts'
export * from './public.service.ts'
export * from './transparency.service.ts'
export * from './desk-settings.service.ts'
