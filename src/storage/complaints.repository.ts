/**
 * The complaint desk repository: complaints, their events and files, verification codes and
 * published cases. Every query names its organisation; the lender reads for reconciliation and
 * transparency are the sharing rules of the complaint flow (DESIGN.md).
 */
import { sql, type Kysely, type Updateable } from 'kysely'
import type { CaseEvent } from '../core/complaints/index.ts'
import type {
  ComplaintStore,
  HistoryRow,
  LenderContact,
  LinkProbe,
  LinkRow,
  QueueFilter,
  StoredComplaint,
  StoredEvent,
  StoredFile,
} from '../services/complaints/ports.ts'
import './analytics.table.ts'
import type { DeskSettingsStore } from '../services/complaints/desk-settings.service.ts'
import type { CdComplaintTable, CdEventTable } from './complaints.table.ts'
import { fromJsonColumn, toJsonColumn } from './dialects/index.ts'
import { queryTemplate, type QueryTemplate } from './dialects/query-template.ts'
import { GroupCommit } from './group-commit.ts'
import type { Database } from './schema.ts'

const OPEN = ['in_review', 'awaiting_complainant', 'pending_confirmation', 'appealed']
const PAGE = 5000
// linkAccounts ignores values shared by more than 20 accounts; 50 rows per value leaves room.
const PER_SIGNAL = 50
const LINK_COLUMNS = [
  'id',
  'created_at',
  'complainant_key',
  'phone_lookup',
  'id_number_lookup',
  'device_lookup',
  'ip_range',
  'payment_lookup',
  'template_cluster',
] as const

/** A signal column the linking query matches on. */
type LinkColumn =
  | 'phone_lookup'
  | 'id_number_lookup'
  | 'device_lookup'
  | 'ip_range'
  | 'payment_lookup'
  | 'template_cluster'

/** The compiled linking query of one set of signals. */
type LinkingTemplate = QueryTemplate<string, Pick<CdComplaintTable, (typeof LINK_COLUMNS)[number]>>

function rowToComplaint(r: CdComplaintTable): StoredComplaint {
  return {
    id: r.id,
    orgId: r.org_id,
    source: r.source as StoredComplaint['source'],
    externalId: r.external_id,
    respondent: r.respondent,
    respondentOrgId: r.respondent_org_id,
    title: r.title,
    problem: r.problem,
    requests: r.requests,
    textEnc: r.text_enc,
    maskedText: r.masked_text,
    amountFen: Number(r.amount_fen),
    phoneEnc: r.phone_enc,
    phoneLookup: r.phone_lookup,
    emailEnc: r.email_enc,
    emailLookup: r.email_lookup,
    idNumberLookup: r.id_number_lookup,
    complainantKey: r.complainant_key,
    accountId: r.account_id,
    deviceLookup: r.device_lookup,
    ipRange: r.ip_range,
    paymentLookup: r.payment_lookup,
    filedBy: r.filed_by as 'self' | 'agent',
    agentNameEnc: r.agent_name_enc,
    agentId: r.agent_id,
    poaSha256: r.poa_sha256,
    templateCluster: r.template_cluster,
    templateSimilarity: r.template_similarity,
    analysis: fromJsonColumn(r.analysis),
    triage: fromJsonColumn(r.triage),
    lane: r.lane,
    priority: r.priority,
    dueAt: r.due_at,
    status: r.status,
    verdict: r.verdict,
    state: fromJsonColumn(r.state),
    assignedTo: r.assigned_to,
    accessTokenHash: r.access_token_hash,
    createdAt: r.created_at,
    category: r.category ?? null,
  }
}

