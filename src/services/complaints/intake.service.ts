/**
 * Complaint intake: the format check, evidence uploads stored by hash, analysis, linking, the
 * complainant score and triage into the queue, stored with personal data encrypted.
 */
import { formatChinaInstant } from '../../core/calendar/index.ts'
import {
  analyseComplaint,
  assignReviewer,
  checkComplaintForm,
  checkEvidenceUpload,
  findDuplicates24h,
  ipRangeOf,
  IntakeRejectedError,
  linkAccounts,
  openCase,
  scoreComplainant,
  triageComplaint,
  type AccountSignals,
  type AnalysisInput,
  type CheckedUpload,
  type ComplaintDraft,
  type IntakeIssue,
} from '../../core/complaints/index.ts'
import { hashSecret, newAccessToken, calendarOf, settingsOf, type DeskDeps } from './desk-deps.ts'
import { eventEntryOf } from './event-entry.ts'
import { replayedResult, scoreEventsOf, signalsOf, type IntakeResult } from './intake-signals.ts'
import type { StoredComplaint, StoredFile } from './ports.ts'
import type { AnalysedTemplate } from './template-index.ts'

export type { IntakeResult } from './intake-signals.ts'
export { scoreEventsOf } from './intake-signals.ts'

/** How many of a complainant's newest complaints intake reads (score and duplicates), and linked rows. */
const HISTORY_LIMIT = 200
const LINK_LIMIT = 200

/** Identifiers that come with a complaint besides the form (all optional, never stored in clear). */
export interface ComplainantSignals {
  readonly accountId?: string
  readonly deviceId?: string
  readonly ip?: string
  readonly idNumber?: string
  readonly paymentAccount?: string
}

/** One complaint to take in. */
export interface IntakeRequest {
  readonly form: ComplaintDraft
  readonly source: StoredComplaint['source']
  readonly externalId?: string
  readonly complainant?: ComplainantSignals
  readonly files?: readonly { readonly fileName: string; readonly bytes: Uint8Array }[]
  /** When the complaint was made (imports); now when absent. */
  readonly createdAt?: string
  /** The source's category (imports), kept for the statistics' category filter. */
  readonly category?: string
  /** Imports only: false accepts rows without a contact (the source platform checked it). */
  readonly requireContact?: boolean
  /** Imports only: true accepts respondents that are not organisations on the system. */
  readonly anyRespondent?: boolean
}

/** Takes complaints in for one organisation (a platform or a lender's complaint team). */
export class IntakeService {
  private respondents?: { at: number; map: Map<string, string> }
  private loads = new Map<string, { at: number; list: { id: string; openItems: number }[] }>()

  constructor(private readonly d: DeskDeps) {}

  private async knownRespondents(): Promise<Map<string, string>> {
    const now = Date.now()
    if (!this.respondents || now - this.respondents.at > 30_000) {
      this.respondents = { at: now, map: await this.d.store.lenderOrgsByName() }
    }
    return this.respondents.map
  }

  private async reviewer(orgId: string, lane: 'fast' | 'thorough'): Promise<string | null> {
    const now = Date.now()
    let entry = this.loads.get(orgId)
    if (!entry || now - entry.at > 10_000) {
      entry = { at: now, list: await this.d.store.reviewerLoads(orgId) }
      this.loads.set(orgId, entry)
    }
    const id = assignReviewer(entry.list, lane)
    const r = entry.list.find((x) => x.id === id)
    if (r) r.openItems++
    return id ?? null
  }

  /** The analysis and template cluster of a complaint (both in the index's worker when it has one). */
  private async analyse(
    orgId: string,
    id: string,
    form: AnalysisInput,
    createdAt: string,
  ): Promise<AnalysedTemplate> {
    const { templates } = this.d
    if (templates.analyseAndAdd) return templates.analyseAndAdd(orgId, id, form, createdAt)
    const analysis = analyseComplaint(form)
    return { analysis, template: await templates.add(orgId, id, analysis.masked_text, createdAt) }
  }

