/** One stage of the funnel: how many records it kept and removed, and why (reason → count). */
export interface FunnelStage {
  readonly stage: string
  readonly kept: number
  readonly removed: number
  readonly reasons: Readonly<Record<string, number>>
}

/** Counts and share of a group, with the share's 95% Wilson interval. */
export interface ShareCounts {
  readonly total: number
  readonly tagged: number
  readonly share: number
  readonly ci_low: number
  readonly ci_high: number
}

/** One month: its counts and the change from the month before (null for the first month). */
export interface MonthRow extends ShareCounts {
  readonly month: string
  /** Share minus the previous month's share, in percentage points. */
  readonly share_change_pp: number | null
  /** Change of the valid total from the previous month, in percent. */
  readonly total_change_pct: number | null
}

/** One platform (respondent) and its counts. */
export interface PlatformRow extends ShareCounts {
  readonly platform: string
}

/** A count among the tagged complaints, its share of them and the Wilson interval. */
export interface BreakdownRow {
  readonly count: number
  readonly base: number
  readonly share: number
  readonly ci_low: number
  readonly ci_high: number
}

/** A template campaign: a near-duplicate cluster, its size and where it was filed. */
export interface TemplateRow {
  readonly cluster: string
  readonly size: number
  readonly platforms: readonly { readonly platform: string; readonly count: number }[]
}

/** A rejected input row (a sample of them is kept). */
export interface RejectedRow {
  readonly row: number
  readonly issues: readonly {
    readonly path: readonly (string | number)[]
    readonly message: string
  }[]
}

/**
 * The statistics report (DESIGN.md "Statistics report JSON"): the contract fields first, then
 * Gongdao's additions. Shares are fractions in [0, 1], unrounded.
 */
export interface StatisticsReport {
  readonly version: 1
  readonly funnel: readonly FunnelStage[]
  readonly total_valid: number
  readonly tagged: number
  readonly share: number
  readonly by_month: readonly MonthRow[]
  readonly by_platform: readonly PlatformRow[]
  /** Tagged complaints that allege no concrete act; null when no behaviour analyser ran. */
  readonly no_concrete_act: number | null
  readonly explicit_violence: number
  readonly stop_harassment: number
  readonly share_ci: { readonly low: number; readonly high: number }
  readonly period: { readonly from: string | null; readonly to: string | null }
  readonly top_platforms: {
    readonly n: number
    readonly platforms: readonly string[]
    readonly min_share: number | null
    readonly max_share: number | null
    readonly min_platform: string | null
    readonly max_platform: string | null
    readonly above_50: number
    readonly above_60: number
  }
  readonly breakdown: {
    readonly explicit_violence: BreakdownRow
    readonly stop_harassment: BreakdownRow
    readonly no_concrete_act: BreakdownRow | null
  }
  readonly behaviors: readonly {
    readonly behavior: string
    readonly count: number
    readonly share: number
  }[]
  readonly templates: {
    readonly clusters: number
    readonly complaints: number
    readonly top: readonly TemplateRow[]
  }
  readonly rejected: {
    readonly rows: number
    readonly by_field: Readonly<Record<string, number>>
    readonly samples: readonly RejectedRow[]
  }
  readonly duplicates: {
    readonly out_of_order: number
    readonly late: number
    readonly max_keys_held: number
  }
  readonly warnings: readonly string[]
}
