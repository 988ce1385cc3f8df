/** The complainant's identifiers as the source carries them (all optional, possibly pseudonyms). */
export interface Complainant {
  readonly account_id?: string
  readonly device_id?: string
  readonly phone?: string
  readonly id_number?: string
}

/**
 * One complaint as the analysis pipeline sees it: DESIGN.md's complaint record with the time
 * parsed to epoch milliseconds and absent texts as empty strings.
 */
export interface ComplaintRecord {
  readonly id: string
  /** The respondent (投诉对象). */
  readonly platform: string
  readonly title: string
  /** 投诉问题: the platform's problem tags; empty when the source has none (the title stands in). */
  readonly problem: string
  readonly text: string
  /** 投诉要求, as written. */
  readonly requests: string
  /** 涉诉金额 in yuan; null when unknown. */
  readonly amount: number | null
  /** Submission time, epoch milliseconds. */
  readonly createdAt: number
  readonly category: string | null
  readonly complainant: Complainant | null
}
