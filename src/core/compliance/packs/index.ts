/**
 * @module compliance/packs: the shipped policy packs, validated when loaded.
 */
import type { PolicyPack } from '../policy.ts'
import { validatePack } from '../validate-policy.ts'
import cn from './cn-gbt45251-2025.json'
import us from './us-reg-f.json'

/** The shipped packs by id: `cn-gbt45251-2025` and `us-reg-f`. */
export const SHIPPED_PACKS: ReadonlyMap<string, PolicyPack> = new Map(
  [validatePack(cn), validatePack(us)].map((p) => [p.id, p]),
)
