/** The parts of the statistics report JSON (GET /api/v1/analytics/complaints) the dashboard shows. */

/** Counts and share of a group (a month, a platform). */
export interface ShareRow {
  total: number
  tagged: number
  share: number
}

/** A month with its change from the month before (null for the first). */
export interface MonthRow extends ShareRow {
  month: string
  share_change_pp: number | null
  total_change_pct: number | null
}

/** The statistics report as the dashboard reads it. */
export interface Report {
  total_valid: number
  tagged: number
  share: number
  no_concrete_act: number | null
  explicit_violence: number
  stop_harassment: number
  funnel: { stage: string; kept: number; removed: number; reasons: Record<string, number> }[]
  by_month: MonthRow[]
  by_platform: (ShareRow & { platform: string })[]
  behaviors: { behavior: string; count: number; share: number }[]
  templates: {
    clusters: number
    complaints: number
    top: { cluster: string; size: number; platforms: { platform: string; count: number }[] }[]
  }
}

/** One complaint behind a bar (GET …/drill). */
export interface DrillRow {
  id: string
  createdAt: string
  platform: string
  title: string
  problem: string
  tagged: boolean
  removed: string | null
}

/** The dashboard's filters (query parameters of every request). */
export type Filters = { from?: string; to?: string; platform?: string; category?: string }

/** What a click on a bar asks for: the drill query and the bar's name for the heading. */
export interface Drill {
  label: string
  query: Record<string, string>
}
