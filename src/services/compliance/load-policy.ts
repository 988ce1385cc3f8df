import type { CompiledPolicy, PolicyPack } from '../../core/compliance/index.ts'
import {
  SHIPPED_PACKS,
  compilePolicy,
  extendPolicy,
  validatePack,
} from '../../core/compliance/index.ts'
import { ValidationError } from '../../core/shared/index.ts'

/** Looks up packs a lender policy may extend (shipped packs, or stored ones in services). */
export type PackLookup = (id: string, version: string) => PolicyPack | undefined

/** The shipped packs as a lookup. */
export const shippedLookup: PackLookup = (id, version) => {
  const p = SHIPPED_PACKS.get(id)
  return p !== undefined && p.version === version ? p : undefined
}

function isExtension(raw: unknown): raw is { extends: { id: string; version: string } } {
  return typeof raw === 'object' && raw !== null && 'overrides' in raw && 'extends' in raw
}

/**
 * Validates a policy document: a full pack, or a lender extension `{extends, overrides}` of a
 * pack found by `lookup`; throws PolicyValidationError (or ValidationError) naming the field.
 */
export function resolvePolicyDocument(
  raw: unknown,
  lookup: PackLookup = shippedLookup,
): PolicyPack {
  if (!isExtension(raw)) return validatePack(raw)
  const e = raw.extends as { id?: unknown; version?: unknown }
  const base =
    typeof e?.id === 'string' && typeof e.version === 'string' ? lookup(e.id, e.version) : undefined
  if (base === undefined) {
    throw new ValidationError(`unknown base policy ${JSON.stringify(raw.extends)}`, [
      { path: ['extends'], message: 'no such pack id and version' },
    ])
  }
  return extendPolicy(base, raw)
}

/** Compiles a shipped pack by id (`cn-gbt45251-2025`, `us-reg-f`), or throws a ValidationError. */
export function shippedPolicy(id: string): CompiledPolicy {
  const p = SHIPPED_PACKS.get(id)
  if (p === undefined) {
    throw new ValidationError(`unknown policy ${JSON.stringify(id)}`, [
      {
        path: ['policy'],
        message: `expected one of ${[...SHIPPED_PACKS.keys()].join(', ')} or a file`,
      },
    ])
  }
  return compilePolicy(p)
}
