import type { Behavior } from './labels.ts'

/** A claim from the complaint's analysis, with the numbers stated where any (e.g. “每天打20个电话”). */
export interface ReconcileClaim {
  readonly behavior: Behavior
  readonly perDay?: number
  readonly quote?: string
}

/** A contact the lender recorded (the DESIGN.md contact record, reduced to what matching needs). */
export interface RecordedContact {
  readonly id: string
  readonly evidenceId?: string
  readonly channel: 'call' | 'ai_call' | 'sms' | 'email' | 'letter' | 'visit'
  readonly at: string
  readonly tz?: string
  readonly counterpartyRole: 'debtor' | 'guarantor' | 'contact_person' | 'third_party'
  /** True when the content (recording, transcript, text) was recorded and checked. */
  readonly contentChecked?: boolean
}

/** A content-check finding on a recorded contact (e.g. a threat found in the transcript). */
export interface ContentFinding {
  readonly contactId: string
  readonly evidenceId?: string
  readonly behavior: Behavior
  readonly ruleId?: string
}

/**
 * The behaviour each category of the compliance content checker's negative list shows
 * (core/compliance/content), for reading its findings on recorded contacts as evidence.
 */
export const CONTENT_CATEGORY_BEHAVIOR: Readonly<Record<string, Behavior>> = {
  threat: 'threats',
  insult: 'insults',
  impersonation: 'impersonating_authority',
  fake_legal: 'fabricated_legal_action',
  address_book: 'address_book_exposure',
  debt_disclosure: 'contacts_third_parties',
}

/** Reads the content checker's categories on a contact as findings (categories with no alleged behaviour are left out). */
export function findingsOfCategories(
  contactId: string,
  categories: readonly string[],
  evidenceId?: string,
): ContentFinding[] {
  const out: ContentFinding[] = []
  for (const c of new Set(categories)) {
    const behavior = CONTENT_CATEGORY_BEHAVIOR[c]
    if (behavior) {
      out.push({ contactId, behavior, ruleId: c, ...(evidenceId ? { evidenceId } : {}) })
    }
  }
  return out
}

/** How the lender's records answer a claim. `contradicted` means the records do not show it, not that it never happened. */
export type ReconcileStatus = 'supported' | 'contradicted' | 'no_records'

/** One row of the reconciliation table: the claim, the answer, what the records show and the evidence ids. */
export interface ReconcileRow {
  readonly behavior: Behavior
  readonly quote?: string
  readonly status: ReconcileStatus
  readonly zh: string
  readonly en: string
  readonly evidenceIds: readonly string[]
}

/** GB/T 45251-2025: at most 3 effective outbound voice conversations per debtor per day. */
export const CALLS_PER_DAY_LIMIT = 3
/** Messages a day above which the records are read as SMS bombing. */
export const MESSAGES_PER_DAY_LIMIT = 5

function localParts(at: string, tz = 'Asia/Shanghai'): { date: string; hour: number } {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  })
  const p = Object.fromEntries(f.formatToParts(new Date(at)).map((x) => [x.type, x.value]))
  return { date: `${p.year}-${p.month}-${p.day}`, hour: Number(p.hour) }
}

const idOf = (c: { id?: string; contactId?: string; evidenceId?: string }): string =>
  c.evidenceId ?? c.id ?? c.contactId ?? ''

function busiestDay(contacts: readonly RecordedContact[]): { date: string; ids: string[] } {
  const byDay = new Map<string, string[]>()
  for (const c of contacts) {
    const d = localParts(c.at, c.tz).date
    byDay.set(d, [...(byDay.get(d) ?? []), idOf(c)])
  }
  let best = { date: '', ids: [] as string[] }
  for (const [date, ids] of byDay) if (ids.length > best.ids.length) best = { date, ids }
  return best
}

function perDayRow(
  claim: ReconcileClaim,
  all: readonly RecordedContact[],
  channels: readonly string[],
  limit: number,
  what: { zh: string; en: string },
): Omit<ReconcileRow, 'behavior' | 'quote'> {
  const day = busiestDay(all.filter((c) => channels.includes(c.channel)))
  const n = day.ids.length
  const stated = claim.perDay !== undefined ? `（投诉称每天 ${claim.perDay} 次）` : ''
  const statedEn = claim.perDay !== undefined ? ` (the complaint says ${claim.perDay} a day)` : ''
  if (n > limit) {
    return {
      status: 'supported',
      zh: `记录显示 ${day.date} 当天${what.zh} ${n} 次，超过每日 ${limit} 次${stated}`,
      en: `records show ${n} ${what.en} on ${day.date}, above ${limit} a day${statedEn}`,
      evidenceIds: day.ids,
    }
  }
  return {
    status: 'contradicted',
    zh: `记录中每天${what.zh}最多 ${n} 次${stated}`,
    en: `records show at most ${n} ${what.en} a day${statedEn}`,
    evidenceIds: day.ids,
  }
}

function matchingRow(
  hits: readonly RecordedContact[],
  zhHit: string,
  enHit: string,
  zhNone: string,
  enNone: string,
): Omit<ReconcileRow, 'behavior' | 'quote'> {
  return hits.length > 0
    ? {
        status: 'supported',
        zh: `${zhHit}（${hits.length} 次）`,
        en: `${enHit} (${hits.length})`,
        evidenceIds: hits.map(idOf),
      }
    : { status: 'contradicted', zh: zhNone, en: enNone, evidenceIds: [] }
}

