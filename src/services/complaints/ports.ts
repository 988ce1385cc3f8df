/** Ports of the complaint desk: what the services need from storage and the content store. */
import type { CaseEvent } from '../../core/complaints/index.ts'

/** A stored complaint as the services see it (ciphertexts stay ciphertexts). */
export interface StoredComplaint {
  readonly id: string
  readonly orgId: string
  readonly source: 'form' | 'api' | 'import'
  readonly externalId: string | null
  readonly respondent: string
  readonly respondentOrgId: string | null
  readonly title: string
  readonly problem: string
  readonly requests: string
  readonly textEnc: string
  readonly maskedText: string
  readonly amountFen: number
  readonly phoneEnc: string | null
  readonly phoneLookup: string | null
  readonly emailEnc: string | null
  readonly emailLookup: string | null
  readonly idNumberLookup: string | null
  readonly complainantKey: string
  readonly accountId: string | null
  readonly deviceLookup: string | null
  readonly ipRange: string | null
  readonly paymentLookup: string | null
  readonly filedBy: 'self' | 'agent'
  readonly agentNameEnc: string | null
  readonly agentId: string | null
  readonly poaSha256: string | null
  readonly templateCluster: string | null
  readonly templateSimilarity: number | null
  readonly analysis: unknown
  readonly triage: unknown
  readonly lane: string
  readonly priority: string
  readonly dueAt: string | null
  readonly status: string
  readonly verdict: string | null
  readonly state: unknown
  readonly assignedTo: string | null
  readonly accessTokenHash: string
  readonly createdAt: string
  /** The source's category (imports; migration 007), for the statistics' category filter. */
  readonly category?: string | null
}

/** An evidence file attached to a complaint, stored by hash. */
export interface StoredFile {
  readonly id: string
  readonly orgId: string
  readonly complaintId: string | null
  readonly sha256: string
  readonly fileName: string
  readonly format: string
  readonly size: number
  readonly createdAt: string
}

/** Filters of the review queue. */
export interface QueueFilter {
  readonly status?: readonly string[]
  readonly lane?: string
  readonly assignedTo?: string
  readonly limit?: number
}

/** Signals shared with a new complaint, for linking: which stored complaints share any of them. */
export interface LinkProbe {
  readonly phoneLookup: string | null
  readonly idNumberLookup: string | null
  readonly deviceLookup: string | null
  readonly ipRange: string | null
  readonly paymentLookup: string | null
  readonly templateCluster: string | null
}

/** The linking columns of a stored complaint. */
export type LinkRow = Pick<
  StoredComplaint,
  | 'id'
  | 'complainantKey'
  | 'phoneLookup'
  | 'idNumberLookup'
  | 'deviceLookup'
  | 'ipRange'
  | 'paymentLookup'
  | 'templateCluster'
>

/** What the score and the 24-hour duplicate check read of a complainant's earlier complaints. */
export type HistoryRow = Pick<
  StoredComplaint,
  | 'id'
  | 'createdAt'
  | 'problem'
  | 'requests'
  | 'maskedText'
  | 'complainantKey'
  | 'state'
  | 'templateCluster'
  | 'templateSimilarity'
>

/** A stored case event: the event, its id, and its leaf index in the evidence log (null when not anchored). */
export type StoredEvent = CaseEvent & { readonly id: string; readonly evidenceIndex: number | null }

/** A recorded contact of the lender, as reconciliation reads it. */
export interface LenderContact {
  readonly id: string
  readonly evidenceIndex: number
  readonly channel: string
  readonly at: string
  readonly counterpartyRole: string
  readonly contentSha256: string | null
  readonly hasTranscript: boolean
}

/** Complaint desk storage; every method is scoped by the organisation it names. */
export interface ComplaintStore {
  lenderOrgsByName(): Promise<Map<string, string>>
  /** Answers false and writes nothing when the (organisation, external id) is already held. */
  insert(
    c: StoredComplaint,
    files: readonly StoredFile[],
    event: CaseEvent,
    evidenceEntry?: object,
  ): Promise<boolean>
  get(orgId: string, id: string): Promise<StoredComplaint | undefined>
  getAnyOrg(id: string): Promise<StoredComplaint | undefined>
  hasExternalId(orgId: string, externalId: string): Promise<boolean>
  byExternalId(orgId: string, externalId: string): Promise<StoredComplaint | undefined>
  queue(orgId: string, filter: QueueFilter): Promise<StoredComplaint[]>
  byComplainant(orgId: string, key: string): Promise<StoredComplaint[]>
  complainantHistory(orgId: string, key: string, limit: number): Promise<HistoryRow[]>
  sharingSignals(orgId: string, probe: LinkProbe, limit: number): Promise<LinkRow[]>
  agentComplainants(orgId: string, agentId: string): Promise<number>
  reviewerLoads(orgId: string): Promise<{ id: string; openItems: number }[]>
  /** Answers whether the user is an active (not disabled) reviewer of the organisation. */
  isActiveReviewer(orgId: string, userId: string): Promise<boolean>
  updateCase(
    orgId: string,
    id: string,
    patch: { state: unknown; status: string; verdict: string | null; dueAt: string | null },
    event: CaseEvent,
    evidenceEntry?: object,
  ): Promise<void>
  /**
   * Sets a complaint's reviewer and stores the assignment event (its evidence entry appended to
   * the log) in one transaction.
   */
  assign(
    orgId: string,
    id: string,
    reviewerId: string,
    event: CaseEvent,
    evidenceEntry?: object,
  ): Promise<void>
  /** Replaces a complaint's deadline if it still is `expected` (a recomputation); true when written. */
  setDueAt(
    orgId: string,
    id: string,
    expected: string | null,
    dueAt: string | null,
  ): Promise<boolean>
  events(orgId: string, complaintId: string): Promise<StoredEvent[]>
  files(orgId: string, complaintId: string): Promise<StoredFile[]>
  aboutLender(lenderOrgId: string): Promise<StoredComplaint[]>
  lenderContacts(
    lenderOrgId: string,
    phoneLookup: string,
    from: string,
    to: string,
  ): Promise<LenderContact[]>
  /** The content checker's categories found on the lender's contacts (those sent to review). */
  lenderFindings(
    lenderOrgId: string,
    contactIds: readonly string[],
  ): Promise<{ contactId: string; categories: string[] }[]>
  lenderAgencies(lenderOrgId: string): Promise<string[]>
  saveVerification(v: {
    id: string
    targetLookup: string
    codeHash: string
    expiresAt: string
  }): Promise<void>
  useVerification(
    id: string,
    codeHash: string,
    now: string,
  ): Promise<'ok' | 'wrong' | 'expired' | 'unknown'>
  publishCase(
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
  ): Promise<void>
  publishedCases(
    lenderOrgId: string,
  ): Promise<{ id: string; title: string; body: string; verdict: string; publishedAt: string }[]>
  orgName(orgId: string): Promise<string | undefined>
}

/** Stores evidence bytes by content hash. */
export interface FileContentPort {
  put(bytes: Uint8Array): Promise<string>
}
