import { toLocal } from './local-time.ts'
import type { ContactRecord } from './types.ts'

/** Calls kept per person and debt for rolling windows (Reg F counts at most 7 in 7 days). */
const KEEP_CALL_DAYS = 16
const NONE = -2_147_483_648

/** The questions rules ask about one debtor's history; days are local day numbers. */
export interface DebtorHistory {
  /** Effective interactive voice conversations with the debtor on `day`. */
  interactive(day: number): number
  /** Connected informative voice calls to the debtor on `day`. */
  informative(day: number): number
  /** Unanswered call attempts to the debtor's number `to` on `day`. */
  unanswered(day: number, to: string): number
  /** True when the counterparty refused further contact earlier. */
  refused(counterpartyId: string): boolean
  /** Contacts made earlier to a third party (location contacts). */
  thirdPartyContacts(counterpartyId: string): number
  /** Calls to a person about a debt on days `from..to` inclusive. */
  callsBetween(personId: string, debtId: string, from: number, to: number): number
  /** Day of the last conversation with a person about a debt, or undefined. */
  lastConversation(personId: string, debtId: string): number | undefined
}

interface Sparse {
  unansweredDay: number
  unanswered: Map<string, number> | undefined
  refused: Set<string> | undefined
  thirdParty: Map<string, number> | undefined
  persons: Map<string, Person> | undefined
}

interface Person {
  days: number[]
  lastConversation: number
}

const EMPTY_SPARSE: Sparse = {
  unansweredDay: NONE,
  unanswered: undefined,
  refused: undefined,
  thirdParty: undefined,
  persons: undefined,
}

function isVoice(c: ContactRecord): boolean {
  return c.channel === 'call' || c.channel === 'ai_call'
}

/**
 * Compact per-debtor counters: today's call counts in typed arrays, the rarer facts (unanswered
 * numbers, refusals, third parties, rolling call days) in a sparse map. The one mutable core
 * structure; `record` must be called in time order per debtor.
 */
export class ContactCounters {
  readonly #rolling: boolean
  #slots = new Map<string, number>()
  #day: Int32Array = new Int32Array(1024).fill(NONE)
  #interactive: Uint8Array = new Uint8Array(1024)
  #informative: Uint8Array = new Uint8Array(1024)
  #sparse: (Sparse | undefined)[] = []

  /** `rollingCalls: false` skips per-person call days (only the Reg F rules read them). */
  constructor(options: { readonly rollingCalls?: boolean } = {}) {
    this.#rolling = options.rollingCalls ?? true
  }

  /** Number of debtors with history. */
  get size(): number {
    return this.#slots.size
  }

  #slot(debtorId: string): number {
    let s = this.#slots.get(debtorId)
    if (s !== undefined) return s
    s = this.#slots.size
    if (s >= this.#day.length) {
      const grow = (a: Uint8Array): Uint8Array => {
        const b = new Uint8Array(a.length * 2)
        b.set(a)
        return b
      }
      const day = new Int32Array(this.#day.length * 2).fill(NONE)
      day.set(this.#day)
      this.#day = day
      this.#interactive = grow(this.#interactive)
      this.#informative = grow(this.#informative)
    }
    this.#slots.set(debtorId, s)
    return s
  }

  #sparseFor(slot: number): Sparse {
    let x = this.#sparse[slot]
    if (x === undefined) this.#sparse[slot] = x = { ...EMPTY_SPARSE }
    return x
  }

  /** Applies a performed contact's outcome; `contact.tz` must be a known zone. */
  record(contact: ContactRecord): void {
    const slot = this.#slot(contact.debtor_id)
    const { day } = toLocal(contact.epoch_ms, contact.tz)
    const role = contact.counterparty.role
    const voice = isVoice(contact)
    if (voice && role === 'debtor') {
      if (this.#day[slot] !== day) {
        this.#day[slot] = day
        this.#interactive[slot] = 0
        this.#informative[slot] = 0
      }
      const effective = contact.effective ?? contact.connected === true
      if (contact.call_kind === 'interactive' && contact.connected === true && effective) {
        this.#interactive[slot] = Math.min(255, this.#interactive[slot] + 1)
      }
      if (contact.call_kind === 'informative' && contact.connected === true) {
        this.#informative[slot] = Math.min(255, this.#informative[slot] + 1)
      }
      if (contact.connected === false) {
        const x = this.#sparseFor(slot)
        if (x.unansweredDay !== day || x.unanswered === undefined) {
          x.unansweredDay = day
          x.unanswered = new Map()
        }
        x.unanswered.set(contact.to, (x.unanswered.get(contact.to) ?? 0) + 1)
      }
    }
    if (contact.counterparty.refused) {
      const x = this.#sparseFor(slot)
      ;(x.refused ??= new Set()).add(contact.counterparty.id)
    }
    if (role === 'third_party') {
      const x = this.#sparseFor(slot)
      x.thirdParty ??= new Map()
      x.thirdParty.set(
        contact.counterparty.id,
        (x.thirdParty.get(contact.counterparty.id) ?? 0) + 1,
      )
    }
    if (voice && this.#rolling) {
      const x = this.#sparseFor(slot)
      x.persons ??= new Map()
      const key = `${contact.counterparty.id}\u0000${contact.debt_id}`
      let p = x.persons.get(key)
      if (p === undefined) x.persons.set(key, (p = { days: [], lastConversation: NONE }))
      p.days.push(day)
      if (p.days.length > KEEP_CALL_DAYS) p.days.shift()
      if (contact.connected === true) p.lastConversation = Math.max(p.lastConversation, day)
    }
  }

  /** A read-only view of one debtor's history (empty when the debtor is unknown). */
  history(debtorId: string): DebtorHistory {
    const slot = this.#slots.get(debtorId)
    if (slot === undefined) return new DebtorView(NONE, 0, 0, EMPTY_SPARSE)
    const x = this.#sparse[slot] ?? EMPTY_SPARSE
    return new DebtorView(this.#day[slot], this.#interactive[slot], this.#informative[slot], x)
  }
}

/** A snapshot of one debtor's counters; a class (not closures) to keep the gate allocation-light. */
class DebtorView implements DebtorHistory {
  constructor(
    private readonly day: number,
    private readonly inter: number,
    private readonly info: number,
    private readonly x: Sparse,
  ) {}

  interactive(day: number): number {
    return this.day === day ? this.inter : 0
  }

  informative(day: number): number {
    return this.day === day ? this.info : 0
  }

  unanswered(day: number, to: string): number {
    return this.x.unansweredDay === day ? (this.x.unanswered?.get(to) ?? 0) : 0
  }

  refused(id: string): boolean {
    return this.x.refused?.has(id) ?? false
  }

  thirdPartyContacts(id: string): number {
    return this.x.thirdParty?.get(id) ?? 0
  }

  #personKey = ''
  #person: Person | undefined

  #personFor(id: string, debt: string): Person | undefined {
    const persons = this.x.persons
    if (persons === undefined) return undefined
    const key = `${id}\u0000${debt}`
    if (key !== this.#personKey) {
      this.#personKey = key
      this.#person = persons.get(key)
    }
    return this.#person
  }

  callsBetween(id: string, debt: string, from: number, to: number): number {
    const p = this.#personFor(id, debt)
    let n = 0
    if (p !== undefined) {
      for (const d of p.days) if (d >= from && d <= to) n++
    }
    return n
  }

  lastConversation(id: string, debt: string): number | undefined {
    const p = this.#personFor(id, debt)
    return p === undefined || p.lastConversation === NONE ? undefined : p.lastConversation
  }
}