// Every column of a complaint row (the compiled insert binds each; the type checks none is missing).
const COLUMN_SET: Record<keyof CdComplaintTable, true> = {
  id: true,
  org_id: true,
  source: true,
  external_id: true,
  respondent: true,
  respondent_org_id: true,
  title: true,
  problem: true,
  requests: true,
  text_enc: true,
  masked_text: true,
  amount_fen: true,
  phone_enc: true,
  phone_lookup: true,
  email_enc: true,
  email_lookup: true,
  id_number_lookup: true,
  complainant_key: true,
  account_id: true,
  device_lookup: true,
  ip_range: true,
  payment_lookup: true,
  filed_by: true,
  agent_name_enc: true,
  agent_id: true,
  poa_sha256: true,
  template_cluster: true,
  template_similarity: true,
  analysis: true,
  triage: true,
  lane: true,
  priority: true,
  due_at: true,
  status: true,
  verdict: true,
  state: true,
  assigned_to: true,
  access_token_hash: true,
  created_at: true,
  category: true,
}
const COMPLAINT_COLUMNS = Object.keys(COLUMN_SET) as (keyof CdComplaintTable)[]

function complaintToRow(c: StoredComplaint): CdComplaintTable {
  return {
    id: c.id,
    org_id: c.orgId,
    source: c.source,
    external_id: c.externalId,
    respondent: c.respondent,
    respondent_org_id: c.respondentOrgId,
    title: c.title,
    problem: c.problem,
    requests: c.requests,
    text_enc: c.textEnc,
    masked_text: c.maskedText,
    amount_fen: c.amountFen,
    phone_enc: c.phoneEnc,
    phone_lookup: c.phoneLookup,
    email_enc: c.emailEnc,
    email_lookup: c.emailLookup,
    id_number_lookup: c.idNumberLookup,
    complainant_key: c.complainantKey,
    account_id: c.accountId,
    device_lookup: c.deviceLookup,
    ip_range: c.ipRange,
    payment_lookup: c.paymentLookup,
    filed_by: c.filedBy,
    agent_name_enc: c.agentNameEnc,
    agent_id: c.agentId,
    poa_sha256: c.poaSha256,
    template_cluster: c.templateCluster,
    template_similarity: c.templateSimilarity,
    analysis: toJsonColumn(c.analysis as object),
    triage: toJsonColumn(c.triage as object),
    lane: c.lane,
    priority: c.priority,
    due_at: c.dueAt,
    status: c.status,
    verdict: c.verdict,
    state: toJsonColumn(c.state as object),
    assigned_to: c.assignedTo,
    access_token_hash: c.accessTokenHash,
    created_at: c.createdAt,
    category: c.category ?? null,
  }
}

function eventRow(orgId: string, id: string, e: CaseEvent): CdEventTable {
  return {
    id,
    org_id: orgId,
    complaint_id: e.complaintId,
    type: e.type,
    at: e.at,
    actor_id: e.actor.id,
    actor_role: `${e.actor.kind}:${e.actor.role}`,
    from_status: e.from,
    to_status: e.to,
    details: toJsonColumn(e.details),
    evidence_index: null,
  }
}

function rowToEvent(r: CdEventTable): StoredEvent {
  const [kind, role] = r.actor_role.split(':') as [
    CaseEvent['actor']['kind'],
    CaseEvent['actor']['role'],
  ]
  return {
    type: r.type as CaseEvent['type'],
    complaintId: r.complaint_id,
    at: r.at,
    actor: { kind, id: r.actor_id, role },
    from: r.from_status as CaseEvent['from'],
    to: r.to_status as CaseEvent['to'],
    details: fromJsonColumn(r.details),
    id: r.id,
    evidenceIndex: r.evidence_index === null ? null : Number(r.evidence_index),
  }
}

/**
 * Appends entries to an organisation's evidence log inside the caller's transaction, in order,
 * and answers their leaf indices (storage/desk.wiring.ts builds it over the evidence service).
 */
export type EvidenceAppender = (
  trx: Kysely<Database>,
  orgId: string,
  entries: readonly object[],
) => Promise<number[]>

/** A complaint insert waiting for its group (see insert). */
interface PendingInsert {
  readonly c: StoredComplaint
  readonly files: readonly StoredFile[]
  readonly event: CaseEvent
  readonly evidenceEntry?: object
}

/** A case event to store, with its evidence entry when it is anchored in the log. */
interface NewEvent {
  readonly orgId: string
  readonly event: CaseEvent
  readonly entry?: object
}

