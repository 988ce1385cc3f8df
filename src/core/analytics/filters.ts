import type { ComplaintRecord } from './complaint-record.ts'

/** A pipeline stage that removes records: it answers null to keep one, or the reason to remove it. */
export interface FilterStage {
  readonly name: string
  decide(record: ComplaintRecord): string | null
}

/** The period filter's parameters: instants in epoch ms, `from` inclusive, `to` exclusive. */
export interface PeriodOptions {
  readonly from?: number
  readonly to?: number
}

/** Builds the period stage (REPORT.md §2 input: 2025-01-01 … 2025-06-30). */
export function createPeriodStage(options: PeriodOptions): FilterStage {
  const from = options.from ?? -Infinity
  const to = options.to ?? Infinity
  return {
    name: 'period',
    decide: (r) =>
      r.createdAt < from ? 'before_period' : r.createdAt >= to ? 'after_period' : null,
  }
}

/**
 * The non-financial filter's parameters. `auto` uses the record's category when it has one and
 * the keywords otherwise; `category` and `keywords` use only one; `off` keeps everything.
 */
export interface FinancialOptions {
  readonly mode: 'auto' | 'category' | 'keywords' | 'off'
  /** A category containing one of these is financial (substring match). */
  readonly categories: readonly string[]
  /** A platform, title or problem containing one of these is financial (substring match). */
  readonly keywords: readonly string[]
}

/** Source categories that are financial (黑猫投诉's 金融 channel and its subcategories). */
export const FINANCIAL_CATEGORIES = [
  '金融',
  '贷',
  '借',
  '银行',
  '信用卡',
  '分期',
  '保险',
  '支付',
  '理财',
  '消费金融',
  '催收',
]

/** Words that mark a complaint as about credit when no category is given. */
export const FINANCIAL_KEYWORDS = [
  '借',
  '贷',
  '花',
  '分期',
  '金融',
  '银行',
  '信用卡',
  '白条',
  '金条',
  '钱包',
  '还款',
  '逾期',
  '催收',
  '利息',
  '征信',
  '保险',
  '支付',
]

/** Default: category when present, else keywords. */
export const DEFAULT_FINANCIAL_OPTIONS: FinancialOptions = {
  mode: 'auto',
  categories: FINANCIAL_CATEGORIES,
  keywords: FINANCIAL_KEYWORDS,
}

function containsAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true
  return false
}

/** Builds the non-financial filter of REPORT.md §2 step 1. */
export function createFinancialStage(
  options: FinancialOptions = DEFAULT_FINANCIAL_OPTIONS,
): FilterStage {
  const byCategory = (c: string): boolean => containsAny(c, options.categories)
  const byKeywords = (r: ComplaintRecord): boolean =>
    containsAny(r.platform, options.keywords) ||
    containsAny(r.problem, options.keywords) ||
    containsAny(r.title, options.keywords)
  const financial = (r: ComplaintRecord): boolean => {
    switch (options.mode) {
      case 'off':
        return true
      case 'category':
        return r.category !== null && byCategory(r.category)
      case 'keywords':
        return byKeywords(r)
      case 'auto':
        return r.category !== null ? byCategory(r.category) : byKeywords(r)
    }
  }
  return { name: 'financial', decide: (r) => (financial(r) ? null : 'non_financial') }
}

/** The amount cut's parameters: the cap in yuan, and whether records with no amount stay. */
export interface AmountOptions {
  readonly maxYuan: number
  readonly keepUnknown: boolean
}

/** REPORT.md §2 step 1: drop amounts over 200,000 yuan (the per-borrower online-lending cap). */
export const DEFAULT_AMOUNT_OPTIONS: AmountOptions = { maxYuan: 200_000, keepUnknown: true }

/** Builds the amount cut: over the cap is removed; an unknown amount is kept unless configured. */
export function createAmountStage(options: AmountOptions = DEFAULT_AMOUNT_OPTIONS): FilterStage {
  return {
    name: 'amount',
    decide: (r) => {
      if (r.amount === null) return options.keepUnknown ? null : 'amount_unknown'
      return r.amount > options.maxYuan ? 'amount_over_cap' : null
    },
  }
}
