/**
 * @module cli: the `gongdao` command, thin commands over services. Each
 * `commands/<x>.command.ts` exports `register(program)`; append yours to COMMANDS.
 */
import { Command, CommanderError } from 'commander'
import { CliError } from './context.ts'
import * as admin from './commands/admin.command.ts'
import * as serve from './commands/serve.command.ts'
import * as evidence from './commands/evidence.command.ts'
import * as analyse from './commands/analyse.command.ts'
import * as compliance from './commands/compliance.command.ts'
import * as collection from './commands/collection.command.ts'
import * as complaintsImport from './commands/complaints-import.command.ts'
import * as complaintsAnalysis from './commands/complaints.command.ts'

/** The command modules, registered in this order. */
const COMMANDS: readonly { register(program: Command): void }[] = [
  serve,
  admin,
  analyse,
  compliance,
  complaintsImport,
  complaintsAnalysis,
  collection,
  evidence,
]

/** Builds the command tree. */
export function buildProgram(): Command {
  const program = new Command('gongdao')
    .description('Gongdao 公道: fair debt collection and complaint governance')
    .version('0.1.0')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
  for (const c of COMMANDS) c.register(program)
  return program
}

/** Runs the command line; refused input prints a message and exits 2, without a stack trace. */
export async function runCli(argv: readonly string[]): Promise<void> {
  const program = buildProgram()
  for (const sub of program.commands) sub.exitOverride()
  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2
      return
    }
    if (error instanceof CliError) {
      console.error(`gongdao: ${error.message}`)
      process.exitCode = 2
      return
    }
    throw error
  }
}
