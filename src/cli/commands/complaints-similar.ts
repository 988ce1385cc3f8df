// `gongdao complaints similar`: which earlier complaints of the saved near-duplicate index a
// complaint is close to, without adding it; the query's own time is printed beside the answer.
import { existsSync } from 'node:fs'
import type { Command } from 'commander'
import type { NearDuplicateIndex } from '../../core/complaints/index.ts'
import { maskPersonalData } from '../../core/complaints/index.ts'
import type { AnalysableRecord } from '../../services/complaint-analysis/index.ts'
import { loadIndexFile } from '../../services/complaint-analysis/index.ts'
import { CliError } from '../context.ts'
import { similarityThreshold, wholeNumber } from './complaints-flags.ts'
import { openComplaintInput, readRecords } from './complaints-input.ts'

interface SimilarFlags {
  index: string
  in?: string
  text?: string
  threshold: string
  limit: string
  json?: boolean
}

/** One earlier complaint a query is close to: its id, similarity, cluster, platform and time. */
export interface SimilarMatch {
  readonly id: string
  readonly similarity: number
  readonly cluster: string
  readonly platform: string
  readonly created_at: string | null
}

/** Queries the index with a record's masked text: its matches, best first, and the time taken. */
export function similarTo(
  index: NearDuplicateIndex,
  record: Pick<AnalysableRecord, 'text'>,
  threshold: number,
  limit: number,
): { matches: SimilarMatch[]; ms: number } {
  const t0 = performance.now()
  const found = index.query(index.signature(maskPersonalData(record.text).text), threshold, limit)
  const ms = performance.now() - t0
  const matches = found.map((m) => {
    const at = index.createdAt[m.index] ?? Number.NaN
    return {
      id: m.id,
      similarity: m.similarity,
      cluster: index.ids[index.find(m.index)] ?? m.id,
      platform: index.platforms[m.index] ?? '',
      created_at: Number.isNaN(at) ? null : new Date(at).toISOString(),
    }
  })
  return { matches, ms }
}

async function* queries(flags: SimilarFlags): AsyncGenerator<{ label: string; text?: string }> {
  if (flags.text !== undefined) {
    yield { label: '--text', text: flags.text }
    return
  }
  for await (const item of readRecords(openComplaintInput(flags.in))) {
    if ('record' in item) yield { label: item.record.id, text: item.record.text }
    else yield { label: `line ${item.lineNo}: ${item.error}` }
  }
}

async function similar(flags: SimilarFlags, defaultIndex: string): Promise<void> {
  const threshold = similarityThreshold(flags.threshold)
  const limit = wholeNumber('--limit', flags.limit, 1)
  const path = flags.index ?? defaultIndex
  if (!existsSync(path)) {
    throw new CliError(`no index at ${path}: run gongdao complaints analyse first, or pass --index`)
  }
  let index: NearDuplicateIndex
  try {
    index = await loadIndexFile(path, {})
  } catch (e) {
    throw new CliError(`--index ${path}: ${(e as Error).message}`)
  }
  let failed = 0
  for await (const q of queries(flags)) {
    if (q.text === undefined) {
      console.error(q.label)
      failed++
      continue
    }
    const { matches, ms } = similarTo(index, { text: q.text }, threshold, limit)
    if (flags.json === true) {
      console.log(JSON.stringify({ query: q.label, ms: Number(ms.toFixed(3)), matches }))
      continue
    }
    console.log(
      `${q.label}: ${matches.length} earlier complaints at similarity ≥ ${threshold} of ${index.size} indexed (query ${ms.toFixed(2)} ms)`,
    )
    for (const m of matches) {
      const day = m.created_at?.slice(0, 10) ?? '?'
      console.log(
        `  ${m.id}  ${m.similarity.toFixed(2)}  cluster ${m.cluster}  ${m.platform}  ${day}`,
      )
    }
  }
  if (failed > 0) process.exitCode = 1
}

/** Registers `complaints similar` under the given `complaints` command. */
export function registerSimilar(complaints: Command, defaultIndex: () => string): void {
  complaints
    .command('similar')
    .description('which earlier complaints of the saved template index a complaint is close to')
    .option('--index <file>', 'the index (default <data dir>/complaints/near-duplicates.idx)')
    .option('--text <text>', 'a complaint text to look up')
    .option('--in <file>', 'complaints to look up: .jsonl (or - for stdin), .csv or .xlsx', '-')
    .option('--threshold <t>', 'smallest similarity reported', '0.8')
    .option('--limit <n>', 'most matches listed per complaint', '10')
    .option('--json', 'one JSON object per complaint')
    .addHelpText(
      'after',
      '\nThe complaints looked up are not added to the index. A match is a signal for a reviewer,\n' +
        'never a rejection by itself. Exit status: 1 if any input line failed, 2 if refused.',
    )
    .action((flags: SimilarFlags) => similar(flags, defaultIndex()))
}
