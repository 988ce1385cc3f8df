/**
 * Per-organisation desk settings: the review deadlines of the two lanes, the lender's response
 * and the appeal window, in working days. Cached in memory (one small row per organisation),
 * loaded before the first use and refreshed every minute for other processes' changes.
 */
import { ValidationError, type FieldIssue } from '../../core/shared/index.ts'
import type { Actor, Clock } from '../ports.ts'
import { DEFAULT_DESK_SETTINGS, type DeskSettings } from './desk-deps.ts'

/** The settings an organisation may change, in working days. */
export interface DeskSettingsInput {
  readonly fastLaneWorkingDays: number
  readonly thoroughLaneWorkingDays: number
  readonly lenderResponseWorkingDays: number
  readonly appealWorkingDays: number
}

/** The settings as shown: the values in force, whether they are the defaults, who changed them last. */
export interface DeskSettingsView extends DeskSettingsInput {
  readonly isDefault: boolean
  readonly updatedAt: string | null
  readonly updatedBy: string | null
  readonly defaults: DeskSettingsInput
}

/** Where the settings are stored (the complaint repository implements it). */
export interface DeskSettingsStore {
  allDeskSettings(): Promise<
    { orgId: string; settings: unknown; updatedAt: string; updatedBy: string }[]
  >
  saveDeskSettings(orgId: string, settings: object, at: string, by: string): Promise<void>
}

/** The bounds of each setting (working days), checked on every change. */
export const DESK_SETTING_BOUNDS: Readonly<Record<keyof DeskSettingsInput, [number, number]>> = {
  fastLaneWorkingDays: [1, 10],
  thoroughLaneWorkingDays: [1, 20],
  lenderResponseWorkingDays: [1, 30],
  appealWorkingDays: [1, 30],
}

const REFRESH_MS = 60_000

function inputOf(s: DeskSettings): DeskSettingsInput {
  return {
    fastLaneWorkingDays: s.triage.fastLaneWorkingDays,
    thoroughLaneWorkingDays: s.triage.thoroughLaneWorkingDays,
    lenderResponseWorkingDays: s.decision.lenderResponseWorkingDays,
    appealWorkingDays: s.decision.appealWorkingDays,
  }
}

function settingsOfInput(i: DeskSettingsInput): DeskSettings {
  const d = DEFAULT_DESK_SETTINGS
  return {
    ...d,
    triage: {
      ...d.triage,
      fastLaneWorkingDays: i.fastLaneWorkingDays,
      thoroughLaneWorkingDays: i.thoroughLaneWorkingDays,
    },
    decision: {
      lenderResponseWorkingDays: i.lenderResponseWorkingDays,
      appealWorkingDays: i.appealWorkingDays,
    },
  }
}

/** Reads and changes the desk settings of organisations. */
export class DeskSettingsService {
  private readonly cache = new Map<string, { input: DeskSettingsInput; at: string; by: string }>()
  private loaded?: Promise<void>
  private loadedAt = 0

  /** Takes the store and the clock. */
  constructor(
    private readonly store: DeskSettingsStore,
    private readonly clock: Clock,
  ) {}

  /** Resolves once the settings are loaded (and starts a refresh when they are a minute old). */
  ready(): Promise<void> {
    const now = this.clock.now().getTime()
    if (!this.loaded || now - this.loadedAt > REFRESH_MS) {
      this.loadedAt = now
      const load = this.store.allDeskSettings().then((rows) => {
        for (const r of rows) {
          this.cache.set(r.orgId, {
            input: { ...inputOf(DEFAULT_DESK_SETTINGS), ...(r.settings as object) },
            at: r.updatedAt,
            by: r.updatedBy,
          })
        }
      })
      // A refresh runs in the background; only the first load is waited for.
      if (!this.loaded) this.loaded = load
      else load.catch(() => undefined)
    }
    return this.loaded
  }

  /** The settings in force for an organisation (the defaults until it changes them); call `ready` first. */
  settingsFor(orgId: string): DeskSettings {
    const c = this.cache.get(orgId)
    return c ? settingsOfInput(c.input) : DEFAULT_DESK_SETTINGS
  }

  /** The actor's organisation's settings. */
  async view(actor: Actor): Promise<DeskSettingsView> {
    await this.ready()
    const c = this.cache.get(actor.orgId)
    return {
      ...(c?.input ?? inputOf(DEFAULT_DESK_SETTINGS)),
      isDefault: !c,
      updatedAt: c?.at ?? null,
      updatedBy: c?.by ?? null,
      defaults: inputOf(DEFAULT_DESK_SETTINGS),
    }
  }

  /** Changes the actor's organisation's settings; refuses values out of bounds with the field and why. */
  async update(actor: Actor, input: DeskSettingsInput): Promise<DeskSettingsView> {
    const issues: FieldIssue[] = []
    for (const [k, [lo, hi]] of Object.entries(DESK_SETTING_BOUNDS)) {
      const v = input[k as keyof DeskSettingsInput]
      if (!Number.isInteger(v) || v < lo || v > hi) {
        issues.push({
          path: [k],
          message: `须为 ${lo}–${hi} 之间的整数（工作日） / must be a whole number of working days from ${lo} to ${hi}`,
        })
      }
    }
    if (issues.length === 0 && input.thoroughLaneWorkingDays < input.fastLaneWorkingDays) {
      issues.push({
        path: ['thoroughLaneWorkingDays'],
        message:
          '细审通道期限不得短于快速通道 / the thorough lane may not be shorter than the fast lane',
      })
    }
    if (issues.length > 0) throw new ValidationError('invalid desk settings', issues)
    await this.ready()
    const at = this.clock.now().toISOString()
    const clean: DeskSettingsInput = {
      fastLaneWorkingDays: input.fastLaneWorkingDays,
      thoroughLaneWorkingDays: input.thoroughLaneWorkingDays,
      lenderResponseWorkingDays: input.lenderResponseWorkingDays,
      appealWorkingDays: input.appealWorkingDays,
    }
    await this.store.saveDeskSettings(actor.orgId, clean, at, actor.userId)
    this.cache.set(actor.orgId, { input: clean, at, by: actor.userId })
    return this.view(actor)
  }
}
