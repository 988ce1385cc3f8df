/** Ports every service may take: the clock and id generation (so tests can fix both). */
import { randomUUID } from 'node:crypto'
import type { OrgKind, Role } from '../core/tenancy/index.ts'

/** Tells the current time. */
export interface Clock {
  now(): Date
}

/** The system clock. */
export const SYSTEM_CLOCK: Clock = { now: () => new Date() }

/** A fixed or steppable clock for tests and reproducible runs. */
export function fixedClock(start: Date): Clock & { advance(ms: number): void } {
  let t = start.getTime()
  return { now: () => new Date(t), advance: (ms) => void (t += ms) }
}

/** Generates a new unique id (UUID v4). */
export function newId(): string {
  return randomUUID()
}

/** Who is acting: one user in one organisation, with the roles of the session or token. */
export interface Actor {
  readonly userId: string
  readonly orgId: string
  readonly orgKind: OrgKind
  readonly roles: readonly Role[]
}
