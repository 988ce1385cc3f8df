// Shared header for the compliance benchmarks: the machine they ran on.
import { cpus, loadavg } from 'node:os'

/** Prints cpu model, core count and Node version. */
export function printMachine(title: string): void {
  const cpu = cpus()
  console.log(`# ${title}`)
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
  console.log(
    `machine: ${cpu[0]?.model ?? 'unknown cpu'}, ${cpu.length} cores, node ${process.version}, load average ${load}`,
  )
}
