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

/**
 * Overlays recorded refusals on a debtor's contact history, so that the gate's refusal rule sees a
 * channel refusal for a contact on that channel exactly like a refusal made during a contact.
 */
export function withRefusals(
  history: DebtorHistory,
  index: RefusalIndex,
  channel: Channel,
): DebtorHistory {
  if (index.size === 0) return history
  return {
    interactive: (day) => history.interactive(day),
    informative: (day) => history.informative(day),
    unanswered: (day, to) => history.unanswered(day, to),
    refused: (id) => history.refused(id) || isRefused(index, id, channel),
    thirdPartyContacts: (id) => history.thirdPartyContacts(id),
    callsBetween: (id, debt, from, to) => history.callsBetween(id, debt, from, to),
    lastConversation: (id, debt) => history.lastConversation(id, debt),
  }
}
