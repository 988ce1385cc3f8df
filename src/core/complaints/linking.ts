/** The signals that can link two complainant accounts (REPORT.md §4 remedy 3). */
export type LinkSignal =
  'phone' | 'id_number' | 'payment_account' | 'device' | 'ip_range' | 'writing_style'

/** How much one shared value says: strong signals link on their own, weak ones only when corroborated. */
export const SIGNAL_STRENGTH: Readonly<Record<LinkSignal, 'strong' | 'weak'>> = {
  phone: 'strong',
  id_number: 'strong',
  payment_account: 'strong',
  device: 'weak',
  ip_range: 'weak',
  writing_style: 'weak',
}

const SIGNAL_NAMES: Readonly<Record<LinkSignal, { zh: string; en: string }>> = {
  phone: { zh: '同一手机号', en: 'the same phone number' },
  id_number: { zh: '同一身份证号', en: 'the same ID number' },
  payment_account: { zh: '同一收付款账户', en: 'the same payment account' },
  device: { zh: '同一设备指纹', en: 'the same device fingerprint' },
  ip_range: { zh: '同一 IP 网段', en: 'the same IP range' },
  writing_style: { zh: '同一模板文本簇', en: 'the same template cluster' },
}

/** What is known of one complainant account; identifiers are HMACs, never plaintext. */
export interface AccountSignals {
  readonly accountId: string
  readonly phoneHmac?: string
  readonly idNumberHmac?: string
  readonly paymentAccountHmacs?: readonly string[]
  readonly deviceIds?: readonly string[]
  readonly ips?: readonly string[]
  readonly templateCluster?: string
}

/** One link between two accounts with its evidence: the signal and the shared (pseudonymous) value. */
export interface AccountLink {
  readonly a: string
  readonly b: string
  readonly signal: LinkSignal
  readonly strength: 'strong' | 'weak'
  readonly sharedValue: string
  readonly zh: string
  readonly en: string
}

/** A group of accounts judged to be one person or one operator, with the links that join them. */
export interface AccountCluster {
  readonly id: string
  readonly accounts: readonly string[]
  readonly links: readonly AccountLink[]
}

/** A value shared by so many accounts that it says nothing (a carrier NAT, a popular template). */
export interface IgnoredValue {
  readonly signal: LinkSignal
  readonly sharedValue: string
  readonly accounts: number
}

/** Options: a value shared by more than `commonValueLimit` accounts is ignored; `weakKindsNeeded` distinct weak signals join a pair. */
export interface LinkOptions {
  readonly commonValueLimit?: number
  readonly weakKindsNeeded?: number
}

/** Returns the IPv4 /24 or IPv6 /48 range of an address, or undefined when it is not an address. */
export function ipRangeOf(ip: string): string | undefined {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip.trim())
  if (v4) {
    return v4.slice(1).every((o) => Number(o) <= 255)
      ? `${v4[1]}.${v4[2]}.${v4[3]}.0/24`
      : undefined
  }
  if (!ip.includes(':')) return undefined
  const [head = ''] = ip.trim().toLowerCase().split('::')
  const groups = head.split(':').filter((g) => /^[0-9a-f]{1,4}$/.test(g))
  while (groups.length < 3) groups.push('0')
  return `${groups
    .slice(0, 3)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/48`
}

function valuesOf(acc: AccountSignals): [LinkSignal, string][] {
  const out: [LinkSignal, string][] = []
  if (acc.phoneHmac) out.push(['phone', acc.phoneHmac])
  if (acc.idNumberHmac) out.push(['id_number', acc.idNumberHmac])
  for (const p of acc.paymentAccountHmacs ?? []) out.push(['payment_account', p])
  for (const d of acc.deviceIds ?? []) out.push(['device', d])
  for (const r of new Set((acc.ips ?? []).map(ipRangeOf))) if (r) out.push(['ip_range', r])
  if (acc.templateCluster) out.push(['writing_style', acc.templateCluster])
  return out
}

