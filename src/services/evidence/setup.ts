/**
 * Builds the evidence services for a deployment: keys from `<data dir>/keys/evidence` (or
 * `GONGDAO_EVIDENCE_KEY_DIR`), content under `<data dir>/content`, origin from
 * `GONGDAO_EVIDENCE_ORIGIN`, accepted witness keys from `GONGDAO_EVIDENCE_WITNESS_KEYS`.
 */
import { join } from 'node:path'
import { formatVerifierKey, parseVerifierKey, type VerifierKey } from '../../core/evidence/index.ts'
import { ValidationError } from '../../core/shared/index.ts'
import type { Clock } from '../ports.ts'
import { FileContentStore } from './content-store.ts'
import { EvidenceService } from './evidence.service.ts'
import { loadOrCreateSigner, publishedVerifierKeys } from './keys.ts'
import type { EvidenceStore } from './ports.ts'
import { WitnessService } from './witness.service.ts'

/** The evidence services of a deployment and where their keys live. */
export interface EvidenceServices {
  readonly service: EvidenceService
  readonly witness: WitnessService
  readonly content: FileContentStore
  readonly keyDir: string
  /** The same evidence service (keys, origin, clock) over another store, e.g. one joined to a caller's transaction. */
  over(store: EvidenceStore): EvidenceService
  /** Verifier keys to publish: the log's current and retired keys, then this deployment's witness key. */
  publishedKeys(): Promise<string[]>
}

/** Environment variables read by createEvidenceServices. */
export type EvidenceEnv = Readonly<Record<string, string | undefined>>

/** Loads (or first creates) the keys and builds the services over `store`. */
export async function createEvidenceServices(
  store: EvidenceStore,
  dataDir: string,
  clock: Clock,
  env: EvidenceEnv = process.env,
): Promise<EvidenceServices> {
  const keyDir = env.GONGDAO_EVIDENCE_KEY_DIR ?? join(dataDir, 'keys', 'evidence')
  const originBase = env.GONGDAO_EVIDENCE_ORIGIN ?? 'gongdao.local/evidence'
  const signer = await loadOrCreateSigner(keyDir, 'log', originBase)
  const witnessSigner = await loadOrCreateSigner(keyDir, 'witness', `${originBase}/witness`)
  const witnessKeys: VerifierKey[] = [parseVerifierKey(formatVerifierKey(witnessSigner))]
  for (const text of (env.GONGDAO_EVIDENCE_WITNESS_KEYS ?? '').split(',')) {
    if (!text.trim()) continue
    try {
      witnessKeys.push(parseVerifierKey(text))
    } catch (e) {
      throw new ValidationError(`GONGDAO_EVIDENCE_WITNESS_KEYS: ${(e as Error).message}`)
    }
  }
  const content = new FileContentStore(join(dataDir, 'content'))
  const opts = { originBase, signer, witnessKeys, clock }
  const service = new EvidenceService(store, content, opts)
  return {
    service,
    over: (other) => new EvidenceService(other, content, opts),
    witness: new WitnessService(store, witnessSigner, clock),
    content,
    keyDir,
    publishedKeys: async () => [
      ...(await publishedVerifierKeys(keyDir, 'log')),
      formatVerifierKey(witnessSigner),
    ],
  }
}
