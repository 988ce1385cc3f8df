/** What the complaint desk services share: storage, crypto, clock, ids, content store, settings. */
import { createHash, randomBytes } from 'node:crypto'
import { CHINA_CALENDAR, type WorkingDayCalendar } from '../../core/calendar/index.ts'
import {
  DEFAULT_DECISION_CONFIG,
  DEFAULT_TRIAGE_CONFIG,
  type DecisionConfig,
  type TriageConfig,
} from '../../core/complaints/index.ts'
import type { FieldCrypto } from '../crypto/index.ts'
import type { Clock } from '../ports.ts'
import type { ComplaintStore, FileContentPort } from './ports.ts'
import type { TemplateIndex } from './template-index.ts'

/** Per-organisation desk settings (defaults: 1/3 working days, 5 for the lender, 10 to appeal). */
export interface DeskSettings {
  readonly triage: TriageConfig
  readonly decision: DecisionConfig
  readonly maxUploadBytes: number
}

/** The default settings. */
export const DEFAULT_DESK_SETTINGS: DeskSettings = {
  triage: DEFAULT_TRIAGE_CONFIG,
  decision: DEFAULT_DECISION_CONFIG,
  maxUploadBytes: 20 * 1024 * 1024,
}

/** The dependencies of the desk services. */
export interface DeskDeps {
  readonly store: ComplaintStore
  readonly crypto: FieldCrypto
  readonly clock: Clock
  readonly newId: () => string
  readonly content: FileContentPort
  readonly templates: TemplateIndex
  readonly calendar?: WorkingDayCalendar
  /** The calendar before its newest year was added (provisional deadlines are recomputed from it). */
  readonly previousCalendar?: WorkingDayCalendar
  /** The evidence-log receipt of an organisation's entry (events are anchored when the store has a log). */
  readonly evidenceReceipt?: (orgId: string, index: number) => Promise<unknown>
  /** Resolves when `settingsFor` answers stored settings (awaited before each use). */
  readonly settingsReady?: () => Promise<void>
  /** Settings of an organisation; the defaults when absent. */
  readonly settingsFor?: (orgId: string) => DeskSettings
}

/** The calendar in use. */
export const calendarOf = (d: DeskDeps): WorkingDayCalendar => d.calendar ?? CHINA_CALENDAR

/** The settings of an organisation. */
export const settingsOf = (d: DeskDeps, orgId: string): DeskSettings =>
  d.settingsFor?.(orgId) ?? DEFAULT_DESK_SETTINGS

/** The current instant as ISO 8601 with +08:00 (deadlines and events are shown in China time). */
export function nowIso(d: DeskDeps): string {
  return d.clock.now().toISOString()
}

/** SHA-256 hex of a string (access tokens and verification codes are stored hashed). */
export function hashSecret(s: string): string {
  return createHash('sha256').update(s).digest('hex')
}

/** A new random access token for a complainant's own page. */
export function newAccessToken(): string {
  return randomBytes(18).toString('base64url')
}
