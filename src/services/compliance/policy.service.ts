import type {
  AuditReport,
  CompiledPolicy,
  GateDecision,
  PolicyPack,
} from '../../core/compliance/index.ts'
import { SHIPPED_PACKS, compilePolicy } from '../../core/compliance/index.ts'
import { ConflictError, NotFoundError, ValidationError } from '../../core/shared/index.ts'
import type { Actor, Clock } from '../ports.ts'
import { auditContactList, checkContact } from './check.service.ts'
import { resolvePolicyDocument } from './load-policy.ts'
import type { PolicyStore, StoredPolicy } from './ports.ts'

/** A policy as listed: shipped packs are read-only and always available. */
export interface PolicySummary {
  readonly id: string
  readonly version: string
  readonly title: { readonly zh: string; readonly en: string }
  readonly origin: 'shipped' | 'organization'
  readonly active: boolean
  readonly extends: { readonly id: string; readonly version: string } | null
  readonly createdAt: string | null
}

/** Which policy to use: an id and, optionally, a version (else the active or shipped one). */
export interface PolicyRef {
  readonly id: string
  readonly version?: string
}

function summary(s: StoredPolicy): PolicySummary {
  const p = s.pack
  return {
    id: p.id,
    version: p.version,
    title: p.title,
    origin: 'organization',
    active: s.active,
    extends: p.extends ?? null,
    createdAt: s.createdAt,
  }
}

function shippedSummary(p: PolicyPack): PolicySummary {
  return {
    id: p.id,
    version: p.version,
    title: p.title,
    origin: 'shipped',
    active: true,
    extends: null,
    createdAt: null,
  }
}

/**
 * Policy versions of an organisation over shipped packs: a new version is validated in full
 * before it is stored, so a policy that fails validation is never stored nor activated.
 */
export class PolicyService {
  readonly #cache = new Map<string, CompiledPolicy>()

  constructor(
    private readonly store: PolicyStore,
    private readonly clock: Clock,
  ) {}

  /** Shipped packs and the organisation's policy versions. */
  async list(actor: Actor): Promise<PolicySummary[]> {
    const own = await this.store.list(actor.orgId)
    return [...[...SHIPPED_PACKS.values()].map(shippedSummary), ...own.map(summary)]
  }

  /** Every version of one policy (a shipped pack has one). */
  async versions(actor: Actor, id: string): Promise<PolicySummary[]> {
    const shipped = SHIPPED_PACKS.get(id)
    if (shipped) return [shippedSummary(shipped)]
    const v = await this.store.versions(actor.orgId, id)
    if (v.length === 0) throw new NotFoundError('policy')
    return v.map(summary)
  }

  /** One policy document (resolved), shipped or stored. */
  async get(actor: Actor, ref: PolicyRef): Promise<PolicyPack> {
    const shipped = SHIPPED_PACKS.get(ref.id)
    if (shipped && (ref.version === undefined || ref.version === shipped.version)) return shipped
    const s = ref.version
      ? await this.store.get(actor.orgId, ref.id, ref.version)
      : await this.store.active(actor.orgId, ref.id)
    if (!s) throw new NotFoundError('policy')
    return s.pack
  }

  /** Validates and stores a new version (a pack or an extension); activates it unless told not to. */
  async create(actor: Actor, raw: unknown, activate = true): Promise<PolicySummary> {
    const base = await this.#baseOf(actor, raw)
    const pack = resolvePolicyDocument(raw, (id, version) =>
      base && base.id === id && base.version === version ? base : undefined,
    )
    if (SHIPPED_PACKS.has(pack.id)) {
      throw new ValidationError('a shipped pack id cannot be reused', [
        { path: ['id'], message: `${pack.id} is shipped` },
      ])
    }
    if (await this.store.get(actor.orgId, pack.id, pack.version)) {
      throw new ConflictError(
        `policy ${pack.id} version ${pack.version} exists; versions are immutable`,
      )
    }
    const stored: StoredPolicy = {
      orgId: actor.orgId,
      pack,
      source: raw,
      active: false,
      createdAt: this.clock.now().toISOString(),
      createdBy: actor.userId,
    }
    await this.store.insert(stored)
    if (activate) await this.store.activate(actor.orgId, pack.id, pack.version)
    return summary({ ...stored, active: activate })
  }

  /** Activates a stored version. */
  async activate(actor: Actor, id: string, version: string): Promise<void> {
    if (!(await this.store.activate(actor.orgId, id, version))) throw new NotFoundError('policy')
  }

  /** Deletes an inactive stored version. */
  async remove(actor: Actor, id: string, version: string): Promise<void> {
    const s = await this.store.get(actor.orgId, id, version)
    if (!s) throw new NotFoundError('policy')
    if (s.active) {
      throw new ConflictError('the active version cannot be deleted; activate another first')
    }
    await this.store.remove(actor.orgId, id, version)
  }

  /** The compiled policy for a reference (cached by org, id and version). */
  async compiled(actor: Actor, ref: PolicyRef): Promise<CompiledPolicy> {
    const pack = await this.get(actor, ref)
    const key = `${SHIPPED_PACKS.get(pack.id) === pack ? '' : actor.orgId}\u0000${pack.id}\u0000${pack.version}`
    let c = this.#cache.get(key)
    if (!c) this.#cache.set(key, (c = compilePolicy(pack)))
    return c
  }

  /** Decides one proposed contact (raw records) under a policy. */
  async check(
    actor: Actor,
    ref: PolicyRef,
    history: readonly unknown[],
    contact: unknown,
  ): Promise<GateDecision> {
    return checkContact(await this.compiled(actor, ref), history, contact)
  }

  /** Audits a batch of performed contacts (raw records) under a policy. */
  async audit(actor: Actor, ref: PolicyRef, contacts: readonly unknown[]): Promise<AuditReport> {
    return auditContactList(await this.compiled(actor, ref), contacts)
  }

  async #baseOf(actor: Actor, raw: unknown): Promise<PolicyPack | undefined> {
    const ext = (raw as { extends?: { id?: unknown; version?: unknown } } | null)?.extends
    if (typeof ext?.id !== 'string' || typeof ext.version !== 'string') return undefined
    const shipped = SHIPPED_PACKS.get(ext.id)
    if (shipped) return shipped.version === ext.version ? shipped : undefined
    return (await this.store.get(actor.orgId, ext.id, ext.version))?.pack
  }
}
