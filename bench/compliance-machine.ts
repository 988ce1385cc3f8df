// Shared header for the compliance benchmarks: the machine they ran on.
import { machineLine } from './machine.ts'

/** Prints the benchmark's title and the machine line. */
export function printMachine(title: string): void {
  console.log(`# ${title}`)
  console.log(machineLine())
}
