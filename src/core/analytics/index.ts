/**
 * @module analytics: the report's pipeline (REPORT.md §2) as pure, streaming stages, and the
 * aggregates of the statistics report (DESIGN.md "Statistics report JSON").
 */
export * from './accumulator.ts'
export * from './analysis-totals.ts'
export * from './complaint-record.ts'
export * from './duplicate-stage.ts'
export * from './facts.ts'
export * from './filters.ts'
export * from './month.ts'
export * from './pipeline.ts'
export * from './statistics.ts'
export * from './statistics-report.ts'
export * from './wilson.ts'
export * from './compact-near-index.ts'
export * from './retire-templates.ts'