/**
 * Matches a complaint's claims against the lender's recorded contacts and content-check findings
 * in the alleged period [from, to) (ISO instants): each claim is supported, contradicted by the
 * records, or has no records to check against, with the evidence ids behind the answer.
 */
export function reconcileClaims(
  claims: readonly ReconcileClaim[],
  contacts: readonly RecordedContact[],
  findings: readonly ContentFinding[],
  period: { readonly from: string; readonly to: string },
): ReconcileRow[] {
  const [from, to] = [Date.parse(period.from), Date.parse(period.to)]
  const inPeriod = contacts.filter((c) => Date.parse(c.at) >= from && Date.parse(c.at) < to)
  const ids = new Set(inPeriod.map((c) => c.id))
  return claims.map((claim) => {
    const base = { behavior: claim.behavior, ...(claim.quote ? { quote: claim.quote } : {}) }
    if (inPeriod.length === 0) {
      return {
        ...base,
        status: 'no_records',
        zh: '该期间无被投诉机构的联系记录',
        en: 'the lender recorded no contact in the period',
        evidenceIds: [],
      }
    }
    switch (claim.behavior) {
      case 'calls_excessive':
        return {
          ...base,
          ...perDayRow(claim, inPeriod, ['call', 'ai_call'], CALLS_PER_DAY_LIMIT, {
            zh: '外呼',
            en: 'calls',
          }),
        }
      case 'sms_bombing':
        return {
          ...base,
          ...perDayRow(claim, inPeriod, ['sms'], MESSAGES_PER_DAY_LIMIT, {
            zh: '短信',
            en: 'messages',
          }),
        }
      case 'contacts_third_parties':
      case 'contacts_employer':
        return {
          ...base,
          ...matchingRow(
            inPeriod.filter(
              (c) =>
                c.counterpartyRole === 'third_party' || c.counterpartyRole === 'contact_person',
            ),
            '记录显示联系了借款人以外的人',
            'records show contacts with people other than the borrower',
            '记录中只联系了借款人本人或担保人',
            'records show contacts with the borrower or guarantor only',
          ),
        }
      case 'night_contact':
        return {
          ...base,
          ...matchingRow(
            inPeriod.filter((c) => {
              const h = localParts(c.at, c.tz).hour
              return h >= 22 || h < 8
            }),
            '记录显示 22:00–08:00 之间有联系',
            'records show contacts between 22:00 and 08:00',
            '记录中没有夜间联系',
            'records show no contact at night',
          ),
        }
      case 'visits':
        return {
          ...base,
          ...matchingRow(
            inPeriod.filter((c) => c.channel === 'visit'),
            '记录显示有上门',
            'records show visits',
            '记录中没有上门',
            'records show no visit',
          ),
        }
      case 'threats':
      case 'insults':
      case 'impersonating_authority':
      case 'fabricated_legal_action':
      case 'address_book_exposure': {
        const hits = findings.filter((f) => f.behavior === claim.behavior && ids.has(f.contactId))
        if (hits.length > 0) {
          return {
            ...base,
            status: 'supported',
            zh: `内容检查发现 ${hits.length} 处`,
            en: `the content check found ${hits.length}`,
            evidenceIds: hits.map(idOf),
          }
        }
        const checked = inPeriod.filter((c) => c.contentChecked)
        return checked.length > 0
          ? {
              ...base,
              status: 'contradicted',
              zh: `已检查 ${checked.length} 次联系的内容，未发现`,
              en: `the content of ${checked.length} contact(s) was checked and shows none`,
              evidenceIds: checked.map(idOf),
            }
          : {
              ...base,
              status: 'no_records',
              zh: '该期间的联系没有记录内容',
              en: 'no content was recorded for the contacts in the period',
              evidenceIds: [],
            }
      }
    }
  })
}

/** How an uploaded file compares with the evidence log: its hash matches a logged content hash, or not. */
export interface UploadMatch {
  readonly fileName: string
  readonly sha256: string
  readonly status: 'matches_log' | 'no_match'
  readonly evidenceId?: string
  readonly zh: string
  readonly en: string
}

/** Checks uploaded files' SHA-256 against the log's `content_sha256` values; an edited recording will not match. */
export function matchUploadedEvidence(
  uploads: readonly { readonly fileName: string; readonly sha256: string }[],
  log: readonly { readonly evidenceId: string; readonly contentSha256: string }[],
): UploadMatch[] {
  const byHash = new Map(log.map((e) => [e.contentSha256.toLowerCase(), e.evidenceId]))
  return uploads.map((u) => {
    const evidenceId = byHash.get(u.sha256.toLowerCase())
    return evidenceId
      ? {
          ...u,
          status: 'matches_log',
          evidenceId,
          zh: `与证据日志 ${evidenceId} 的内容完全一致`,
          en: `identical to evidence log entry ${evidenceId}`,
        }
      : {
          ...u,
          status: 'no_match',
          zh: '证据日志中没有相同内容（文件可能经过剪辑，或不是被投诉机构的记录）',
          en: 'no identical content in the evidence log (edited, or not a lender record)',
        }
  })
}