class UnionFind {
  private readonly parent = new Map<string, string>()
  find(x: string): string {
    let root = x
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!
    for (let y = x; y !== root;) {
      const next = this.parent.get(y)!
      this.parent.set(y, root)
      y = next
    }
    return root
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)]
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb)
  }
}

/**
 * Links accounts that share identifiers and clusters them with union-find: a strong signal
 * (phone, ID, payment account HMAC) joins a pair alone; weak ones (device fingerprint, IP range,
 * writing style) join a pair only when `weakKindsNeeded` different kinds agree. Every link
 * carries its evidence; values shared by too many accounts are ignored and reported.
 */
export function linkAccounts(
  accounts: readonly AccountSignals[],
  options: LinkOptions = {},
): { links: AccountLink[]; clusters: AccountCluster[]; ignored: IgnoredValue[] } {
  const limit = options.commonValueLimit ?? 20
  const weakNeeded = options.weakKindsNeeded ?? 2
  const groups = new Map<string, { signal: LinkSignal; value: string; ids: Set<string> }>()
  for (const acc of accounts) {
    for (const [signal, value] of valuesOf(acc)) {
      const key = `${signal}\0${value}`
      const g = groups.get(key) ?? { signal, value, ids: new Set<string>() }
      g.ids.add(acc.accountId)
      groups.set(key, g)
    }
  }
  const links: AccountLink[] = []
  const ignored: IgnoredValue[] = []
  for (const { signal, value, ids } of groups.values()) {
    if (ids.size < 2) continue
    if (ids.size > limit) {
      ignored.push({ signal, sharedValue: value, accounts: ids.size })
      continue
    }
    const sorted = [...ids].sort()
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const name = SIGNAL_NAMES[signal]
        links.push({
          a: sorted[i],
          b: sorted[j],
          signal,
          strength: SIGNAL_STRENGTH[signal],
          sharedValue: value,
          zh: `${sorted[i]} 与 ${sorted[j]} 使用${name.zh}（${value}）`,
          en: `${sorted[i]} and ${sorted[j]} share ${name.en} (${value})`,
        })
      }
    }
  }
  const uf = new UnionFind()
  const weakKinds = new Map<string, Set<LinkSignal>>()
  for (const l of links) {
    if (l.strength === 'strong') uf.union(l.a, l.b)
    else {
      const key = `${l.a}\0${l.b}`
      const kinds = weakKinds.get(key) ?? new Set<LinkSignal>()
      kinds.add(l.signal)
      weakKinds.set(key, kinds)
      if (kinds.size >= weakNeeded) uf.union(l.a, l.b)
    }
  }
  const members = new Map<string, string[]>()
  for (const acc of accounts) {
    const root = uf.find(acc.accountId)
    const list = members.get(root) ?? []
    if (!list.includes(acc.accountId)) list.push(acc.accountId)
    members.set(root, list)
  }
  const clusters: AccountCluster[] = []
  for (const [root, ids] of members) {
    if (ids.length < 2) continue
    const set = new Set(ids)
    clusters.push({
      id: root,
      accounts: ids.sort(),
      links: links.filter((l) => set.has(l.a) && set.has(l.b)),
    })
  }
  return { links, clusters: clusters.sort((x, y) => (x.id < y.id ? -1 : 1)), ignored }
}

/** A complaint as the 24-hour duplicate rule sees it; `complainantKey` is a pseudonym when known. */
export interface DuplicateCandidate {
  readonly id: string
  readonly createdAt: string
  readonly problem: string
  readonly requests: string
  readonly text: string
  readonly complainantKey?: string
}

/** A complaint judged a duplicate of an earlier one, and why. */
export interface Duplicate {
  readonly id: string
  readonly duplicateOf: string
  readonly zh: string
  readonly en: string
}

const DAY_MS = 86_400_000

/**
 * Finds the report's 24-hour duplicates (REPORT.md §2 step 2): the same 投诉问题 and 投诉要求
 * within 24 hours of the kept complaint, from the same complainant whatever the respondent, or
 * with the same text where no complainant is known. Timestamps must be ISO 8601 with offsets;
 * items of the same instant are taken in the order given.
 */
