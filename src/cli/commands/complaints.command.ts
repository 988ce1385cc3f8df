// `gongdao complaints analyse|clusters` and `gongdao generate complaints`: complaint text
// analysis (DESIGN.md “Analysis of one complaint”), template clusters, synthetic complaints.
import { createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { pipeline } from 'node:stream/promises'
import { dirname, join } from 'node:path'
import cliProgress from 'cli-progress'
import type { Command } from 'commander'
import type { NearDuplicateIndex } from '../../core/complaints/index.ts'
import { generateComplaints, summarizeClusters } from '../../core/complaints/index.ts'
import {
  analyseStream,
  loadIndexFile,
  saveIndexFile,
} from '../../services/complaint-analysis/index.ts'
import { readConfig } from '../../compose.ts'
import type { ColumnMapping } from '../../services/files/index.ts'
import { BUILTIN_MAPPINGS, loadMapping } from '../../services/files/index.ts'
import { CliError } from '../context.ts'
import { clusterSharedTexts, printClusters } from './cluster-texts.ts'
import { registerSimilar } from './complaints-similar.ts'
import { openOutput, similarityThreshold, wholeNumber } from './complaints-flags.ts'
import { openComplaintInput } from './complaints-input.ts'

interface AnalyseFlags {
  in?: string
  out?: string
  workers?: string
  /** The index file; `false` with --no-index (nothing loaded or saved). */
  index?: string | false
  threshold: string
  maxErrors: string
  mapping?: string
  progress: boolean
}

// `analyse` keeps the near-duplicate index under the data directory unless told otherwise, so
// that each run matches complaints against every earlier one; `clusters` shows the clusters of
// its input alone unless given --index.
function indexFile(flag: string | false | undefined, clustersOnly: boolean): string | undefined {
  if (flag === false || (clustersOnly && flag === undefined)) return undefined
  return flag ?? join(readConfig(process.env).dataDir, 'complaints', 'near-duplicates.idx')
}

async function mappingOf(nameOrPath: string): Promise<ColumnMapping> {
  try {
    return await loadMapping(nameOrPath)
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    const why =
      err.code === 'ENOENT'
        ? `neither a built-in mapping (${Object.keys(BUILTIN_MAPPINGS).join(', ')}) nor a file`
        : err.message
    throw new CliError(`--mapping ${nameOrPath}: ${why}`)
  }
}

async function loadIndex(path: string | undefined, t: number): Promise<NearDuplicateIndex> {
  try {
    return await loadIndexFile(path, { threshold: t })
  } catch (e) {
    throw new CliError(`--index ${path ?? ''}: ${(e as Error).message}`)
  }
}

type ClustersOnly = { minSize: number; top: number; json: boolean }

// `clusters` reads its input twice (the second pass collects the members' shared text), so
// standard input is first copied to a temporary file, removed when the command ends.
async function analyse(flags: AnalyseFlags, clustersOnly: ClustersOnly | null): Promise<void> {
  if (clustersOnly === null || (flags.in !== undefined && flags.in !== '-')) {
    return analyseInput(flags, clustersOnly)
  }
  const dir = await mkdtemp(join(tmpdir(), 'gongdao-clusters-'))
  try {
    const copy = join(dir, 'stdin.jsonl')
    await pipeline(process.stdin, createWriteStream(copy))
    await analyseInput({ ...flags, in: copy }, clustersOnly)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function analyseInput(flags: AnalyseFlags, clustersOnly: ClustersOnly | null): Promise<void> {
  const t = similarityThreshold(flags.threshold)
  const max = wholeNumber('--max-errors', flags.maxErrors)
  const workers =
    flags.workers !== undefined
      ? wholeNumber('--workers', flags.workers)
      : Math.max(0, Math.min(availableParallelism(), 4))
  const mapping = flags.mapping !== undefined ? await mappingOf(flags.mapping) : undefined
  const input = openComplaintInput(flags.in, mapping !== undefined ? { mapping } : {})
  const indexPath = indexFile(flags.index, clustersOnly !== null)
  const index = await loadIndex(indexPath, t)
  const out = clustersOnly === null ? await openOutput(flags.out) : null
  const bar =
    flags.progress && process.stderr.isTTY && input.totalBytes !== null
      ? new cliProgress.SingleBar(
          { stream: process.stderr, format: '{bar} {percentage}% | {lines} lines | {eta}s' },
          cliProgress.Presets.shades_classic,
        )
      : null
  bar?.start(input.totalBytes ?? 0, 0, { lines: 0 })
  let result
  try {
    result = await analyseStream(input.batches, out?.write ?? (() => undefined), {
      workers,
      index,
      ...(out !== null ? { writeBytes: out.write } : {}),
      onProgress: (lines) => bar?.update(input.bytesRead(), { lines }),
      signOnly: clustersOnly !== null,
    })
  } catch (e) {
    await out?.abort()
    throw e
  } finally {
    bar?.stop()
  }
  await out?.close()
  if (indexPath !== undefined) {
    await mkdir(dirname(indexPath), { recursive: true })
    await saveIndexFile(indexPath, result.index)
  }
  if (clustersOnly !== null) {
    const clusters = summarizeClusters(result.index, clustersOnly.minSize).slice(
      0,
      clustersOnly.top,
    )
    // The shared text needs the members' texts again: a second pass over the file.
    const shared =
      flags.in !== undefined && flags.in !== '-'
        ? await clusterSharedTexts(flags.in, clusters, mapping)
        : new Map<string, string>()
    printClusters(clusters, shared, { ...clustersOnly, threshold: t })
  }
  for (const n of input.notices()) console.error(`note: ${n}`)
  for (const e of result.errors.slice(0, max)) console.error(`line ${e.lineNo}: ${e.message}`)
  if (result.errors.length > max) console.error(`… and ${result.errors.length - max} more`)
  console.error(`${result.analysed} complaints analysed, ${result.errors.length} lines failed`)
  if (result.errors.length > 0) process.exitCode = 1
}

const EXIT_HELP = `
Bad lines (not JSON, invalid UTF-8, missing id, empty text, text over 100,000 characters) are
reported on stderr as "line N: why" and skipped; the rest of the file is still processed.
Exit status: 0 every line analysed, 1 some lines failed, 2 refused (bad flag, unreadable file).`

/** Registers `complaints analyse`, `complaints clusters` and `generate complaints`. */
export function register(program: Command): void {
  const complaints =
    program.commands.find((c) => c.name() === 'complaints') ??
    program.command('complaints').description('complaint desk and analysis')
  const common = (c: Command): Command =>
    c
      .option('--in <file>', 'complaints: .jsonl (or - for stdin), .csv or .xlsx', '-')
      .option(
        '--mapping <name or file>',
        `CSV/XLSX columns (${Object.keys(BUILTIN_MAPPINGS).join(', ')}, or a JSON file); default: DESIGN.md names, then 黑猫投诉 headers`,
      )
      .option('--workers <n>', 'analysis worker threads (0: none)')
      .option(
        '--index <file>',
        'near-duplicate index to load and grow (analyse: default <data dir>/complaints/near-duplicates.idx)',
      )
      .option('--no-index', 'neither load nor save a near-duplicate index')
      .option('--threshold <t>', 'template similarity threshold', '0.8')
      .option('--max-errors <n>', 'failed lines to print', '50')
      .option('--no-progress', 'no progress bar')
      .addHelpText('after', EXIT_HELP)
  common(
    complaints
      .command('analyse')
      .description('analyse complaints to JSONL (DESIGN.md “Analysis of one complaint”)'),
  )
    .option('--out <file>', 'output JSONL (- for stdout)', '-')
    .action((flags: AnalyseFlags) => analyse(flags, null))
  common(
    complaints.command('clusters').description('print the template clusters of a complaint file'),
  )
    .option('--min-size <n>', 'smallest cluster printed', '2')
    .option('--top <n>', 'clusters printed', '20')
    .option('--json', 'print JSON')
    .action((flags: AnalyseFlags & { minSize: string; top: string; json?: boolean }) =>
      analyse(flags, {
        minSize: wholeNumber('--min-size', flags.minSize, 1),
        top: wholeNumber('--top', flags.top, 1),
        json: flags.json === true,
      }),
    )
  registerSimilar(complaints, () => indexFile(undefined, false) ?? '')
  const generate =
    program.commands.find((c) => c.name() === 'generate') ??
    program.command('generate').description('generate synthetic data')
  generate
    .command('complaints')
    .description('write synthetic complaints (JSONL) with the report’s proportions')
    .requiredOption('--n <count>', 'how many')
    .option('--seed <n>', 'random seed', '1')
    .option('--out <file>', 'output JSONL (- for stdout)', '-')
    .option('--with-truth', 'add the generator’s labels as `_truth`')
    .action(async (flags: { n: string; seed: string; out: string; withTruth?: boolean }) => {
      const n = Number(flags.n)
      const seed = Number(flags.seed)
      if (!Number.isInteger(n) || n < 0) {
        throw new CliError(`--n must be a whole number, got ${flags.n}`)
      }
      if (!Number.isInteger(seed)) {
        throw new CliError(`--seed must be an integer, got ${flags.seed}`)
      }
      const out = await openOutput(flags.out)
      let chunk = ''
      for (const { record, truth } of generateComplaints({ n, seed })) {
        chunk +=
          JSON.stringify(flags.withTruth === true ? { ...record, _truth: truth } : record) + '\n'
        if (chunk.length > 1 << 16) {
          await out.write(chunk)
          chunk = ''
        }
      }
      await out.write(chunk)
      await out.close()
    })
}
