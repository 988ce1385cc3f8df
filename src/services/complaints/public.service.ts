/**
 * The borrower's side: a verification code to a phone or e-mail (simulated delivery in the
 * demo), filing with the verified contact, the complainant's own page by access token, and the
 * complainant's commands (answer, withdraw, appeal once).
 */
import { randomInt } from 'node:crypto'
import {
  IntakeRejectedError,
  checkComplaintForm,
  checkEvidenceUpload,
  decisionDeadlineNotices,
  withCurrentDecisionDeadlines,
  type CaseState,
  type IntakeIssue,
} from '../../core/complaints/index.ts'
import { NotFoundError, ValidationError } from '../../core/shared/index.ts'
import { calendarOf, hashSecret, settingsOf, type DeskDeps } from './desk-deps.ts'
import type { IntakeRequest, IntakeResult, IntakeService } from './intake.service.ts'
import type { DeskCommand, ReviewService } from './review.service.ts'

const CODE_TTL_MS = 10 * 60_000

/** A sent verification code; `demoCode` is the code itself, returned only because delivery is simulated. */
export interface VerificationSent {
  readonly verificationId: string
  readonly expiresAt: string
  readonly demoCode: string
}

/** Borrower-facing complaint services (no account needed beyond a verified phone or e-mail). */
export class PublicComplaintService {
  constructor(
    private readonly d: DeskDeps,
    private readonly intake: IntakeService,
    private readonly review: ReviewService,
  ) {}

  private targetLookup(t: { phone?: string; email?: string }): string {
    if (t.phone && /^1[3-9]\d{9}$/.test(t.phone.replace(/[\s-]/g, '').replace(/^\+?86/, ''))) {
      return this.d.crypto.lookup('phone', t.phone)
    }
    if (t.email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t.email.trim())) {
      return this.d.crypto.lookup('email', t.email)
    }
    throw new ValidationError('a valid mainland mobile number or e-mail address is required', [
      {
        path: ['phone'],
        message: '请填写正确的手机号或电子邮箱 / a valid mobile number or e-mail is required',
      },
    ])
  }

  /** Creates a six-digit code for a phone or e-mail; delivery is simulated (the code is returned). */
  async sendCode(target: { phone?: string; email?: string }): Promise<VerificationSent> {
    const lookup = this.targetLookup(target)
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
    const id = this.d.newId()
    const expiresAt = new Date(this.d.clock.now().getTime() + CODE_TTL_MS).toISOString()
    await this.d.store.saveVerification({
      id,
      targetLookup: lookup,
      codeHash: hashSecret(`${id}:${lookup}:${code}`),
      expiresAt,
    })
    return { verificationId: id, expiresAt, demoCode: code }
  }

  /**
   * Refuses a form or upload that intake would refuse, before the code is used: a borrower who
   * fixes a field keeps the code (it is consumed only by a filing the checks let through).
   */
  private async precheck(platformOrgId: string, req: IntakeRequest): Promise<void> {
    await this.d.settingsReady?.()
    const known = await this.d.store.lenderOrgsByName()
    const checked = checkComplaintForm(req.form, { knownRespondents: new Set(known.keys()) })
    const issues: IntakeIssue[] = checked.ok ? [] : [...checked.issues]
    const max = settingsOf(this.d, platformOrgId).maxUploadBytes
    for (const f of req.files ?? []) {
      const u = checkEvidenceUpload(f, max)
      if (!u.ok) issues.push(...u.issues)
    }
    if (issues.length > 0) throw new IntakeRejectedError(issues)
  }

  /** Files a complaint after checking the form and the code sent to the form's own contact. */
  async file(
    platformOrgId: string,
    verification: { id: string; code: string },
    req: IntakeRequest,
  ): Promise<IntakeResult> {
    await this.precheck(platformOrgId, req)
    const lookup = this.targetLookup(req.form.contact ?? {})
    const r = await this.d.store.useVerification(
      verification.id,
      hashSecret(`${verification.id}:${lookup}:${verification.code.trim()}`),
      this.d.clock.now().toISOString(),
    )
    if (r !== 'ok') {
      const zh = {
        wrong: '验证码不正确',
        expired: '验证码已过期，请重新获取',
        unknown: '验证码无效，请重新获取',
      }[r]
      throw new ValidationError(`verification failed: ${r}`, [
        {
          path: ['verification', 'code'],
          message: `${zh} / the code is ${r === 'wrong' ? 'wrong' : r === 'expired' ? 'expired' : 'not valid'}`,
        },
      ])
    }
    return this.intake.file(platformOrgId, { ...req, source: 'form' })
  }

  private async own(id: string, token: string) {
    const c = await this.d.store.getAnyOrg(id)
    if (!c || c.accessTokenHash !== hashSecret(token)) throw new NotFoundError('complaint')
    return c
  }

  /** The complainant's own page: what they filed (masked), where it stands, the verdict and the appeal window. */
  async view(id: string, token: string) {
    const c = await this.own(id, token)
    const s = withCurrentDecisionDeadlines(c.state as CaseState, calendarOf(this.d))
    const events = await this.d.store.events(c.orgId, c.id)
    return {
      id: c.id,
      respondent: c.respondent,
      title: c.title,
      maskedText: c.maskedText,
      createdAt: c.createdAt,
      status: s.status,
      verdict: s.verdict ?? null,
      reason: s.status === 'decided' || s.status === 'closed' ? (s.reason ?? null) : null,
      dueAt: c.dueAt,
      appealDue: s.appealDue ?? null,
      appealDueProvisional: decisionDeadlineNotices(s, calendarOf(this.d)).appeal,
      appealed: Boolean(s.appeal),
      lenderResponse: s.lenderResponse ?? null,
      history: events.map((e) => ({ type: e.type, at: e.at, to: e.to })),
    }
  }

  /** The complainant answers, withdraws or appeals; the state machine refuses what is not allowed. */
  async act(id: string, token: string, command: DeskCommand) {
    const c = await this.own(id, token)
    const r = await this.review.actAsComplainant(c, command)
    return { status: r.state.status, event: r.event.type }
  }
}
