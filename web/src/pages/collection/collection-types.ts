/** Shapes of the collection API answers the console reads (agencies, collectors, imports). */

/** One evaluation of an agency. */
export interface AgencyEvaluation {
  date: string
  passed: boolean
  note?: string
}

/** A finding about an agency, as the server's assessment gives it. */
export interface AgencyFlag {
  code: string
  blocking: boolean
  clause: string
  message: string
}

/** An agency of `GET /api/v1/collection/agencies`. */
export interface AgencyView {
  id: string
  name: string
  status: string
  qualification: { licenseNo: string; validUntil: string | null } | null
  contract: { start: string; end: string }
  noSubcontractingSignedOn: string | null
  evaluations: AgencyEvaluation[]
  flags: AgencyFlag[]
}

/** One training session with its exam outcome. */
export interface TrainingRecord {
  topic: string
  date: string
  examPassed: boolean
}

/** Why a collector may not be assigned, as the server's assessment gives it. */
export interface CollectorIssue {
  code: string
  clause: string
  message: string
}

/** A collector of `GET /api/v1/collection/collectors` (name masked). */
export interface CollectorView {
  id: string
  code: string
  agencyId: string | null
  active: boolean
  name: string
  trainings: TrainingRecord[]
  eligible: boolean
  issues: CollectorIssue[]
}

/** One rejected import row: its number in the file and every field at fault. */
export interface RejectedRow {
  row: number
  issues: { path: (string | number)[]; message: string }[]
}

/** The answer of `POST /api/v1/collection/import`: all rows imported, or none. */
export interface ImportReport {
  imported: boolean
  rows: number
  debtors: number
  loans: number
  rejected: RejectedRow[]
}
