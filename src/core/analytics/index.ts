/**
 * @module analytics: the report's pipeline (REPORT.md §2) as pure, streaming stages, and the
 * aggregates of the statistics report.
 */
export * from './complaint-record.ts'