  /** Checks, analyses, links, scores and queues one complaint; refuses bad input with every issue found. */
  async file(orgId: string, req: IntakeRequest): Promise<IntakeResult> {
    const { d } = this
    await d.settingsReady?.()
    const settings = settingsOf(d, orgId)
    const known = await this.knownRespondents()
    const checked = checkComplaintForm(req.form, {
      ...(req.source === 'import' && req.anyRespondent === true
        ? {}
        : { knownRespondents: new Set(known.keys()) }),
      requireContact: req.source !== 'import' || req.requireContact !== false,
    })
    const issues: IntakeIssue[] = checked.ok ? [] : [...checked.issues]
    const uploads: CheckedUpload[] = []
    for (const f of req.files ?? []) {
      const u = checkEvidenceUpload(f, settings.maxUploadBytes)
      if (u.ok) uploads.push(u.value)
      else issues.push(...u.issues)
    }
    const poa = checked.ok ? checked.value.agent?.powerOfAttorneySha256 : undefined
    if (poa && !uploads.some((u) => u.sha256 === poa)) {
      issues.push({
        path: ['agent', 'powerOfAttorney'],
        code: 'power_of_attorney_not_uploaded',
        zh: '授权委托书文件未随投诉上传',
        en: 'the power of attorney file was not uploaded with the complaint',
      })
    }
    if (!checked.ok || issues.length > 0) throw new IntakeRejectedError(issues)
    if (req.externalId) {
      // Idempotent per (organisation, external id): a repeat answers the first complaint.
      const first = await d.store.byExternalId(orgId, req.externalId)
      if (first) return replayedResult(first)
    }
    const form = checked.value
    const id = d.newId()
    const createdAt = req.createdAt ?? d.clock.now().toISOString()
    const { crypto } = d
    const sig = req.complainant ?? {}
    const phoneLookup = form.contact.phone ? crypto.lookup('phone', form.contact.phone) : null
    const emailLookup = form.contact.email ? crypto.lookup('email', form.contact.email) : null
    const deviceLookup = sig.deviceId ? crypto.lookup('name', `device:${sig.deviceId}`) : null
    const paymentLookup = sig.paymentAccount ? crypto.lookup('bank_card', sig.paymentAccount) : null
    const idNumberLookup = sig.idNumber ? crypto.lookup('id_number', sig.idNumber) : null
    const complainantKey = phoneLookup ?? emailLookup ?? `acct:${sig.accountId ?? id}`
    const ipRange = sig.ip ? (ipRangeOf(sig.ip) ?? null) : null
    const { analysis, template } = await this.analyse(orgId, id, form, createdAt)
    const probe = {
      phoneLookup,
      idNumberLookup,
      deviceLookup,
      ipRange,
      paymentLookup,
      templateCluster: template.cluster,
    }
    const [history, sharing, agentCount] = await Promise.all([
      d.store.complainantHistory(orgId, complainantKey, HISTORY_LIMIT),
      d.store.sharingSignals(orgId, probe, LINK_LIMIT),
      form.agent?.id ? d.store.agentComplainants(orgId, form.agent.id) : Promise.resolve(0),
    ])
    const templateSize =
      template.match?.size ??
      1 + sharing.filter((c) => c.templateCluster === template.cluster).length
    const templateSimilarity = template.match?.similarity ?? (templateSize > 1 ? 1 : null)
    const self: StoredComplaint = {
      id,
      orgId,
      source: req.source,
      externalId: req.externalId ?? null,
      respondent: form.respondent,
      respondentOrgId: known.get(form.respondent) ?? null,
      title: form.title,
      problem: form.problem,
      requests: form.requests,
      textEnc: crypto.encrypt(form.text, 'cd_complaints.text'),
      maskedText: analysis.masked_text,
      amountFen: Math.round(form.amountYuan * 100),
      phoneEnc: form.contact.phone
        ? crypto.encrypt(form.contact.phone, 'cd_complaints.phone')
        : null,
      phoneLookup,
      emailEnc: form.contact.email
        ? crypto.encrypt(form.contact.email, 'cd_complaints.email')
        : null,
      emailLookup,
      idNumberLookup,
      complainantKey,
      accountId: sig.accountId ?? null,
      deviceLookup,
      ipRange,
      paymentLookup,
      filedBy: form.filedBy,
      agentNameEnc: form.agent ? crypto.encrypt(form.agent.name, 'cd_complaints.agent_name') : null,
      agentId: form.agent?.id ?? null,
      poaSha256: form.agent?.powerOfAttorneySha256 ?? null,
      templateCluster: template.cluster,
      templateSimilarity: templateSize > 1 ? templateSimilarity : null,
      analysis: {},
      triage: {},
      lane: 'fast',
      priority: 'normal',
      dueAt: null,
      status: 'in_review',
      verdict: null,
      state: {},
      assignedTo: null,
      accessTokenHash: '',
      createdAt,
      category: req.category ?? null,
    }
    const dup = findDuplicates24h(
      [...history, self].map((c) => ({
        id: c.id,
        createdAt: c.createdAt,
        problem: c.problem,
        requests: c.requests,
        text: c.maskedText,
        complainantKey: c.complainantKey,
      })),
    ).find((x) => x.id === id)
    const accounts = new Map<string, AccountSignals>()
    for (const c of [...sharing, self]) accounts.set(c.complainantKey, signalsOf(c))
    const { clusters, links } = linkAccounts([...accounts.values()])
    const mine = clusters.find((c) => c.accounts.includes(complainantKey))
    const score = scoreComplainant(scoreEventsOf(history))
    const triage = triageComplaint(
      {
        receivedAt: formatChinaInstant(Date.parse(createdAt)),
        priorComplaints: history.length,
        linkedAccounts: mine ? mine.accounts.length - 1 : 0,
        ...(templateSimilarity !== null && templateSize > 1 ? { templateSimilarity } : {}),
        ...(dup ? { duplicateOf: dup.duplicateOf } : {}),
        allegations: analysis.behaviors.length + analysis.issues.length,
        amountYuan: form.amountYuan,
        textChars: [...form.text].length,
        bulkAgent: agentCount + 1 >= 5,
        priority: score.priority,
      },
      calendarOf(d),
      settings.triage,
    )
    const assignedTo = await this.reviewer(orgId, triage.lane)
    const accessToken = newAccessToken()
    const state = openCase(id)
    const stored: StoredComplaint = {
      ...self,
      analysis: {
        ...analysis,
        duplicate: dup ?? null,
        links: links.filter(
          (l) =>
            l.a === complainantKey ||
            l.b === complainantKey ||
            (mine?.accounts.includes(l.a) ?? false),
        ),
        cluster: mine ?? null,
        score,
        templateSize,
        templateNearest: template.match?.nearest ?? [],
      },
      triage,
      lane: triage.lane,
      priority: triage.priority,
      dueAt: triage.deadline.dueAt,
      state,
      assignedTo,
      accessTokenHash: hashSecret(accessToken),
    }
    const files: StoredFile[] = []
    // Content first: a stored file without its complaint is harmless (content-addressed).
    for (const [i, u] of uploads.entries()) {
      await d.content.put(req.files![i].bytes)
      files.push({
        id: d.newId(),
        orgId,
        complaintId: id,
        sha256: u.sha256,
        fileName: u.fileName,
        format: u.format,
        size: u.size,
        createdAt,
      })
    }
    const event = {
      type: 'filed' as const,
      complaintId: id,
      at: createdAt,
      actor: { kind: 'system' as const, id: 'intake', role: 'system' as const },
      from: 'in_review' as const,
      to: 'in_review' as const,
      details: {
        filed: true,
        lane: triage.lane,
        source: req.source,
        duplicateOf: dup?.duplicateOf ?? null,
      },
    }
    const inserted = await d.store.insert(
      stored,
      files,
      event,
      eventEntryOf(orgId, event, { evidence: uploads.map((u) => u.sha256) }),
    )
    if (!inserted) {
      // A concurrent push with the same external id won the insert: answer its complaint.
      const first = await d.store.byExternalId(orgId, req.externalId!)
      if (first) return replayedResult(first)
      throw new Error(`complaint ${req.externalId} conflicted but cannot be read back`)
    }
    return {
      id,
      accessToken,
      lane: triage.lane,
      priority: triage.priority,
      dueAt: triage.deadline.dueAt,
      assignedTo,
      reasons: triage.reasons,
      duplicateOf: dup?.duplicateOf ?? null,
      linkedAccounts: mine ? mine.accounts.length - 1 : 0,
      template:
        templateSize > 1 && templateSimilarity !== null
          ? { cluster: template.cluster, size: templateSize, similarity: templateSimilarity }
          : null,
      replayed: false,
    }
  }
}
