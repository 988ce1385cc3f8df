/** Opens the context for a CLI command from the environment, and closes it afterwards. */
import { createContext, readConfig } from '../compose.ts'
import type { AppContext } from '../server/context.ts'

/** Runs `fn` with a context built from the environment; closes the database afterwards. */
export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await createContext(readConfig(process.env))
  try {
    return await fn(ctx)
  } finally {
    await ctx.db.close()
  }
}

/** A refused command: the message is printed without a stack trace and the exit code is 2. */
export class CliError extends Error {}