export function findDuplicates24h(items: readonly DuplicateCandidate[]): Duplicate[] {
  // A stable sort: complaints made in the same instant keep the order given (earlier filed first).
  const sorted = [...items].sort((x, y) => Date.parse(x.createdAt) - Date.parse(y.createdAt))
  const kept = new Map<string, { id: string; at: number }>()
  const out: Duplicate[] = []
  for (const c of sorted) {
    const who = c.complainantKey ? `c:${c.complainantKey}` : `t:${c.text.trim()}`
    const key = `${who}\0${c.problem.trim()}\0${c.requests.trim()}`
    const at = Date.parse(c.createdAt)
    const first = kept.get(key)
    if (first && at - first.at < DAY_MS) {
      const basis = c.complainantKey ? '同一投诉人' : '相同正文'
      const basisEn = c.complainantKey ? 'the same complainant' : 'the same text'
      out.push({
        id: c.id,
        duplicateOf: first.id,
        zh: `24 小时内${basis}、相同投诉问题与投诉要求，与 ${first.id} 重复`,
        en: `${basisEn}, same problem and requests within 24 hours: duplicate of ${first.id}`,
      })
    } else {
      kept.set(key, { id: c.id, at })
    }
  }
  return out
}

/** An agent (代理人) filing for many different complainants: a signal for review, never a verdict. */
export interface AgentSignal {
  readonly agentId: string
  readonly complainants: number
  readonly zh: string
  readonly en: string
}

/** Flags agents filing for at least `threshold` distinct complainants (RULES.md R-CN-CPL-3 caps group representatives at 5). */
export function findBulkAgents(
  filings: readonly { readonly agentId: string; readonly complainantKey: string }[],
  threshold = 5,
): AgentSignal[] {
  const by = new Map<string, Set<string>>()
  for (const f of filings) by.set(f.agentId, (by.get(f.agentId) ?? new Set()).add(f.complainantKey))
  return [...by]
    .filter(([, set]) => set.size >= threshold)
    .map(([agentId, set]) => ({
      agentId,
      complainants: set.size,
      zh: `代理人 ${agentId} 代 ${set.size} 名不同投诉人投诉`,
      en: `agent ${agentId} files for ${set.size} different complainants`,
    }))
    .sort((x, y) => y.complainants - x.complainants || (x.agentId < y.agentId ? -1 : 1))
}

/** One event of a pseudonymous subject seen across members (from the consortium library when available). */
export interface CrossPlatformEvent {
  readonly subject: string
  readonly kind: 'complained' | 'borrowed'
  readonly lender: string
  readonly at: string
}

/** A complaint about one lender followed by borrowing at another: a weak signal shown to the reviewer. */
export interface CrossPlatformPattern {
  readonly subject: string
  readonly complainedAbout: string
  readonly complainedAt: string
  readonly borrowedFrom: string
  readonly borrowedAt: string
}

/** Finds complaints about lender A followed within `windowDays` by borrowing at a different lender B. */
export function findCrossPlatformPatterns(
  events: readonly CrossPlatformEvent[],
  windowDays = 90,
): CrossPlatformPattern[] {
  const out: CrossPlatformPattern[] = []
  const complaints = events.filter((e) => e.kind === 'complained')
  const loans = events.filter((e) => e.kind === 'borrowed')
  for (const c of complaints) {
    const t = Date.parse(c.at)
    for (const l of loans) {
      const dt = Date.parse(l.at) - t
      if (
        l.subject === c.subject &&
        l.lender !== c.lender &&
        dt >= 0 &&
        dt <= windowDays * DAY_MS
      ) {
        out.push({
          subject: c.subject,
          complainedAbout: c.lender,
          complainedAt: c.at,
          borrowedFrom: l.lender,
          borrowedAt: l.at,
        })
      }
    }
  }
  return out
}
