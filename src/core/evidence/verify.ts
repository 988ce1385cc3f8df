/**
 * Proof verification (RFC 9162 §2.1.3.2 and §2.1.4.2): results are values, never exceptions.
 * https://www.rfc-editor.org/rfc/rfc9162#section-2.1.3.2
 */
import { err, ok, type Result } from '../shared/index.ts'
import { ProofError } from './errors.ts'
import { HASH_SIZE, equalBytes, hashChildren } from './hasher.ts'
import { half, isOdd, isPowerOfTwo, isSize } from './tree-math.ts'

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex')
}

function checkHashes(what: string, hashes: readonly Uint8Array[]): ProofError | undefined {
  const bad = hashes.findIndex((h) => h.length !== HASH_SIZE)
  if (bad < 0) return undefined
  return new ProofError(
    'bad_hash_length',
    `${what} ${bad} is ${hashes[bad].length} bytes, want ${HASH_SIZE}`,
  )
}

/** Computes the root implied by an inclusion proof; requires 32-byte hashes and index < size. */
export function rootFromInclusionProof(
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
): Result<Uint8Array, ProofError> {
  if (!isSize(size) || size === 0) {
    return err(new ProofError('bad_size', `tree size must be ≥ 1, got ${size}`))
  }
  if (!isSize(index) || index >= size) {
    return err(
      new ProofError('index_out_of_range', `leaf index ${index} is not below tree size ${size}`),
    )
  }
  if (leafHash.length !== HASH_SIZE) {
    return err(
      new ProofError('bad_hash_length', `leaf hash is ${leafHash.length} bytes, want ${HASH_SIZE}`),
    )
  }
  const bad = checkHashes('proof hash', proof)
  if (bad) return err(bad)
  let fn = index
  let sn = size - 1
  let r: Uint8Array = leafHash
  for (const p of proof) {
    if (sn === 0) {
      return err(new ProofError('wrong_proof_size', `proof has ${proof.length} hashes, too many`))
    }
    if (isOdd(fn) || fn === sn) {
      r = hashChildren(p, r)
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn)
          sn = half(sn)
        }
      }
    } else {
      r = hashChildren(r, p)
    }
    fn = half(fn)
    sn = half(sn)
  }
  if (sn !== 0) {
    return err(new ProofError('wrong_proof_size', `proof has ${proof.length} hashes, too few`))
  }
  return ok(r)
}

/** Verifies that `leafHash` is leaf `index` of the tree of `size` leaves with root `root`. */
export function verifyInclusion(
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): Result<void, ProofError> {
  if (root.length !== HASH_SIZE) {
    return err(new ProofError('bad_hash_length', `root is ${root.length} bytes, want ${HASH_SIZE}`))
  }
  const got = rootFromInclusionProof(index, size, leafHash, proof)
  if (!got.ok) return got
  if (!equalBytes(got.value, root)) {
    return err(
      new ProofError('root_mismatch', `computed root ${hex(got.value)} ≠ expected ${hex(root)}`),
    )
  }
  return ok(undefined)
}

/**
 * Verifies that the tree of `second` leaves with root `root2` extends the tree of `first` leaves
 * with root `root1`. A proof from size 0 is refused (it proves nothing), as the vectors require.
 */
export function verifyConsistency(
  first: number,
  second: number,
  root1: Uint8Array,
  root2: Uint8Array,
  proof: readonly Uint8Array[],
): Result<void, ProofError> {
  if (!isSize(first) || !isSize(second) || first > second) {
    return err(
      new ProofError('bad_size', `need first ≤ second, got first ${first}, second ${second}`),
    )
  }
  if (first === 0) {
    return err(new ProofError('bad_size', 'a consistency proof from size 0 proves nothing'))
  }
  if (first === second) {
    if (proof.length > 0) {
      return err(
        new ProofError('wrong_proof_size', `equal sizes need an empty proof, got ${proof.length}`),
      )
    }
    if (!equalBytes(root1, root2)) {
      return err(
        new ProofError('root_mismatch', `equal sizes but roots ${hex(root1)} ≠ ${hex(root2)}`),
      )
    }
    return ok(undefined)
  }
  const bad = checkHashes('root', [root1, root2]) ?? checkHashes('proof hash', proof)
  if (bad) return err(bad)
  if (proof.length === 0) return err(new ProofError('wrong_proof_size', 'proof is empty'))
  const path = isPowerOfTwo(first) ? [root1, ...proof] : [...proof]
  let fn = first - 1
  let sn = second - 1
  while (isOdd(fn)) {
    fn = half(fn)
    sn = half(sn)
  }
  let fr = path[0]
  let sr = path[0]
  for (const c of path.slice(1)) {
    if (sn === 0) {
      return err(new ProofError('wrong_proof_size', `proof has ${proof.length} hashes, too many`))
    }
    if (isOdd(fn) || fn === sn) {
      fr = hashChildren(c, fr)
      sr = hashChildren(c, sr)
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn)
        sn = half(sn)
      }
    } else {
      sr = hashChildren(sr, c)
    }
    fn = half(fn)
    sn = half(sn)
  }
  if (sn !== 0) {
    return err(new ProofError('wrong_proof_size', `proof has ${proof.length} hashes, too few`))
  }
  if (!equalBytes(fr, root1)) {
    return err(new ProofError('root_mismatch', `proof gives first root ${hex(fr)} ≠ ${hex(root1)}`))
  }
  if (!equalBytes(sr, root2)) {
    return err(
      new ProofError('root_mismatch', `proof gives second root ${hex(sr)} ≠ ${hex(root2)}`),
    )
  }
  return ok(undefined)
}
