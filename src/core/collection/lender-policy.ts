import { extendPolicy, SHIPPED_PACKS } from '../compliance/index.ts'
import type { PolicyPack } from '../compliance/index.ts'

/** The pack a lender's collection policy extends by default. */
export const BASE_PACK_ID = 'cn-gbt45251-2025'

/**
 * The collection extension: the shipped pack honours refusals of contact persons and third
 * parties (GB/T 45251-2025 5.3); a lender also honours a debtor's or guarantor's refusal of a
 * channel (issue 5: "a debtor's refusal of a channel is honoured by the gate from then on").
 * Adding roles is stricter, so the extension is accepted without lender-configurable parameters.
 */
export function collectionPolicyExtension(lenderId: string, base: PolicyPack): unknown {
  return {
    id: `lender.${lenderId.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}`,
    version: '1',
    title: {
      zh: '放贷机构催收政策（尊重债务人拒绝的渠道）',
      en: 'Lender collection policy (honours channel refusals)',
    },
    extends: { id: base.id, version: base.version },
    overrides: {
      'contact-after-refusal': { roles: ['debtor', 'guarantor', 'contact_person', 'third_party'] },
    },
  }
}

/** Returns the lender's collection policy: the shipped pack extended as above; the pack must ship. */
export function lenderCollectionPolicy(
  lenderId: string,
  baseId: string = BASE_PACK_ID,
): PolicyPack {
  const base = SHIPPED_PACKS.get(baseId)
  if (base === undefined) {
    throw new Error(`lenderCollectionPolicy: got unknown pack ${baseId}, want a shipped pack`)
  }
  return extendPolicy(base, collectionPolicyExtension(lenderId, base))
}
