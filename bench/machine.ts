// The machine line every benchmark prints: cpu model, cores, Node version and load average.
import { cpus, loadavg } from 'node:os'

/** Describes this machine and its current load in one line. */
export function machineLine(): string {
  const cpu = cpus()
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
  return `machine: ${cpu[0]?.model ?? 'unknown cpu'}, ${cpu.length} cores, node ${process.version}, load average ${load}`
}
