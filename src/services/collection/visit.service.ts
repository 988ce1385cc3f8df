/**
 * Field visits (外访催收): two distinct qualified collectors (中国银行业协会指引 2026 第二十二条,
 * GB/T 45251-2025 5.2), gated like any contact (quiet hours, refusals, the pack's visit rules),
 * recorded with an evidence entry whose content hash covers the report and the photos' hashes.
 */
import {
  assignCollectors,
  AssignmentRefusedError,
  ContactDeniedError,
  ContactNotGatedError,
} from '../../core/collection/index.ts'
import { parseContact } from '../../core/compliance/index.ts'
import type { ContactRecord } from '../../core/compliance/index.ts'
import { NotFoundError, ValidationError } from '../../core/shared/index.ts'
import type { CollectionRepository } from '../../storage/collection.repository.ts'
import type { ContactService } from './contact.service.ts'
import type { ContentStore, GateTicket } from './ports.ts'
import { collectorFromRow } from './views.service.ts'

/** A visit as the collectors report it. */
export interface VisitInput {
  readonly debtorId: string
  readonly debtId: string
  /** The address contact point visited (one of the debtor's counterparties' points). */
  readonly pointId: string
  /** Start and end of the visit, ISO 8601 with offset. */
  readonly startedAt: string
  readonly endedAt: string
  readonly collectorIds: readonly string[]
  /** The visit report (what was said and done). */
  readonly report: string
  /** Photo bytes (JPEG, PNG …), stored content-addressed. */
  readonly photos: readonly Uint8Array[]
  /** A visit ticket gated beforehand (from the day's plan); absent: the visit is gated now. */
  readonly ticketId?: string
}

/** A recorded visit: its gate ticket, evidence index and the hashes a verifier checks. */
export interface VisitResult {
  readonly ticketId: string
  readonly evidenceIndex: number
  readonly contentSha256: string
  readonly photoSha256: readonly string[]
}

/** The report bundle whose bytes the evidence entry hashes: the report and the photos' hashes. */
export function visitBundle(v: VisitInput, photoSha256: readonly string[]): Uint8Array {
  const doc = {
    collectors: [...v.collectorIds],
    ended_at: v.endedAt,
    photos_sha256: [...photoSha256],
    report: v.report,
    schema: 'gongdao.visit-report/v1',
    started_at: v.startedAt,
  }
  return new TextEncoder().encode(JSON.stringify(doc))
}

/**
 * Records a field visit: refuses fewer than two distinct collectors, unknown or unqualified ones
 * (AssignmentRefusedError naming each), gates the visit (a denial is kept as a ticket on the
 * timeline and answered as ContactDeniedError), then stores photos and the report bundle and
 * appends the evidence entry; the debtor and point must belong to the organisation.
 */
export async function recordVisit(
  deps: {
    readonly repo: CollectionRepository
    readonly contacts: ContactService
    readonly content: ContentStore
  },
  orgId: string,
  v: VisitInput,
): Promise<VisitResult> {
  const p = await deps.repo.getPortfolio(orgId, v.debtorId)
  const loan = p?.loans.find((l) => l.id === v.debtId)
  const point = p?.points.find((x) => x.id === v.pointId)
  const party = p?.counterparties.find((c) => c.id === point?.counterparty_id)
  if (p === undefined || loan === undefined || point === undefined || party === undefined) {
    throw new NotFoundError('debtor, debt or address')
  }
  if (point.kind !== 'address' || point.do_not_contact === 1) {
    throw new ValidationError('the point is not a visitable address', [
      {
        path: ['pointId'],
        message: point.kind !== 'address' ? '该联系方式不是地址' : '该地址已设为勿扰',
      },
    ])
  }
  const ids = [...new Set(v.collectorIds)]
  if (ids.length < 2) {
    throw new AssignmentRefusedError('a field visit needs two distinct collectors', [
      {
        path: ['collectorIds'],
        message: '外访催收应安排不少于两名不同的催收人员（中国银行业协会指引第二十二条）',
      },
    ])
  }
  const stored = await deps.repo.listCollectors(orgId, ids)
  const unknown = ids.filter((id) => !stored.some((c) => c.id === id))
  if (unknown.length > 0) {
    throw new AssignmentRefusedError(
      'unknown collector',
      unknown.map((id) => ({
        path: ['collectorIds', ids.indexOf(id)],
        message: `${id}: 不是本机构的催收员`,
      })),
    )
  }
  if (Date.parse(v.endedAt) < Date.parse(v.startedAt)) {
    throw new ValidationError('the visit ends before it starts', [
      { path: ['endedAt'], message: '外访结束时间早于开始时间' },
    ])
  }
  // Day of the visit in the debtor's zone, for the training check (GB/T 45251-2025 5.2).
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: p.debtor.tz }).format(
    new Date(v.startedAt),
  )
  assignCollectors({ channel: 'visit' }, stored.map(collectorFromRow), day)
  const contact = parseContact({
    id: `visit:${v.startedAt}:${v.pointId}`,
    debt_id: loan.id,
    debtor_id: p.debtor.id,
    debtor_status: p.debtor.status,
    counterparty: { id: party.id, role: party.role },
    channel: 'visit',
    to: point.ref,
    number_type: 'registered',
    at: v.startedAt,
    tz: p.debtor.tz,
    collectors: ids,
    source: point.source,
    ...(loan.agency_id === null ? {} : { agency_id: loan.agency_id }),
  })
  const ticket =
    v.ticketId === undefined
      ? await deps.contacts.gate(orgId, contact, 'field-visit')
      : await plannedTicket(deps.repo, orgId, v.ticketId, contact)
  if (ticket.decision.decision !== 'allow') {
    throw new ContactDeniedError(
      ticket.decision.decision,
      ticket.decision.rules
        .filter((r) => r.verdict === 'deny' || r.verdict === 'review')
        .map((r) => ({ id: r.id, clause: r.clause, message: r.message.zh })),
    )
  }
  const photoSha256 = deps.content.putMany
    ? await deps.content.putMany(v.photos)
    : await Promise.all(v.photos.map((b) => deps.content.put(b)))
  const r = await deps.contacts.recordVisit(orgId, ticket.id, {
    content: visitBundle(v, photoSha256),
    text: v.report,
    startedAt: v.startedAt,
    endedAt: v.endedAt,
  })
  return {
    ticketId: ticket.id,
    evidenceIndex: r.performed.evidenceIndex,
    contentSha256: r.performed.contentSha256!,
    photoSha256,
  }
}

async function plannedTicket(
  repo: CollectionRepository,
  orgId: string,
  ticketId: string,
  reported: ContactRecord,
): Promise<GateTicket> {
  const t = await repo.get(orgId, ticketId)
  if (t === undefined) throw new ContactNotGatedError(ticketId)
  const c = t.contact
  const same = (a: readonly string[], b: readonly string[]): boolean =>
    a.length === b.length && a.every((x) => b.includes(x))
  if (
    c.channel !== 'visit' ||
    c.debtor_id !== reported.debtor_id ||
    !same(c.collectors, reported.collectors)
  ) {
    throw new ValidationError('the ticket is not a visit of this debtor by these collectors', [
      { path: ['ticketId'], message: '门票与本次外访（债务人或催收员）不符' },
    ])
  }
  return t
}
