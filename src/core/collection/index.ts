/**
 * @module collection: strategies as data, the daily planner in front of the gate, agencies,
 * collectors, refusals and debtor requests (the `plan` step of DESIGN.md's contact flow).
 */
export * from './errors.ts'
export * from './strategy.ts'
export * from './portfolio.ts'
export * from './refusal.ts'
export * from './planner.ts'
export * from './agency.ts'
export * from './collector.ts'
export * from './debtor-request.ts'
export * from './local-instant.ts'
export * from './lender-policy.ts'
export * from './import-row.ts'
