// Signature fingerprints (b-bit MinHash with b = 8): the low byte of each slot. Two slots whose
// low bytes differ differ, so counting differing bytes bounds the differing slots from below
// and rejects a candidate exactly from 64 bytes (one cache line) instead of 256.

/** Packs the low byte of each slot of a signature, four to a word, into `out` from `at`. */
export function packPrints(sig: Uint32Array, out: Uint32Array, at: number): void {
  for (let i = 0; i < sig.length; i += 4) {
    out[at + (i >> 2)] =
      ((sig[i] ?? 0) & 0xff) |
      (((sig[i + 1] ?? 0) & 0xff) << 8) |
      (((sig[i + 2] ?? 0) & 0xff) << 16) |
      (((sig[i + 3] ?? 0) & 0xff) << 24)
  }
}

/** Counts the non-zero bytes of a 32-bit word (SWAR: a byte's top bit set iff it is non-zero). */
export function bytesDiffering(x: number): number {
  const t = ((((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) >>> 7) & 0x01010101
  return Math.imul(t, 0x01010101) >>> 24
}
