/** Shapes of the complaint desk API answers the pages read, and small pure helpers. */

/** A queue row. */
export interface QueueRow {
  id: string
  title: string
  respondent: string
  lane: 'fast' | 'thorough'
  priority: 'high' | 'normal' | 'low'
  status: string
  assignedTo: string | null
  dueAt: string | null
  overdue: boolean
  remainingMs: number | null
  /** Set when the deadline reaches a year whose holiday notice is not loaded (weekends only). */
  provisionalDeadline?: { zh: string; en: string } | null
  reasons: { code: string; zh: string; en: string }[]
}

/** A reconciliation row. */
export interface ReconcileRow {
  behavior: string
  quote?: string
  status: 'supported' | 'contradicted' | 'no_records'
  zh: string
  en: string
  evidenceIds: string[]
}

/** A link between two accounts, with its evidence. */
export interface AccountLink {
  a: string
  b: string
  signal: string
  strength: 'strong' | 'weak'
  zh: string
  en: string
}

/** The complaint page data. */
export interface ComplaintDetail {
  id: string
  respondent: string
  title: string
  problem: string
  requests: string
  maskedText: string
  amountYuan: number
  status: string
  verdict: string | null
  lane: string
  priority: string
  dueAt: string | null
  /** Set when the deadline reaches a year whose holiday notice is not loaded (weekends only). */
  provisionalDeadline?: { zh: string; en: string } | null
  /** Notices for the lender-response and appeal deadlines counted into a year without data. */
  decisionDeadlines?: {
    lenderResponse: { zh: string; en: string } | null
    appeal: { zh: string; en: string } | null
  }
  templateCluster: string | null
  templateSimilarity: number | null
  analysis: {
    behaviors: string[]
    evidence: { label: string; field: string; quote: string }[]
    links: AccountLink[]
    score: { score: number; priority: string; explanation: { zh: string; en: string }[] }
    templateSize: number
    templateNearest?: { id: string; similarity: number }[]
  }
  state: { status: string; appeal?: unknown; proposedBy?: string }
  events: { type: string; at: string; actor: { id: string; role: string }; to: string }[]
  files: { fileName: string; sha256: string; format: string }[]
  reconciliation: {
    /** The period the complaint alleges, in which the lender's records are read. */
    period?: { from: string; to: string; basis: string; quote?: string; zh: string; en: string }
    rows: ReconcileRow[]
    uploads: { fileName: string; status: string; zh: string; en: string }[]
  }
}

/** The desk dashboard (GET /api/v1/desk/dashboard). */
export interface DeskDashboard {
  total: number
  byDay: { date: string; count: number }[]
  byLane: Record<string, number>
  byStatus: Record<string, number>
  byVerdict: Record<string, number>
  byRespondent: { respondent: string; count: number }[]
  tagged: { count: number; share: number | null }
  noConcreteAct: { count: number; share: number | null }
  campaigns: {
    cluster: string
    count: number
    respondents: string[]
    firstAt: string
    lastAt: string
  }[]
  inCampaigns: number
  timeToDecision: {
    decided: number
    medianWorkingDays: number | null
    p90WorkingDays: number | null
  }
  open: number
  overdue: number
}

/** Spans of the masked text where the analysis quotes appear (quotes with personal data are not found). */
export function quoteSpans(
  text: string,
  evidence: readonly { label: string; quote: string }[],
): { start: number; end: number; kind: string; label: string }[] {
  const out: { start: number; end: number; kind: string; label: string }[] = []
  for (const e of evidence) {
    if (!e.quote) continue
    const start = text.indexOf(e.quote)
    if (start >= 0 && !out.some((s) => start < s.end && start + e.quote.length > s.start)) {
      out.push({ start, end: start + e.quote.length, kind: 'behavior', label: e.label })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Whole hours of a duration, rounded towards zero, never negative. */
export function hoursOf(ms: number): number {
  return Math.floor(Math.abs(ms) / 3_600_000)
}

/** Reads a file as base64 (without the data-URL prefix). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : ''
      resolve(url.replace(/^data:[^,]*,/, ''))
    }
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
}
