// `gongdao analyse <file>`: the report's pipeline over a complaint file, to HTML and JSON.
import { writeFile } from 'node:fs/promises'
import cliProgress from 'cli-progress'
import type { Command } from 'commander'
import {
  DEFAULT_AMOUNT_OPTIONS,
  DEFAULT_DUPLICATE_OPTIONS,
  DEFAULT_FACT_OPTIONS,
  DEFAULT_FINANCIAL_OPTIONS,
  type DuplicateKeyMode,
  type PipelineConfig,
} from '../../core/analytics/index.ts'
import {
  analyseComplaintFile,
  type AnalyseProgress,
} from '../../services/analytics/analyse-file.service.ts'
import {
  createComplaintAnalysis,
  type ComplaintAnalysisOptions,
} from '../../services/analytics/complaint-analyser.ts'
import {
  createParallelComplaintAnalysis,
  defaultWorkers,
} from '../../services/analytics/parallel-analysis.ts'
import { renderReportHtml } from '../../services/analytics/report-html.ts'
import { loadMapping, parseDate, type FileFormat } from '../../services/files/index.ts'
import { CliError } from '../context.ts'

/** The flags of `gongdao analyse`, as commander parses them. */
export interface AnalyseFlags {
  out: string
  json?: string
  from?: string
  to?: string
  lang: string
  mapping?: string
  format?: string
  dedupe: string
  financial: string
  maxAmount: string
  top: string
  sort: boolean
  behaviors: boolean
  templates: boolean
  templatesPerMonth?: boolean
  sample: string
  workers?: string
  templateBits: string
  progress: boolean
}

const DAY = 86_400_000

/** The text-analysis options the flags ask for; refuses a --template-bits other than 32 or 16. */
export function analysisOptionsOf(
  flags: Pick<AnalyseFlags, 'behaviors' | 'templates' | 'templatesPerMonth' | 'templateBits'>,
): ComplaintAnalysisOptions {
  const templateBits = Number(flags.templateBits)
  if (templateBits !== 16 && templateBits !== 32) {
    throw new CliError(
      '--template-bits must be 32 (exact) or 16 (half the memory, see docs/analytics.md)',
    )
  }
  return {
    behaviors: flags.behaviors,
    templates: flags.templates,
    spanMonths: flags.templatesPerMonth !== true,
    templateBits,
  }
}

/** Parses a --from/--to value; a bare date in --to includes that whole day. */
function boundary(flag: string, value: string, endOfDay: boolean): number {
  const d = parseDate(value)
  if (!d.ok) throw new CliError(`--${flag} ${value}: ${d.message} (use 2025-01-01 or an ISO time)`)
  return endOfDay && /^\d{4}\D\d{1,2}\D\d{1,2}$/.test(value.trim()) ? d.ms + DAY : d.ms
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(`--${flag} must be one of ${allowed.join(', ')}`)
  }
  return value as T
}

