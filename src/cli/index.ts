/**
 * @module cli: the `gongdao` command, thin commands over services.
 */
import { Command } from 'commander'

/** Builds the command tree and runs it with the given arguments. */
export async function runCli(argv: readonly string[]): Promise<void> {
  const program = new Command('gongdao').description('Gongdao (公道): fair collection and complaint governance')
  await program.parseAsync(argv, { from: 'user' })
}
