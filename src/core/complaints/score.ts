/**
 * 投诉者信用分 (complainant score, REPORT.md §4 remedy 5). Rules, stated so a complainant can
 * check them:
 * - everyone starts at {@link SCORE_BASE} out of 100;
 * - each complaint counts once, by its latest outcome decided by a person (an appeal's outcome
 *   replaces the first one): substantiated +5, partly substantiated +3, malicious −20 (only when
 *   two different reviewers confirmed it); not substantiated, withdrawn and mediation count 0;
 * - unverified signals (template match, linked accounts, bulk agents) are recorded but never
 *   change the score: no one loses points on a machine's suspicion;
 * - the score sets the order of review (priority), never whether a complaint is heard.
 */

/** The score everyone starts with. */
export const SCORE_BASE = 80

/** Points per decided outcome; only these outcomes move the score. */
export const OUTCOME_POINTS = {
  substantiated: 5,
  partly_substantiated: 3,
  not_substantiated: 0,
  malicious: -20,
  withdrawn: 0,
  referred_to_mediation: 0,
} as const

/** A decided outcome of a complaint. */
export type ComplaintOutcome = keyof typeof OUTCOME_POINTS

/** Something that happened to a complainant: a person's decision, or an unverified machine signal. */
export type ScoreEvent =
  | {
      readonly kind: 'outcome'
      readonly complaintId: string
      readonly at: string
      readonly outcome: ComplaintOutcome
      /** The people who decided (a malicious outcome needs two different ones). */
      readonly decidedBy: readonly string[]
    }
  | {
      readonly kind: 'signal'
      readonly complaintId: string
      readonly at: string
      readonly signal: string
    }

/** One line of the score's history: what happened, how many points, the score after. */
export interface ScoreHistoryEntry {
  readonly at: string
  readonly complaintId: string
  readonly delta: number
  readonly scoreAfter: number
  readonly zh: string
  readonly en: string
}

/** Review priority set by the score: high is reviewed first. */
export type ReviewPriority = 'high' | 'normal' | 'low'

/** A complainant's score with its history and a plain explanation. */
export interface ComplainantScore {
  readonly score: number
  readonly priority: ReviewPriority
  readonly substantiated: number
  readonly verifiedMalicious: number
  readonly history: readonly ScoreHistoryEntry[]
  readonly explanation: readonly { readonly zh: string; readonly en: string }[]
}

const OUTCOME_NAMES: Readonly<Record<ComplaintOutcome, { zh: string; en: string }>> = {
  substantiated: { zh: '投诉属实', en: 'substantiated' },
  partly_substantiated: { zh: '部分属实', en: 'partly substantiated' },
  not_substantiated: { zh: '投诉不属实', en: 'not substantiated' },
  malicious: { zh: '经两名审核员确认的恶意投诉', en: 'malicious, confirmed by two reviewers' },
  withdrawn: { zh: '撤回', en: 'withdrawn' },
  referred_to_mediation: { zh: '转调解', en: 'referred to mediation' },
}

/** Answers whether a decision counts as verified: at least one person, two different ones for malicious. */
export function isVerifiedOutcome(
  outcome: ComplaintOutcome,
  decidedBy: readonly string[],
): boolean {
  return new Set(decidedBy.filter((p) => p.trim() !== '')).size >= (outcome === 'malicious' ? 2 : 1)
}

/** Maps a score to a review priority: ≥ 80 high, ≥ 60 normal, else low. */
export function priorityOf(score: number): ReviewPriority {
  return score >= 80 ? 'high' : score >= 60 ? 'normal' : 'low'
}

const clamp = (n: number): number => Math.min(100, Math.max(0, n))

/** Computes the score from a complainant's events (any order; timestamps ISO 8601 with offsets). */
export function scoreComplainant(events: readonly ScoreEvent[]): ComplainantScore {
  const sorted = [...events].sort((x, y) => Date.parse(x.at) - Date.parse(y.at))
  const latest = new Map<string, ComplaintOutcome>()
  const total = (): number =>
    clamp(SCORE_BASE + [...latest.values()].reduce((s, o) => s + OUTCOME_POINTS[o], 0))
  const history: ScoreHistoryEntry[] = []
  for (const e of sorted) {
    const before = total()
    if (e.kind === 'signal') {
      history.push({
        at: e.at,
        complaintId: e.complaintId,
        delta: 0,
        scoreAfter: before,
        zh: `未经核实的信号“${e.signal}”：不扣分`,
        en: `unverified signal “${e.signal}”: no points lost`,
      })
      continue
    }
    const name = OUTCOME_NAMES[e.outcome]
    if (!isVerifiedOutcome(e.outcome, e.decidedBy)) {
      history.push({
        at: e.at,
        complaintId: e.complaintId,
        delta: 0,
        scoreAfter: before,
        zh: `${name.zh}未经${e.outcome === 'malicious' ? '第二名审核员' : '审核员'}确认：不计分`,
        en: `${name.en} not confirmed by ${e.outcome === 'malicious' ? 'a second reviewer' : 'a person'}: not counted`,
      })
      continue
    }
    const replaced = latest.has(e.complaintId)
    latest.set(e.complaintId, e.outcome)
    const after = total()
    const sign = after - before >= 0 ? '+' : ''
    history.push({
      at: e.at,
      complaintId: e.complaintId,
      delta: after - before,
      scoreAfter: after,
      zh: `${replaced ? '复核改为' : ''}${name.zh}：${sign}${after - before} 分`,
      en: `${replaced ? 'on appeal: ' : ''}${name.en}: ${sign}${after - before} points`,
    })
  }
  const outcomes = [...latest.values()]
  const substantiated = outcomes.filter(
    (o) => o === 'substantiated' || o === 'partly_substantiated',
  ).length
  const verifiedMalicious = outcomes.filter((o) => o === 'malicious').length
  const score = total()
  const priority = priorityOf(score)
  return {
    score,
    priority,
    substantiated,
    verifiedMalicious,
    history,
    explanation: [
      { zh: `起始分 ${SCORE_BASE} 分`, en: `everyone starts at ${SCORE_BASE}` },
      {
        zh: `${substantiated} 件投诉经核实属实或部分属实`,
        en: `${substantiated} complaint(s) verified substantiated or partly`,
      },
      {
        zh: `${verifiedMalicious} 件经两名审核员确认为恶意投诉`,
        en: `${verifiedMalicious} complaint(s) confirmed malicious by two reviewers`,
      },
      {
        zh: `当前 ${score} 分，审核优先级：${{ high: '优先', normal: '正常', low: '靠后' }[priority]}`,
        en: `score ${score}, review priority ${priority}`,
      },
      {
        zh: '评分只影响处理顺序，每一件投诉都会受理',
        en: 'the score orders the queue only: every complaint is heard',
      },
    ],
  }
}
