import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import {
  createPipeline,
  type ComplaintAnalyser,
  type ComplaintRecord,
  type Pipeline,
  type PipelineConfig,
  type StatisticsReport,
} from '../../core/analytics/index.ts'
import {
  createReadStats,
  detectFormat,
  readComplaintBatches,
  resolveColumns,
  withDefaults,
  type ColumnMapping,
  type FileFormat,
  type ReadStats,
} from '../files/index.ts'
import type { ComplaintAnalysisPort } from './complaint-analyser.ts'
import { externalSort } from './external-sort.ts'

/** Where the analysis is: reading (first pass), or re-reading into the sort, or merging. */
export interface AnalyseProgress {
  readonly phase: 'read' | 'sort' | 'merge'
  readonly bytesRead: number
  readonly totalBytes: number
  readonly records: number
  /** Progress in this phase's own unit (bytes while reading, records while merging), out of `total`. */
  readonly done: number
  readonly total: number
}

/** Options of {@link analyseComplaintFile}; all optional. */
export interface AnalyseFileOptions {
  readonly format?: FileFormat
  readonly mapping?: ColumnMapping
  readonly config?: Partial<PipelineConfig>
  /** Behaviours per complaint (the complaints module's analysis). */
  readonly analyser?: ComplaintAnalyser
  /** Builds the complaints module's analysis with templates; called once per pass (wins over `analyser`). */
  readonly analysis?: () => ComplaintAnalysisPort
  readonly onProgress?: (progress: AnalyseProgress) => void
  /** `auto` sorts on disk when the input is not in time order; `never` reports it instead. */
  readonly sort?: 'auto' | 'never'
  /** Records per sorted run of the external sort. */
  readonly runSize?: number
}

/** What the report says about its input file. */
export interface InputInfo {
  readonly file: string
  readonly format: FileFormat
  readonly bytes: number
  /** The legacy encoding lines were decoded with (e.g. gb18030), or null when all were UTF-8. */
  readonly legacy_encoding: string | null
  readonly legacy_lines: number
  readonly columns: readonly string[]
  readonly missing_fields: readonly string[]
  /** Whether the file was in time order; if not, it was sorted on disk (or, with `never`, not). */
  readonly time_sorted: boolean
}

/** The statistics report with a description of its input. */
export interface AnalysisReport extends StatisticsReport {
  readonly input: InputInfo
}

const NEEDED: Readonly<Record<string, string>> = {
  amount: 'no amount column: the 200,000-yuan cut could not be applied',
  created_at: 'no created_at column: every row is rejected',
  platform: 'no platform (respondent) column: every row is rejected',
  requests:
    'no requests column: the stop-harassment breakdown is empty and duplicates compare problems only',
}

async function* feed(
  path: string,
  options: AnalyseFileOptions,
  pipeline: Pipeline,
  stats: ReadStats,
  onFirst: () => void,
): AsyncGenerator<ComplaintRecord> {
  let first = true
  for await (const batch of readComplaintBatches(path, {
    format: options.format,
    mapping: options.mapping,
    stats,
  })) {
    if (first) {
      first = false
      onFirst()
    }
    for (const item of batch) {
      if (item.ok) yield item.record
      else pipeline.reject(item.row, item.issues)
    }
  }
  if (first) onFirst()
}

/**
 * Runs the report's pipeline over a complaint file (JSONL, CSV or XLSX) and returns the statistics
 * report. Streams: memory stays flat in the file size when the file is in time order. When it is
 * not, the first out-of-order record stops the pass and the file is sorted on disk (bounded
 * memory) and analysed again, unless `sort` is `never`.
 */
export async function analyseComplaintFile(
  path: string,
  options: AnalyseFileOptions = {},
): Promise<AnalysisReport> {
  const format = options.format ?? detectFormat(path)
  const totalBytes = (await stat(path)).size
  const mapping = withDefaults(options.mapping ?? {})
  const progress = options.onProgress ?? ((): void => {})
  const run = async (
    sorted: boolean,
  ): Promise<{ pipeline: Pipeline; stats: ReadStats; inOrder: boolean; missing: string[] }> => {
    const port = options.analysis?.()
    const pipeline = createPipeline(options.config, port?.analyser ?? options.analyser)
    const stats = createReadStats()
    let missing: string[] = []
    const onFirst = (): void => {
      missing = resolveColumns(mapping, stats.columns).missing
    }
    const records = feed(path, options, pipeline, stats, onFirst)
    let n = 0
    let last = -Infinity
    let spilled = 0
    const source = sorted
      ? externalSort(
          countRecords(records, (k) => {
            spilled = k
            progress({
              phase: 'sort',
              bytesRead: stats.bytesRead,
              totalBytes,
              records: k,
              done: stats.bytesRead,
              total: totalBytes,
            })
          }),
          options.runSize,
        )
      : records
    try {
      for await (const r of source) {
        if (!sorted && r.createdAt < last && options.sort !== 'never') {
          await records.return(undefined)
          return { pipeline, stats, inOrder: false, missing }
        }
        if (port !== undefined && (n & 65535) === 0) {
          pipeline.addTemplates(port.drainTemplates(false))
          if (port.liveTemplate !== undefined) pipeline.retireTemplates(port.liveTemplate)
        }
        last = Math.max(last, r.createdAt)
        pipeline.push(r)
        // Worker threads behind: wait for the oldest batch (bounded queue, flat memory).
        const wait = port?.ready?.()
        if (wait !== undefined && wait !== null) await wait
        if ((++n & 8191) === 0) {
          const done = sorted ? n : stats.bytesRead
          const total = sorted ? Math.max(n, spilled) : totalBytes
          progress({
            phase: sorted ? 'merge' : 'read',
            bytesRead: stats.bytesRead,
            totalBytes,
            records: n,
            done,
            total,
          })
        }
      }
      if (port?.settle !== undefined) pipeline.addAnalysis(await port.settle())
      if (port !== undefined) pipeline.addTemplates(port.drainTemplates(true))
      return { pipeline, stats, inOrder: !sorted, missing }
    } finally {
      await port?.close?.()
    }
  }
  let result = await run(false)
  const sortedOnDisk = !result.inOrder
  if (!result.inOrder && options.sort !== 'never') {
    result = await run(true)
    result.pipeline.warn(
      'the file was not in time order: it was sorted on disk before the 24-hour duplicate rule',
    )
  }
  const { pipeline, stats, missing } = result
  for (const f of missing) if (NEEDED[f] !== undefined) pipeline.warn(NEEDED[f])
  if (stats.legacyLines > 0) {
    pipeline.warn(
      `${stats.legacyLines} lines were not UTF-8 and were read as ${stats.legacyEncoding ?? 'GB18030'}`,
    )
  }
  const report = pipeline.finish()
  return {
    ...report,
    input: {
      file: basename(path),
      format,
      bytes: totalBytes,
      legacy_encoding: stats.legacyEncoding,
      legacy_lines: stats.legacyLines,
      columns: stats.columns,
      missing_fields: missing,
      time_sorted: !sortedOnDisk && report.duplicates.out_of_order === 0,
    },
  }
}

async function* countRecords(
  records: AsyncIterable<ComplaintRecord>,
  tick: (n: number) => void,
): AsyncGenerator<ComplaintRecord> {
  let n = 0
  for await (const r of records) {
    if ((++n & 8191) === 0) tick(n)
    yield r
  }
  tick(n)
}
