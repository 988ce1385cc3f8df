// Shared helpers of the evidence benchmarks: the machine line and physical limits measured in
// the same run (raw SHA-256 rate of node:crypto, fsync rate of the data disk).
import { createHash } from 'node:crypto'
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { machineLine } from './machine.ts'

/** Prints the machine line. */
export function printMachine(): void {
  console.log(`${machineLine()} (shared machine)`)
}

/** Measures raw SHA-256 hashes per second over inputs of `bytes` bytes, for `count` hashes. */
export function sha256Rate(count: number, bytes: number): number {
  const input = Buffer.alloc(bytes, 0x61)
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < count; i++) createHash('sha256').update(input).digest()
  return count / (Number(process.hrtime.bigint() - t0) / 1e9)
}

/** Measures write+fsync cycles per second on the disk holding `dir` (the durability ceiling of batch-1 appends). */
export function fsyncRate(dir = tmpdir(), count = 200): number {
  const d = mkdtempSync(join(dir, 'fsync-'))
  const fd = openSync(join(d, 'f'), 'w')
  const block = Buffer.alloc(4096, 1)
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < count; i++) {
    writeSync(fd, block)
    fsyncSync(fd)
  }
  const rate = count / (Number(process.hrtime.bigint() - t0) / 1e9)
  closeSync(fd)
  rmSync(d, { recursive: true, force: true })
  return rate
}

/** Formats a number with thousands separators. */
export function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US')
}
