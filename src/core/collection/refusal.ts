import type { DebtorHistory } from '../compliance/index.ts'
import type { Channel } from '../compliance/index.ts'

/** A counterparty's refusal of further contact, on one channel or on all (GB/T 45251-2025 5.3). */
export interface Refusal {
  readonly counterpartyId: string
  readonly channel: Channel | 'all'
  /** ISO 8601 instant the refusal was received. */
  readonly at: string
  readonly note?: string
}

/** Refusals indexed by counterparty: the channels refused ('all' for every channel). */
export type RefusalIndex = ReadonlyMap<string, ReadonlySet<Channel | 'all'>>

/** Builds the index of a list of refusals. */
export function indexRefusals(refusals: readonly Refusal[]): RefusalIndex {
  const out = new Map<string, Set<Channel | 'all'>>()
  for (const r of refusals) {
    let s = out.get(r.counterpartyId)
    if (s === undefined) out.set(r.counterpartyId, (s = new Set()))
    s.add(r.channel)
  }
  return out
}

/** True when the counterparty refused this channel, or all contact. */
export function isRefused(index: RefusalIndex, counterpartyId: string, channel: Channel): boolean {
  const s = index.get(counterpartyId)
  return s !== undefined && (s.has('all') || s.has(channel))
}

class RefusalOverlay implements DebtorHistory {
  constructor(
    private readonly base: DebtorHistory,
    private readonly index: RefusalIndex,
    private readonly channel: Channel,
  ) {}
  interactive(day: number): number {
    return this.base.interactive(day)
  }
  informative(day: number): number {
    return this.base.informative(day)
  }
  unanswered(day: number, to: string): number {
    return this.base.unanswered(day, to)
  }
  refused(id: string): boolean {
    return this.base.refused(id) || isRefused(this.index, id, this.channel)
  }
  thirdPartyContacts(id: string): number {
    return this.base.thirdPartyContacts(id)
  }
  callsBetween(id: string, debt: string, from: number, to: number): number {
    return this.base.callsBetween(id, debt, from, to)
  }
  lastConversation(id: string, debt: string): number | undefined {
    return this.base.lastConversation(id, debt)
  }
}

/**
 * Overlays recorded refusals on a debtor's contact history, so that the gate's refusal rule sees a
 * channel refusal for a contact on that channel exactly like a refusal made during a contact.
 */
export function withRefusals(
  history: DebtorHistory,
  index: RefusalIndex,
  channel: Channel,
): DebtorHistory {
  return index.size === 0 ? history : new RefusalOverlay(history, index, channel)
}
