import type { NearDuplicateParams } from './near-duplicate-index.ts'
import { NearDuplicateIndex } from './near-duplicate-index.ts'

const MAGIC = 'GDNDX1\n'

interface Header {
  readonly params: NearDuplicateParams
  readonly n: number
  readonly ids: readonly string[]
  readonly platforms: readonly string[]
  readonly samples: readonly (readonly [number, string])[]
}

/**
 * Serialises an index to bytes: a magic line, a JSON header (parameters, ids, platforms, cluster
 * samples), then creation times, cluster parents and signatures as little-endian arrays.
 */
export function serializeIndex(index: NearDuplicateIndex): Uint8Array {
  const { sigs, parent } = index.raw()
  const n = index.size
  const header: Header = {
    params: index.params,
    n,
    ids: index.ids,
    platforms: index.platforms,
    samples: [...index.samples.entries()],
  }
  const enc = new TextEncoder()
  const magic = enc.encode(MAGIC)
  const json = enc.encode(JSON.stringify(header))
  const size = magic.length + 4 + json.length + n * 8 + n * 4 + sigs.length * 4
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  let at = 0
  out.set(magic, at)
  at += magic.length
  view.setUint32(at, json.length, true)
  at += 4
  out.set(json, at)
  at += json.length
  for (let i = 0; i < n; i++, at += 8) view.setFloat64(at, index.createdAt[i] ?? Number.NaN, true)
  for (let i = 0; i < n; i++, at += 4) view.setInt32(at, parent[i] ?? i, true)
  for (let i = 0; i < sigs.length; i++, at += 4) view.setUint32(at, sigs[i] ?? 0, true)
  return out
}

/** Restores an index serialised by `serializeIndex`; throws on a foreign or truncated file. */
export function deserializeIndex(bytes: Uint8Array): NearDuplicateIndex {
  const dec = new TextDecoder()
  const magicLength = new TextEncoder().encode(MAGIC).length
  if (dec.decode(bytes.subarray(0, magicLength)) !== MAGIC) {
    throw new Error('not a near-duplicate index file')
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = magicLength
  const jsonLength = view.getUint32(at, true)
  at += 4
  const header = JSON.parse(dec.decode(bytes.subarray(at, at + jsonLength))) as Header
  at += jsonLength
  const { n, params } = header
  const need = at + n * 8 + n * 4 + n * params.hashes * 4
  if (bytes.length !== need) {
    throw new Error(`index file truncated: ${bytes.length} bytes, want ${need}`)
  }
  const index = new NearDuplicateIndex(params)
  const timesAt = at
  const parentsAt = timesAt + n * 8
  const sigsAt = parentsAt + n * 4
  const sig = new Uint32Array(params.hashes)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < params.hashes; j++) {
      sig[j] = view.getUint32(sigsAt + (i * params.hashes + j) * 4, true)
    }
    index.restoreItem(
      {
        id: header.ids[i] ?? '',
        platform: header.platforms[i],
        createdAt: view.getFloat64(timesAt + i * 8, true),
      },
      sig,
      view.getInt32(parentsAt + i * 4, true),
    )
  }
  for (const [root, text] of header.samples) index.samples.set(root, text)
  return index
}