/** Complaint desk data access over one database. */
export class ComplaintRepository implements ComplaintStore, DeskSettingsStore {
  /** Takes the database, an id generator and, to anchor events, the evidence appender. */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly newId: () => string,
    private readonly evidence?: EvidenceAppender,
  ) {}

  private hotQueries?: ReturnType<ComplaintRepository['compileHot']>

  // The intake's hot queries, compiled once on first use (dialects/query-template.ts).
  private get hot(): ReturnType<ComplaintRepository['compileHot']> {
    return (this.hotQueries ??= this.compileHot())
  }

  private compileHot() {
    return {
      byExternalId: queryTemplate(['orgId', 'externalId'], (p) =>
        this.db
          .selectFrom('cd_complaints')
          .selectAll()
          .where('org_id', '=', p.orgId)
          .where('external_id', '=', p.externalId),
      ),
      history: queryTemplate(['orgId', 'key', 'limit'], (p) =>
        this.db
          .selectFrom('cd_complaints')
          .select([
            'id',
            'created_at',
            'problem',
            'requests',
            'masked_text',
            'complainant_key',
            'state',
            'template_cluster',
            'template_similarity',
          ])
          .where('org_id', '=', p.orgId)
          .where('complainant_key', '=', p.key)
          .orderBy('created_at', 'desc')
          .limit(p.limit as unknown as number),
      ),
      insert: queryTemplate(COMPLAINT_COLUMNS, (p) =>
        this.db
          .insertInto('cd_complaints')
          .values(p as unknown as CdComplaintTable)
          .onConflict((oc) => oc.columns(['org_id', 'external_id']).doNothing()),
      ),
    }
  }
  private readonly linking = new Map<string, LinkingTemplate>()

  /** The linking UNION ALL for one set of present signals: parameters `org` and `v0`…. */
  private linkingTemplate(cols: readonly LinkColumn[], perSignal: number): LinkingTemplate {
    const keys = ['org', ...cols.map((_, k) => `v${k}`)]
    return queryTemplate(keys, (p) => {
      const branch = (col: LinkColumn, k: number) =>
        this.db
          .selectFrom((eb) =>
            eb
              .selectFrom('cd_complaints')
              .select(LINK_COLUMNS)
              .where('org_id', '=', p.org)
              .where(col, '=', p[`v${k}`])
              .orderBy('created_at', 'desc')
              .limit(perSignal)
              .as('s'),
          )
          .selectAll()
      let q = branch(cols[0], 0)
      cols.slice(1).forEach((col, k) => (q = q.unionAll(branch(col, k + 1))))
      return q
    })
  }

  // Concurrent intakes share one transaction, one commit and one evidence append.
  // A group waits one event-loop turn, so intakes woken by the same turn (the intake worker's
  // replies, concurrent requests) go together.
  private readonly intake = new GroupCommit<PendingInsert, boolean>(
    (items) => this.insertGroup(items),
    64,
    true,
  )

  private async insertEvent(
    trx: Kysely<Database>,
    orgId: string,
    event: CaseEvent,
    evidenceEntry: object | undefined,
  ): Promise<void> {
    await this.insertEvents(trx, [{ orgId, event, entry: evidenceEntry }])
  }

  /** Stores events (one statement), their entries appended per organisation in one batch each. */
  private async insertEvents(trx: Kysely<Database>, events: readonly NewEvent[]): Promise<void> {
    if (events.length === 0) return
    const ids = events.map(() => this.newId())
    const indices: (number | null)[] = events.map(() => null)
    if (this.evidence) {
      const byOrg = new Map<string, number[]>()
      events.forEach((e, i) => {
        if (!e.entry) return
        const at = byOrg.get(e.orgId)
        if (at) at.push(i)
        else byOrg.set(e.orgId, [i])
      })
      for (const [orgId, at] of byOrg) {
        const entries = at.map((i) => ({ ...events[i].entry, event_id: ids[i] }))
        const got = await this.evidence(trx, orgId, entries)
        at.forEach((i, k) => (indices[i] = got[k]))
      }
    }
    await trx
      .insertInto('cd_events')
      .values(
        events.map((e, i) => ({
          ...eventRow(e.orgId, ids[i], e.event),
          evidence_index: indices[i],
        })),
      )
      .execute()
  }

  /** Inserts a group of complaints in one transaction; answers, per complaint, whether it was new. */
  private async insertGroup(items: readonly PendingInsert[]): Promise<boolean[]> {
    return this.db.transaction().execute(async (trx) => {
      const inserted: boolean[] = []
      const events: NewEvent[] = []
      for (const { c, files, event, evidenceEntry } of items) {
        const r = await trx.executeQuery(
          this.hot.insert(complaintToRow(c) as Required<CdComplaintTable>),
        )
        const isNew = Number(r.numAffectedRows ?? 0n) > 0
        inserted.push(isNew)
        if (!isNew) continue
        if (files.length > 0) {
          await trx
            .insertInto('cd_files')
            .values(
              files.map((f) => ({
                id: f.id,
                org_id: f.orgId,
                complaint_id: c.id,
                sha256: f.sha256,
                file_name: f.fileName,
                format: f.format,
                size: f.size,
                created_at: f.createdAt,
              })),
            )
            .execute()
        }
        events.push({ orgId: c.orgId, event, entry: evidenceEntry })
      }
      await this.insertEvents(trx, events)
      return inserted
    })
  }

  /** Lender organisations by name: the respondents on record. */
  async lenderOrgsByName(): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('organizations')
      .select(['id', 'name'])
      .where('kind', '=', 'lender')
      .execute()
    return new Map(rows.map((r) => [r.name, r.id]))
  }

  /**
   * Inserts a complaint, its files and its first event in one transaction; answers false and
   * writes nothing when the organisation already holds the complaint's external id (a repeated or
   * concurrent push). The event's evidence entry, when given, is appended to the organisation's
   * evidence log inside the same transaction and its leaf index stored with the event. Inserts
   * made while another is being written share the next transaction (group-commit.ts); each
   * answers only after that transaction committed.
   */
  insert(
    c: StoredComplaint,
    files: readonly StoredFile[],
    event: CaseEvent,
    evidenceEntry?: object,
  ): Promise<boolean> {
    return this.intake.submit({ c, files, event, evidenceEntry })
  }

  /** Groups of inserts written so far and the complaints in them (benchmarks). */
  get intakeGroups(): { groups: number; items: number } {
    return this.intake.stats
  }

  /** One complaint of an organisation. */
  async get(orgId: string, id: string): Promise<StoredComplaint | undefined> {
    const r = await this.db
      .selectFrom('cd_complaints')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst()
    return r && rowToComplaint(r)
  }

  /** One complaint by id alone (the complainant's own page, checked with its access token). */
  async getAnyOrg(id: string): Promise<StoredComplaint | undefined> {
    const r = await this.db
      .selectFrom('cd_complaints')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    return r && rowToComplaint(r)
  }

  /** Whether the organisation already holds a complaint with this source id. */
  async hasExternalId(orgId: string, externalId: string): Promise<boolean> {
    const r = await this.db
      .selectFrom('cd_complaints')
      .select('id')
      .where('org_id', '=', orgId)
      .where('external_id', '=', externalId)
      .executeTakeFirst()
    return r !== undefined
  }

  /** The organisation's complaint with this source id, if any. */
  async byExternalId(orgId: string, externalId: string): Promise<StoredComplaint | undefined> {
    const { rows } = await this.db.executeQuery(this.hot.byExternalId({ orgId, externalId }))
    const r = rows[0]
    return r && rowToComplaint(r)
  }

  /** The review queue of an organisation. */
  async queue(orgId: string, f: QueueFilter): Promise<StoredComplaint[]> {
    let q = this.db.selectFrom('cd_complaints').selectAll().where('org_id', '=', orgId)
    q = q.where('status', 'in', f.status && f.status.length > 0 ? [...f.status] : OPEN)
    if (f.lane) q = q.where('lane', '=', f.lane)
    if (f.assignedTo) q = q.where('assigned_to', '=', f.assignedTo)
    const rows = await q
      .orderBy('due_at')
      .orderBy('id')
      .limit(f.limit ?? 200)
      .execute()
    return rows.map(rowToComplaint)
  }

  /** Every complaint of one complainant (by key) in an organisation, oldest first. */
  async byComplainant(orgId: string, key: string): Promise<StoredComplaint[]> {
    const rows = await this.db
      .selectFrom('cd_complaints')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('complainant_key', '=', key)
      .orderBy('created_at')
      .execute()
    return rows.map(rowToComplaint)
  }

  /**
   * The newest complaints of one complainant (by key), newest first, with the columns the score
   * and the 24-hour duplicate check read.
   */
  async complainantHistory(orgId: string, key: string, limit: number): Promise<HistoryRow[]> {
    const { rows } = await this.db.executeQuery(this.hot.history({ orgId, key, limit }))
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      problem: r.problem,
      requests: r.requests,
      maskedText: r.masked_text,
      complainantKey: r.complainant_key,
      state: fromJsonColumn(r.state),
      templateCluster: r.template_cluster,
      templateSimilarity: r.template_similarity,
    }))
  }

  /**
   * Complaints sharing any linking signal with the probe, linking columns only: for each signal
   * its newest matches (at most PER_SIGNAL: a value shared more widely is too common to link on)
   * straight off its (org_id, signal, created_at) index, as one UNION ALL (an OR over the
   * columns made SQLite scan the organisation's complaints); at most `limit`, newest first.
   */
  async sharingSignals(orgId: string, p: LinkProbe, limit: number): Promise<LinkRow[]> {
    const pairs = [
      ['phone_lookup', p.phoneLookup],
      ['id_number_lookup', p.idNumberLookup],
      ['device_lookup', p.deviceLookup],
      ['ip_range', p.ipRange],
      ['payment_lookup', p.paymentLookup],
      ['template_cluster', p.templateCluster],
    ] as const
    const present = pairs.filter((x): x is [(typeof x)[0], string] => x[1] !== null)
    if (present.length === 0) return []
    const shape = `${present.map(([col]) => col).join(',')};${Math.min(limit, PER_SIGNAL)}`
    let tpl = this.linking.get(shape)
    if (!tpl) {
      tpl = this.linkingTemplate(
        present.map(([col]) => col),
        Math.min(limit, PER_SIGNAL),
      )
      this.linking.set(shape, tpl)
    }
    const values: Record<string, unknown> = { org: orgId }
    present.forEach(([, v], k) => (values[`v${k}`] = v))
    const { rows } = await this.db.executeQuery(tpl(values))
    const seen = new Map<string, LinkRow & { createdAt: string }>()
    for (const r of rows) {
      seen.set(r.id, {
        id: r.id,
        complainantKey: r.complainant_key,
        phoneLookup: r.phone_lookup,
        idNumberLookup: r.id_number_lookup,
        deviceLookup: r.device_lookup,
        ipRange: r.ip_range,
        paymentLookup: r.payment_lookup,
        templateCluster: r.template_cluster,
        createdAt: r.created_at,
      })
    }
    return [...seen.values()]
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
      .slice(0, limit)
      .map(({ createdAt: _, ...row }) => row)
  }

  /** Every complaint id of an organisation, in pages (the template index's catch-up). */
  async *complaintIds(orgId: string): AsyncIterable<string[]> {
    let after = ''
    for (;;) {
      const rows = await this.db
        .selectFrom('cd_complaints')
        .select('id')
        .where('org_id', '=', orgId)
        .where('id', '>', after)
        .orderBy('id')
        .limit(PAGE)
        .execute()
      if (rows.length === 0) return
      yield rows.map((r) => r.id)
      after = rows[rows.length - 1].id
    }
  }

  /** Masked texts of an organisation's complaints in pages, oldest first; only `ids` when given. */
  async *templateTexts(
    orgId: string,
    ids?: readonly string[],
  ): AsyncIterable<{ id: string; text: string; createdAt: string }[]> {
    const base = this.db
      .selectFrom('cd_complaints')
      .select(['id', 'masked_text', 'created_at'])
      .where('org_id', '=', orgId)
    const page = (rows: { id: string; masked_text: string; created_at: string }[]) =>
      rows.map((r) => ({ id: r.id, text: r.masked_text, createdAt: r.created_at }))
    if (ids) {
      for (let i = 0; i < ids.length; i += 500) {
        const part = ids.slice(i, i + 500)
        yield page(await base.where('id', 'in', part).orderBy('created_at').orderBy('id').execute())
      }
      return
    }
    let after: { at: string; id: string } | undefined
    for (;;) {
      let q = base
      if (after) {
        const { at, id } = after
        q = q.where((eb) =>
          eb.or([
            eb('created_at', '>', at),
            eb.and([eb('created_at', '=', at), eb('id', '>', id)]),
          ]),
        )
      }
      const rows = await q.orderBy('created_at').orderBy('id').limit(PAGE).execute()
      if (rows.length === 0) return
      yield page(rows)
      const last = rows[rows.length - 1]
      after = { at: last.created_at, id: last.id }
    }
  }

  /** How many distinct complainants an agent filed for. */
  async agentComplainants(orgId: string, agentId: string): Promise<number> {
    const r = await this.db
      .selectFrom('cd_complaints')
      .select(sql<number>`count(distinct complainant_key)`.as('n'))
      .where('org_id', '=', orgId)
      .where('agent_id', '=', agentId)
      .executeTakeFirst()
    return Number(r?.n ?? 0)
  }

  /** Answers whether the user is an active reviewer of the organisation (one row by key, no counts). */
  async isActiveReviewer(orgId: string, userId: string): Promise<boolean> {
    const u = await this.db
      .selectFrom('users')
      .select(['roles', 'disabled'])
      .where('org_id', '=', orgId)
      .where('id', '=', userId)
      .executeTakeFirst()
    return Boolean(u && !u.disabled && fromJsonColumn<string[]>(u.roles).includes('reviewer'))
  }

  /** The organisation's reviewers with their open items. */
  async reviewerLoads(orgId: string): Promise<{ id: string; openItems: number }[]> {
    const users = await this.db
      .selectFrom('users')
      .select(['id', 'roles', 'disabled'])
      .where('org_id', '=', orgId)
      .execute()
    const counts = await this.db
      .selectFrom('cd_complaints')
      .select(['assigned_to', sql<number>`count(*)`.as('n')])
      .where('org_id', '=', orgId)
      .where('status', 'in', OPEN)
      .groupBy('assigned_to')
      .execute()
    const by = new Map(counts.map((c) => [c.assigned_to, Number(c.n)]))
    return users
      .filter((u) => !u.disabled && fromJsonColumn<string[]>(u.roles).includes('reviewer'))
      .map((u) => ({ id: u.id, openItems: by.get(u.id) ?? 0 }))
  }

  /**
   * Saves a case's new state and its event in one transaction, with the event's evidence entry
   * appended to the log in the same transaction when given.
   */
  async updateCase(
    orgId: string,
    id: string,
    patch: { state: unknown; status: string; verdict: string | null; dueAt: string | null },
    event: CaseEvent,
    evidenceEntry?: object,
  ): Promise<void> {
    const set = {
      state: toJsonColumn(patch.state as object),
      status: patch.status,
      verdict: patch.verdict,
      due_at: patch.dueAt,
    }
    await this.updateWithEvent(orgId, id, set, event, evidenceEntry)
  }

  /**
   * Sets a complaint's reviewer and stores the assignment event, its evidence entry appended to
   * the log, in one transaction (issue 7: assignment is evidence; not on the intake path).
   */
  async assign(
    orgId: string,
    id: string,
    reviewerId: string,
    event: CaseEvent,
    evidenceEntry?: object,
  ): Promise<void> {
    await this.updateWithEvent(orgId, id, { assigned_to: reviewerId }, event, evidenceEntry)
  }

  // One complaint's columns and its event (with its evidence entry) in one transaction.
  private async updateWithEvent(
    orgId: string,
    id: string,
    set: Updateable<CdComplaintTable>,
    event: CaseEvent,
    evidenceEntry: object | undefined,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('cd_complaints')
        .set(set)
        .where('org_id', '=', orgId)
        .where('id', '=', id)
        .execute()
      await this.insertEvent(trx, orgId, event, evidenceEntry)
    })
  }

  /** Replaces a complaint's deadline if it still is `expected`; true when written. */
  async setDueAt(
    orgId: string,
    id: string,
    expected: string | null,
    dueAt: string | null,
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('cd_complaints')
      .set({ due_at: dueAt })
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .where('due_at', expected === null ? 'is' : '=', expected)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) > 0
  }

  /** A complaint's events, oldest first (within one instant, in log order). */
  async events(orgId: string, complaintId: string): Promise<StoredEvent[]> {
    const rows = await this.db
      .selectFrom('cd_events')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('complaint_id', '=', complaintId)
      .orderBy('at')
      // Events of one instant keep the order they happened in: their leaf order in the log.
      .orderBy('evidence_index')
      .orderBy('id')
      .execute()
    return rows.map(rowToEvent)
  }

  /** A complaint's evidence files. */
  async files(orgId: string, complaintId: string): Promise<StoredFile[]> {
    const rows = await this.db
      .selectFrom('cd_files')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('complaint_id', '=', complaintId)
      .execute()
    return rows.map((f) => ({
      id: f.id,
      orgId: f.org_id,
      complaintId: f.complaint_id,
      sha256: f.sha256,
      fileName: f.file_name,
      format: f.format,
      size: Number(f.size),
      createdAt: f.created_at,
    }))
  }

  /** Complaints about a lender on the system, across platforms (for its transparency statistics). */
  async aboutLender(lenderOrgId: string): Promise<StoredComplaint[]> {
    const rows = await this.db
      .selectFrom('cd_complaints')
      .selectAll()
      .where('respondent_org_id', '=', lenderOrgId)
      .execute()
    return rows.map(rowToComplaint)
  }

  /** The lender's recorded contacts with the debtor reached at a phone (by HMAC) in [from, to). */
  async lenderContacts(
    lenderOrgId: string,
    phoneLookup: string,
    from: string,
    to: string,
  ): Promise<LenderContact[]> {
    const rows = await this.db
      .selectFrom('coll_contacts as c')
      .innerJoin('coll_counterparties as cp', 'cp.debtor_id', 'c.debtor_id')
      .innerJoin('coll_contact_points as p', 'p.counterparty_id', 'cp.id')
      .select([
        'c.id',
        'c.evidence_index',
        'c.channel',
        'c.started_at',
        'c.counterparty_role',
        'c.content_sha256',
        'c.transcript_sha256',
      ])
      .where('c.org_id', '=', lenderOrgId)
      .where('p.org_id', '=', lenderOrgId)
      .where('cp.role', '=', 'debtor')
      .where('p.value_lookup', '=', phoneLookup)
      .where('c.started_at', '>=', from)
      .where('c.started_at', '<', to)
      .distinct()
      .execute()
    return rows.map((r) => ({
      id: r.id,
      evidenceIndex: Number(r.evidence_index),
      channel: r.channel,
      at: r.started_at,
      counterpartyRole: r.counterparty_role,
      contentSha256: r.content_sha256,
      hasTranscript: r.transcript_sha256 !== null,
    }))
  }

  /** The content checker's categories on the lender's contacts (review items with a content finding). */
  async lenderFindings(
    lenderOrgId: string,
    contactIds: readonly string[],
  ): Promise<{ contactId: string; categories: string[] }[]> {
    const out: { contactId: string; categories: string[] }[] = []
    for (let i = 0; i < contactIds.length; i += 500) {
      const rows = await this.db
        .selectFrom('coll_review')
        .select(['contact_id', 'detail'])
        .where('org_id', '=', lenderOrgId)
        .where('reason', '=', 'content_finding')
        .where('contact_id', 'in', contactIds.slice(i, i + 500))
        .execute()
      for (const r of rows) {
        out.push({ contactId: r.contact_id, categories: r.detail.split(',').filter(Boolean) })
      }
    }
    return out
  }

  /** Names of the agencies a lender uses. */
  async lenderAgencies(lenderOrgId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('coll_agencies')
      .select('name')
      .where('org_id', '=', lenderOrgId)
      .orderBy('name')
      .execute()
    return rows.map((r) => r.name)
  }

  /** Saves a verification code (hashed). */
  async saveVerification(v: {
    id: string
    targetLookup: string
    codeHash: string
    expiresAt: string
  }): Promise<void> {
    await this.db
      .insertInto('cd_verifications')
      .values({
        id: v.id,
        target_lookup: v.targetLookup,
        code_hash: v.codeHash,
        attempts: 0,
        expires_at: v.expiresAt,
        used_at: null,
      })
      .execute()
  }

  /** Checks and consumes a verification code; five wrong attempts burn it. */
  async useVerification(
    id: string,
    codeHash: string,
    now: string,
  ): Promise<'ok' | 'wrong' | 'expired' | 'unknown'> {
    const v = await this.db
      .selectFrom('cd_verifications')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    if (!v || v.used_at !== null || v.attempts >= 5) return 'unknown'
    if (v.expires_at <= now) return 'expired'
    if (v.code_hash !== codeHash) {
      await this.db
        .updateTable('cd_verifications')
        .set({ attempts: v.attempts + 1 })
        .where('id', '=', id)
        .execute()
      return 'wrong'
    }
    await this.db
      .updateTable('cd_verifications')
      .set({ used_at: now })
      .where('id', '=', id)
      .execute()
    return 'ok'
  }

  /** Stores a published case, and its event (anchored in the evidence log) in the same transaction. */
  async publishCase(
    c: {
      id: string
      orgId: string
      lenderOrgId: string
      complaintId: string
      title: string
      body: string
      verdict: string
      publishedAt: string
    },
    event?: { event: CaseEvent; entry: object },
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('cd_published_cases')
        .values({
          id: c.id,
          org_id: c.orgId,
          lender_org_id: c.lenderOrgId,
          complaint_id: c.complaintId,
          title: c.title,
          body: c.body,
          verdict: c.verdict,
          published_at: c.publishedAt,
        })
        .execute()
      if (event) await this.insertEvent(trx, c.orgId, event.event, event.entry)
    })
  }

  /** A lender's published cases, newest first. */
  async publishedCases(
    lenderOrgId: string,
  ): Promise<{ id: string; title: string; body: string; verdict: string; publishedAt: string }[]> {
    const rows = await this.db
      .selectFrom('cd_published_cases')
      .selectAll()
      .where('lender_org_id', '=', lenderOrgId)
      .orderBy('published_at', 'desc')
      .execute()
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      body: r.body,
      verdict: r.verdict,
      publishedAt: r.published_at,
    }))
  }

  /** Every organisation's stored desk settings. */
  async allDeskSettings(): Promise<
    { orgId: string; settings: unknown; updatedAt: string; updatedBy: string }[]
  > {
    const rows = await this.db.selectFrom('cd_desk_settings').selectAll().execute()
    return rows.map((r) => ({
      orgId: r.org_id,
      settings: fromJsonColumn(r.settings),
      updatedAt: r.updated_at,
      updatedBy: r.updated_by,
    }))
  }

  /** Saves an organisation's desk settings (insert or replace). */
  async saveDeskSettings(orgId: string, settings: object, at: string, by: string): Promise<void> {
    const json = toJsonColumn(settings)
    await this.db
      .insertInto('cd_desk_settings')
      .values({ org_id: orgId, settings: json, updated_at: at, updated_by: by })
      .onConflict((oc) =>
        oc.column('org_id').doUpdateSet({ settings: json, updated_at: at, updated_by: by }),
      )
      .execute()
  }

  /** An organisation's name. */
  async orgName(orgId: string): Promise<string | undefined> {
    return (
      await this.db
        .selectFrom('organizations')
        .select('name')
        .where('id', '=', orgId)
        .executeTakeFirst()
    )?.name
  }
}
