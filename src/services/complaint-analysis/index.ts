/**
 * @module complaint-analysis: streaming `analyse` over JSONL, CSV and XLSX complaint files, with
 * worker threads for the per-complaint analysis and one growing near-duplicate index.
 */
export * from './analyse-stream.ts'
export * from './analyse-batch.ts'
export * from './jsonl-lines.ts'
export * from './raw-lines.ts'
export * from './packed-batch.ts'
export * from './record-check.ts'
export * from './index-file.ts'