function progressBar(enabled: boolean): { update: (p: AnalyseProgress) => void; stop: () => void } {
  if (!enabled || process.stderr.isTTY !== true) return { update: () => {}, stop: () => {} }
  const bar = new cliProgress.SingleBar(
    {
      format: ' {bar} {percentage}% | {phase} | {records} records | ETA {eta_formatted}',
      stream: process.stderr,
      etaBuffer: 50,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  )
  let started = false
  let phase = ''
  return {
    update: (p) => {
      if (!started || p.phase !== phase) {
        if (started) bar.stop()
        bar.start(p.total, 0, { phase: p.phase, records: 0 })
        started = true
        phase = p.phase
      }
      bar.setTotal(p.total)
      bar.update(p.done, { phase: p.phase, records: p.records })
    },
    stop: () => {
      if (started) bar.stop()
    },
  }
}

async function run(file: string, flags: AnalyseFlags): Promise<void> {
  const lang = oneOf('lang', flags.lang, ['zh', 'en'] as const)
  const config: Partial<PipelineConfig> = {
    period: {
      ...(flags.from !== undefined && { from: boundary('from', flags.from, false) }),
      ...(flags.to !== undefined && { to: boundary('to', flags.to, true) }),
    },
    duplicate: {
      ...DEFAULT_DUPLICATE_OPTIONS,
      mode: oneOf<DuplicateKeyMode>('dedupe', flags.dedupe, [
        'complainant',
        'complainant_and_respondent',
        'text',
      ]),
    },
    financial: {
      ...DEFAULT_FINANCIAL_OPTIONS,
      mode: oneOf('financial', flags.financial, ['auto', 'category', 'keywords', 'off'] as const),
    },
    amount: { ...DEFAULT_AMOUNT_OPTIONS, maxYuan: Number(flags.maxAmount) },
    topN: Number(flags.top),
    facts: { ...DEFAULT_FACT_OPTIONS, analyseSample: Number(flags.sample) },
  }
  const sample = Number(flags.sample)
  if (!(sample > 0 && sample <= 1)) throw new CliError('--sample must be a fraction in (0, 1]')
  if (
    !Number.isFinite(config.amount?.maxYuan) ||
    !Number.isInteger(config.topN) ||
    (config.topN ?? 0) < 1
  ) {
    throw new CliError('--max-amount must be a number and --top a positive integer')
  }
  const workers = flags.workers === undefined ? defaultWorkers() : Number(flags.workers)
  if (!Number.isInteger(workers) || workers < 0) {
    throw new CliError('--workers must be a whole number (0: analyse on the main thread)')
  }
  const options = analysisOptionsOf(flags)
  let mapping
  try {
    mapping = flags.mapping === undefined ? undefined : await loadMapping(flags.mapping)
  } catch (e) {
    throw new CliError(`--mapping ${flags.mapping}: ${(e as Error).message}`)
  }
  const format =
    flags.format === undefined
      ? undefined
      : oneOf<FileFormat>('format', flags.format, ['jsonl', 'csv', 'xlsx'])
  const bar = progressBar(flags.progress)
  let report
  try {
    report = await analyseComplaintFile(file, {
      format,
      mapping,
      config,
      analysis:
        flags.behaviors || flags.templates
          ? () =>
              workers === 0
                ? createComplaintAnalysis(options)
                : createParallelComplaintAnalysis({ ...options, workers })
          : undefined,
      sort: flags.sort ? 'auto' : 'never',
      onProgress: bar.update,
    })
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new CliError(`${file}: no such file`)
    if (e instanceof Error && /unknown file type/.test(e.message)) throw new CliError(e.message)
    throw e
  } finally {
    bar.stop()
  }
  await writeFile(flags.out, renderReportHtml(report, { lang, generatedAt: new Date() }))
  if (flags.json !== undefined) await writeFile(flags.json, `${JSON.stringify(report, null, 2)}\n`)
  const pct = (Math.round(report.share * 1000) / 10).toFixed(1)
  console.log(
    `${report.total_valid} valid, ${report.tagged} tagged (${pct}%), ${report.rejected.rows} rows rejected → ${flags.out}`,
  )
  for (const w of report.warnings) console.error(`warning: ${w}`)
}

/** Registers `gongdao analyse`. */
export function register(program: Command): void {
  program
    .command('analyse')
    .alias('analyze')
    .description(
      'complaint statistics as in the 暴力催收 report (REPORT.md §2): HTML report with charts, and JSON',
    )
    .argument('<file>', 'complaints: .jsonl, .csv (UTF-8 or GBK) or .xlsx')
    .requiredOption('--out <report.html>', 'the HTML report to write')
    .option('--json <report.json>', 'also write the statistics as JSON')
    .option('--from <date>', 'first day (China time), e.g. 2025-01-01')
    .option('--to <date>', 'last day, inclusive, e.g. 2025-06-30')
    .option('--lang <zh|en>', 'report language', 'zh')
    .option(
      '--mapping <heimao|file.json>',
      'column mapping: heimao (黑猫投诉 export) or a JSON file {field: column}',
    )
    .option('--format <jsonl|csv|xlsx>', 'file format, when the extension does not say')
    .option(
      '--dedupe <mode>',
      '24-hour duplicate key: complainant | complainant_and_respondent | text',
      'complainant',
    )
    .option('--financial <mode>', 'non-financial filter: auto | category | keywords | off', 'auto')
    .option('--max-amount <yuan>', 'drop complaints whose amount exceeds this', '200000')
    .option('--top <n>', 'platforms by volume for the spread of shares', '40')
    .option('--no-sort', 'do not sort input that is out of time order (report it instead)')
    .option('--no-behaviors', 'skip the behaviour analysis (faster; no "no concrete act" figure)')
    .option('--no-templates', 'skip template (near-duplicate) campaign detection')
    .option(
      '--templates-per-month',
      'find campaigns within each calendar month (default: a rolling two-month window, so campaigns spanning months count once)',
    )
    .option(
      '--sample <fraction>',
      'analyse the text of this share of tagged complaints (estimates with intervals)',
      '1',
    )
    .option(
      '--workers <n>',
      'worker threads for the text analysis (default: one per core; 0: single-threaded)',
    )
    .option(
      '--template-bits <32|16>',
      "bits kept of each MinHash value in the template window (16: half the window's memory, at most 0.1% of campaign complaints move)",
      '32',
    )
    .option('--no-progress', 'no progress bar')
    .action((file: string, flags: AnalyseFlags) => run(file, flags))
}
