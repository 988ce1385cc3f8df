/**
 * Fixed test keys (never use outside tests): a log key and a witness key from constant seeds.
 */
import { ALG_COSIGNATURE_V1, createNoteSigner, formatVerifierKey, type NoteSigner } from '../note-keys.ts'

/** Keys for tests: the log `gongdao.test/log` and the witness `mediator.test/w1`. */
export interface KeyFixture {
  readonly signer: NoteSigner
  readonly verifierKey: string
  readonly witness: NoteSigner
  readonly witnessKey: string
  /** A second log key of the same name (a rotated or forged key). */
  readonly otherLogKey: string
}

/** Returns the fixed log and witness keys. */
export function checkpointFixture(): KeyFixture {
  const signer = createNoteSigner('gongdao.test/log', Buffer.alloc(32, 7))
  const witness = createNoteSigner('mediator.test/w1', Buffer.alloc(32, 9), ALG_COSIGNATURE_V1)
  const other = createNoteSigner('gongdao.test/log', Buffer.alloc(32, 8))
  return {
    signer,
    verifierKey: formatVerifierKey(signer),
    witness,
    witnessKey: formatVerifierKey(witness),
    otherLogKey: formatVerifierKey(other),
  }
}
