import type { FieldIssue } from '../shared/index.ts'
import { accumulate, addTemplateCluster, createAccumulator } from './accumulator.ts'
import { retireTemplates } from './retire-templates.ts'
import { mergeAnalysisTotals, type AnalysisTotals } from './analysis-totals.ts'
import type { ComplaintRecord } from './complaint-record.ts'
import {
  createDuplicateStage,
  DEFAULT_DUPLICATE_OPTIONS,
  type DuplicateOptions,
} from './duplicate-stage.ts'
import {
  complaintFacts,
  DEFAULT_FACT_OPTIONS,
  type ComplaintAnalyser,
  type FactOptions,
} from './facts.ts'
import {
  createAmountStage,
  createFinancialStage,
  createPeriodStage,
  DEFAULT_AMOUNT_OPTIONS,
  DEFAULT_FINANCIAL_OPTIONS,
  type AmountOptions,
  type FilterStage,
  type FinancialOptions,
  type PeriodOptions,
} from './filters.ts'
import { monthKey, REPORT_OFFSET_MINUTES } from './month.ts'
import { buildStatistics } from './statistics.ts'
import type { FunnelStage, RejectedRow, StatisticsReport } from './statistics-report.ts'

/** Every parameter of the pipeline; each stage's options can be replaced on its own. */
export interface PipelineConfig {
  readonly period: PeriodOptions
  readonly financial: FinancialOptions
  readonly amount: AmountOptions
  readonly duplicate: DuplicateOptions
  readonly facts: FactOptions
  /** Platforms by volume the spread is computed over (the report: 40). */
  readonly topN: number
  readonly templateTop: number
  /** Zone of the months, minutes east of UTC (China time). */
  readonly offsetMinutes: number
  /** How many rejected rows to keep as examples. */
  readonly rejectedSamples: number
}

/** REPORT.md §2 as defaults. */
export const DEFAULT_PIPELINE_CONFIG: PipelineConfig = {
  period: {},
  financial: DEFAULT_FINANCIAL_OPTIONS,
  amount: DEFAULT_AMOUNT_OPTIONS,
  duplicate: DEFAULT_DUPLICATE_OPTIONS,
  facts: DEFAULT_FACT_OPTIONS,
  topN: 40,
  templateTop: 20,
  offsetMinutes: REPORT_OFFSET_MINUTES,
  rejectedSamples: 50,
}

/** Where and why the pipeline removed a record (a funnel stage and one of its reasons). */
export interface Removal {
  readonly stage: string
  readonly reason: string
}

/** A running pipeline: feed it records and rejected rows in file order, then finish. */
export interface Pipeline {
  /** Runs one parsed record through the stages; returns the stage and reason that removed it, or null if valid. */
  push(record: ComplaintRecord): Removal | null
  /** Counts a row the reader rejected, with its issues. */
  reject(row: number, issues: readonly FieldIssue[]): void
  /** Adds template clusters found by the caller (e.g. a near-duplicate index summarised per month). */
  addTemplates(
    clusters: readonly {
      readonly cluster: string
      readonly platforms: readonly { readonly platform: string; readonly count: number }[]
    }[],
  ): void
  /** Moves campaigns that can no longer grow out of the running totals (see `retireTemplates`). */
  retireTemplates(isLive: (cluster: string) => boolean): void
  /** Adds text-analysis counts computed outside `push` (e.g. by worker threads); order-independent. */
  addAnalysis(totals: AnalysisTotals): void
  /** Adds a warning to show in the report. */
  warn(message: string): void
  /** Builds the report from what was pushed so far. */
  finish(): StatisticsReport
}

function toIso(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString()
}

/**
 * Creates the report's pipeline: period → non-financial filter → amount cut → 24-hour duplicates →
 * tag and aggregate. Memory stays flat in the number of records on time-sorted input (see
 * `createDuplicateStage`). The optional analyser supplies behaviours and template clusters.
 */
export function createPipeline(
  config: Partial<PipelineConfig> = {},
  analyser?: ComplaintAnalyser,
): Pipeline {
  const c: PipelineConfig = { ...DEFAULT_PIPELINE_CONFIG, ...config }
  const duplicate = createDuplicateStage(c.duplicate)
  const stages: FilterStage[] = [
    createPeriodStage(c.period),
    createFinancialStage(c.financial),
    createAmountStage(c.amount),
    duplicate,
  ]
  const kept = stages.map(() => 0)
  const reasons = stages.map(() => new Map<string, number>())
  const acc = createAccumulator()
  let accepted = 0
  let rejectedRows = 0
  let maxHeld = 0
  const byField = new Map<string, number>()
  const samples: RejectedRow[] = []
  const warnings: string[] = []
  return {
    push(record) {
      accepted += 1
      for (let i = 0; i < stages.length; i++) {
        const reason = stages[i].decide(record)
        if (reason !== null) {
          const m = reasons[i]
          m.set(reason, (m.get(reason) ?? 0) + 1)
          return { stage: stages[i].name, reason }
        }
        kept[i] = kept[i] + 1
      }
      if ((accepted & 1023) === 0) maxHeld = Math.max(maxHeld, duplicate.held())
      accumulate(
        acc,
        monthKey(record.createdAt, c.offsetMinutes),
        record.platform,
        complaintFacts(record, c.facts, analyser),
      )
      return null
    },
    reject(row, issues) {
      rejectedRows += 1
      for (const issue of issues) {
        const field = String(issue.path[0] ?? 'row')
        byField.set(field, (byField.get(field) ?? 0) + 1)
      }
      if (samples.length < c.rejectedSamples) samples.push({ row, issues })
    },
    addTemplates(clusters) {
      for (const c of clusters) addTemplateCluster(acc, c.cluster, c.platforms)
    },
    retireTemplates(isLive) {
      retireTemplates(acc, isLive, c.templateTop)
    },
    addAnalysis(totals) {
      mergeAnalysisTotals(acc, totals)
    },
    warn(message) {
      warnings.push(message)
    },
    finish() {
      maxHeld = Math.max(maxHeld, duplicate.held())
      const funnel: FunnelStage[] = [
        {
          stage: 'read',
          kept: accepted,
          removed: rejectedRows,
          reasons: rejectedRows > 0 ? { unreadable: rejectedRows } : {},
        },
      ]
      let before = accepted
      stages.forEach((s, i) => {
        funnel.push({
          stage: s.name,
          kept: kept[i],
          removed: before - kept[i],
          reasons: Object.fromEntries(reasons[i]),
        })
        before = kept[i]
      })
      const late = duplicate.late()
      const allWarnings = [...warnings]
      if (late > 0) {
        allWarnings.push(
          `${late} records arrived more than 24 hours out of time order: duplicates among them may be missed; sort the input by created_at`,
        )
      }
      return buildStatistics({
        acc,
        funnel,
        rejected: { rows: rejectedRows, by_field: Object.fromEntries(byField), samples },
        duplicates: { out_of_order: duplicate.outOfOrder(), late, max_keys_held: maxHeld },
        period: { from: toIso(c.period.from), to: toIso(c.period.to) },
        warnings: allWarnings,
        topN: c.topN,
        templateTop: c.templateTop,
      })
    },
  }
}
