/**
 * Lender transparency (REPORT.md §4 remedy 7): the collection process and agencies, the
 * complaint-handling rules, statistics, and de-identified typical cases published only after the
 * de-identification check.
 */
import { formatChinaInstant } from '../../core/calendar/index.ts'
import {
  publishCase,
  type CaseEvent,
  type CaseState,
  type ComplaintAnalysis,
} from '../../core/complaints/index.ts'
import { ConflictError, NotFoundError } from '../../core/shared/index.ts'
import type { Actor } from '../ports.ts'
import { settingsOf, type DeskDeps } from './desk-deps.ts'
import { actorPseudonym, eventEntryOf } from './event-entry.ts'

/** The lawful collection process the report describes (REPORT.md §3), shown on every lender page. */
export const COLLECTION_PROCESS = [
  { stage: '逾期 1–3 天', zh: '短信提醒', en: 'SMS reminders' },
  {
    stage: '逾期 4–15 天',
    zh: '增加电话沟通，了解原因、协商还款',
    en: 'phone calls added: ask the reason, negotiate repayment',
  },
  {
    stage: '逾期 15 天以上',
    zh: '委托有资质的催收机构；必要时律师函或诉讼',
    en: 'a licensed agency; a lawyer’s letter or a lawsuit when needed',
  },
  {
    stage: '全程',
    zh: '每天最多 3 次有效通话，22:00–08:00 不催收，全程录音并存证',
    en: 'at most 3 effective calls a day, none 22:00–08:00, every call recorded and anchored',
  },
]

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** Builds lender pages and publishes cases. */
export class TransparencyService {
  constructor(private readonly d: DeskDeps) {}

  /** The public page data of a lender on the system. */
  async page(lenderOrgId: string) {
    const name = await this.d.store.orgName(lenderOrgId)
    if (!name) throw new NotFoundError('lender')
    const [complaints, agencies, cases] = await Promise.all([
      this.d.store.aboutLender(lenderOrgId),
      this.d.store.lenderAgencies(lenderOrgId),
      this.d.store.publishedCases(lenderOrgId),
    ])
    const byVerdict: Record<string, number> = {}
    const days: number[] = []
    let tagged = 0
    let noAct = 0
    for (const c of complaints) {
      const s = c.state as CaseState
      byVerdict[s.verdict ?? s.status] = (byVerdict[s.verdict ?? s.status] ?? 0) + 1
      if (s.decidedAt) days.push((Date.parse(s.decidedAt) - Date.parse(c.createdAt)) / 86_400_000)
      const a = c.analysis as ComplaintAnalysis
      if (a.report_tag) tagged++
      if (a.report_tag && !a.concrete_act) noAct++
    }
    await this.d.settingsReady?.()
    const rules = settingsOf(this.d, lenderOrgId)
    return {
      lender: { id: lenderOrgId, name },
      collectionProcess: COLLECTION_PROCESS,
      agencies,
      complaintRules: {
        reviewWorkingDays: {
          fast: rules.triage.fastLaneWorkingDays,
          thorough: rules.triage.thoroughLaneWorkingDays,
        },
        lenderResponseWorkingDays: rules.decision.lenderResponseWorkingDays,
        appealWorkingDays: rules.decision.appealWorkingDays,
        maliciousNeedsSecondReviewer: true,
      },
      statistics: {
        total: complaints.length,
        byVerdict,
        taggedAbusiveShare: complaints.length ? tagged / complaints.length : null,
        noConcreteActShare: tagged ? noAct / tagged : null,
        medianDaysToDecision: median(days),
      },
      cases,
    }
  }

  /** Publishes a decided complaint as a typical case of its lender; the de-identification check must pass. */
  async publish(actor: Actor, complaintId: string, draft: { title: string; body: string }) {
    const c = await this.d.store.get(actor.orgId, complaintId)
    if (!c) throw new NotFoundError('complaint')
    const s = c.state as CaseState
    if (!c.respondentOrgId) throw new ConflictError('the respondent is not a lender on the system')
    if (!s.verdict || (s.status !== 'decided' && s.status !== 'closed')) {
      throw new ConflictError('only decided complaints can be published', [
        {
          path: ['complaintId'],
          message: '只能发布已有结论的投诉 / only decided complaints can be published',
        },
      ])
    }
    // The parties' own identifiers are checked too; decrypted in memory for the check only.
    const known = [
      c.phoneEnc && this.d.crypto.decrypt(c.phoneEnc, 'cd_complaints.phone'),
      c.emailEnc && this.d.crypto.decrypt(c.emailEnc, 'cd_complaints.email'),
      c.agentNameEnc && this.d.crypto.decrypt(c.agentNameEnc, 'cd_complaints.agent_name'),
    ].filter((x): x is string => Boolean(x))
    const at = this.d.clock.now().toISOString()
    const published = publishCase(
      { lenderId: c.respondentOrgId, title: draft.title, body: draft.body, verdict: s.verdict },
      at,
      known,
    )
    const id = this.d.newId()
    const event: CaseEvent = {
      type: 'published',
      complaintId,
      // China time like every other event, so that the history sorts.
      at: formatChinaInstant(Date.parse(at)),
      actor: { kind: 'person', id: actor.userId, role: 'reviewer' },
      from: s.status,
      to: s.status,
      details: { publishedCase: id },
    }
    const entry = eventEntryOf(actor.orgId, event, {
      actor: actorPseudonym((k, v) => this.d.crypto.lookup(k, v), actor.userId),
      body: `${published.title}\n${published.body}`,
    })
    await this.d.store.publishCase(
      {
        id,
        orgId: actor.orgId,
        lenderOrgId: c.respondentOrgId,
        complaintId,
        title: published.title,
        body: published.body,
        verdict: published.verdict,
        publishedAt: at,
      },
      { event, entry },
    )
    return { id, ...published }
  }
}
