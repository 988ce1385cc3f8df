/** Intake helpers: the score's events from history, linking signals of stored rows, and a replayed intake's answer. */
import type {
  AccountSignals,
  CaseState,
  ScoreEvent,
  TriageReason,
} from '../../core/complaints/index.ts'
import type { HistoryRow, LinkRow, StoredComplaint } from './ports.ts'

/** What intake answers: where the complaint went and why. */
export interface IntakeResult {
  readonly id: string
  /** The complainant's access token; null when a repeated push returns the first complaint (shown once). */
  readonly accessToken: string | null
  readonly lane: string
  readonly priority: string
  readonly dueAt: string | null
  readonly assignedTo: string | null
  readonly reasons: readonly { code: string; zh: string; en: string }[]
  readonly duplicateOf: string | null
  readonly linkedAccounts: number
  /** The template cluster (a reviewer signal, never a rejection) with its size and similarity. */
  readonly template: { cluster: string; size: number; similarity: number } | null
  /** True when the (organisation, external id) was already received: the first complaint is returned. */
  readonly replayed: boolean
}

/** The outcomes a person decided on a complainant's earlier complaints, for the score. */
export function scoreEventsOf(complaints: readonly HistoryRow[]): ScoreEvent[] {
  const out: ScoreEvent[] = []
  for (const c of complaints) {
    const s = c.state as CaseState
    if ((s.status === 'decided' || s.status === 'closed') && s.verdict && s.decidedAt) {
      out.push({
        kind: 'outcome',
        complaintId: c.id,
        at: s.decidedAt,
        outcome: s.verdict,
        decidedBy: s.decidedBy,
      })
    }
    if (c.templateCluster && (c.templateSimilarity ?? 0) > 0) {
      out.push({ kind: 'signal', complaintId: c.id, at: c.createdAt, signal: 'template' })
    }
  }
  return out
}

/** The linking signals of a stored row (HMACs and ranges only). */
export function signalsOf(c: LinkRow): AccountSignals {
  return {
    accountId: c.complainantKey,
    ...(c.phoneLookup ? { phoneHmac: c.phoneLookup } : {}),
    ...(c.idNumberLookup ? { idNumberHmac: c.idNumberLookup } : {}),
    ...(c.paymentLookup ? { paymentAccountHmacs: [c.paymentLookup] } : {}),
    ...(c.deviceLookup ? { deviceIds: [c.deviceLookup] } : {}),
    ...(c.ipRange ? { ips: [c.ipRange.replace(/\.0\/24$/, '.1')] } : {}),
    ...(c.templateCluster ? { templateCluster: c.templateCluster } : {}),
  }
}

/** The answer to a repeated push: the first complaint as intake placed it, without its token. */
export function replayedResult(c: StoredComplaint): IntakeResult {
  const a = (c.analysis ?? {}) as {
    duplicate?: { duplicateOf?: string } | null
    cluster?: { accounts?: readonly string[] } | null
    templateSize?: number
  }
  const t = (c.triage ?? {}) as { reasons?: readonly TriageReason[] }
  return {
    id: c.id,
    accessToken: null,
    lane: c.lane,
    priority: c.priority,
    dueAt: c.dueAt,
    assignedTo: c.assignedTo,
    reasons: t.reasons ?? [],
    duplicateOf: a.duplicate?.duplicateOf ?? null,
    linkedAccounts: Math.max(0, (a.cluster?.accounts?.length ?? 1) - 1),
    template:
      c.templateCluster && c.templateSimilarity !== null
        ? {
            cluster: c.templateCluster,
            size: a.templateSize ?? 2,
            similarity: c.templateSimilarity,
          }
        : null,
    replayed: true,
  }
}
