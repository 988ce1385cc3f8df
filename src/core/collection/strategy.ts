import type { CallKind, Channel } from '../compliance/index.ts'
import type { FieldIssue } from '../shared/index.ts'
import { StrategyValidationError } from './errors.ts'

/** Who works a stage: the lender's own team, a qualified agency, or the legal route. */
export type StageOwner = 'lender' | 'agency' | 'legal'

/** One contact a stage makes each day: the channel, the approved script, and the local time. */
export interface StageAction {
  readonly channel: Channel
  readonly scriptId: string
  /** Local minute of the day the contact is planned for (e.g. 600 = 10:00). */
  readonly minute: number
  readonly callKind?: CallKind
  /** Repeat every N days within the stage (1 = daily); default 1. */
  readonly everyDays?: number
}

/** A stage of a strategy: a days-past-due range, who works it, and its actions. */
export interface Stage {
  readonly id: string
  readonly name: string
  readonly minDpd: number
  /** Inclusive upper bound, or null for "and above". */
  readonly maxDpd: number | null
  readonly owner: StageOwner
  readonly actions: readonly StageAction[]
}

/** A collection strategy of one product, as data (DESIGN.md, contact flow `plan`). */
export interface CollectionStrategy {
  readonly id: string
  readonly version: string
  readonly productId: string
  readonly stages: readonly Stage[]
}

/**
 * The default strategy (REPORT.md §3): 1–3 days SMS reminders; 4–15 days calls added to ask the
 * reason and offer a negotiated plan; from 16 days a qualified agency; from 61 days a lawyer's letter.
 * Script ids name templates of the compliance library (SCRIPT_LIBRARY).
 */
export const DEFAULT_STRATEGY: CollectionStrategy = {
  id: 'default',
  version: '1',
  productId: '*',
  stages: [
    {
      id: 'reminder',
      name: '逾期提醒',
      minDpd: 1,
      maxDpd: 3,
      owner: 'lender',
      actions: [{ channel: 'sms', scriptId: 'early-sms', minute: 600 }],
    },
    {
      id: 'negotiation',
      name: '电话沟通与协商',
      minDpd: 4,
      maxDpd: 15,
      owner: 'lender',
      actions: [
        { channel: 'sms', scriptId: 'early-sms', minute: 570, everyDays: 3 },
        {
          channel: 'call',
          scriptId: 'early-call',
          minute: 840,
          callKind: 'interactive',
        },
      ],
    },
    {
      id: 'agency',
      name: '委外催收',
      minDpd: 16,
      maxDpd: 60,
      owner: 'agency',
      actions: [
        {
          channel: 'call',
          scriptId: 'early-call',
          minute: 660,
          callKind: 'interactive',
        },
        { channel: 'sms', scriptId: 'middle-sms', minute: 600, everyDays: 7 },
      ],
    },
    {
      id: 'legal',
      name: '律师函与诉讼',
      minDpd: 61,
      maxDpd: null,
      owner: 'legal',
      actions: [{ channel: 'letter', scriptId: 'late-letter', minute: 600, everyDays: 30 }],
    },
  ],
}

/** Returns the stage for a number of days past due, or undefined when none applies (current). */
export function stageFor(strategy: CollectionStrategy, dpd: number): Stage | undefined {
  for (const s of strategy.stages) {
    if (dpd >= s.minDpd && (s.maxDpd === null || dpd <= s.maxDpd)) return s
  }
  return undefined
}

/**
 * Checks a strategy: stages ordered without gaps or overlaps from day 1, times within the day,
 * and every script id in the approved library; throws StrategyValidationError naming each fault.
 */
export function validateStrategy(
  strategy: CollectionStrategy,
  approvedScripts: ReadonlySet<string>,
): CollectionStrategy {
  const issues: FieldIssue[] = []
  let next = 1
  strategy.stages.forEach((s, i) => {
    if (s.minDpd !== next) {
      issues.push({
        path: ['stages', i, 'minDpd'],
        message: `阶段应从逾期第 ${next} 天开始（不得重叠或留空）`,
      })
    }
    if (s.maxDpd !== null && s.maxDpd < s.minDpd) {
      issues.push({ path: ['stages', i, 'maxDpd'], message: '结束天数不得小于开始天数' })
    }
    if (s.maxDpd === null && i !== strategy.stages.length - 1) {
      issues.push({ path: ['stages', i, 'maxDpd'], message: '只有最后一个阶段可以不设上限' })
    }
    next = (s.maxDpd ?? Number.MAX_SAFE_INTEGER) + 1
    s.actions.forEach((a, j) => {
      if (!approvedScripts.has(a.scriptId)) {
        issues.push({
          path: ['stages', i, 'actions', j, 'scriptId'],
          message: `话术 ${a.scriptId} 不在已审批话术库中`,
        })
      }
      if (!Number.isInteger(a.minute) || a.minute < 0 || a.minute >= 1440) {
        issues.push({
          path: ['stages', i, 'actions', j, 'minute'],
          message: '时间必须在 00:00–23:59 之间',
        })
      }
      if (a.everyDays !== undefined && (!Number.isInteger(a.everyDays) || a.everyDays < 1)) {
        issues.push({
          path: ['stages', i, 'actions', j, 'everyDays'],
          message: '间隔天数必须是正整数',
        })
      }
    })
  })
  if (issues.length > 0) throw new StrategyValidationError(issues)
  return strategy
}
