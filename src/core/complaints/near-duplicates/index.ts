/**
 * @module complaints/near-duplicates: MinHash over character shingles, LSH banding, an
 * incremental persistable index with template clusters and their summaries.
 */
export * from './minhash.ts'
export * from './near-duplicate-index.ts'
export * from './bucket-table.ts'
export * from './persist.ts'
export * from './clusters.ts'
