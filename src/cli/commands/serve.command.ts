// `gongdao serve`: migrate, load the demo data on first start, listen.
import type { Command } from 'commander'
import { createContext, readConfig } from '../../compose.ts'
import { buildApp } from '../../server/app.ts'
import { DEMO_PASSWORD, hasData, seedDemo } from '../../services/demo/demo.service.ts'

/** Registers `serve`. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('start the API and the web console (loads the demo data into an empty database)')
    .option('-p, --port <port>', 'port to listen on (GONGDAO_PORT, default 8080)')
    .option('--host <host>', 'address to bind (GONGDAO_HOST, default 127.0.0.1)')
    .option('--no-demo', 'do not load the demo data into an empty database')
    .option('--log-level <level>', 'pino log level', 'info')
    .action(async (opts: { port?: string; host?: string; demo: boolean; logLevel: string }) => {
      const config = readConfig({
        ...process.env,
        ...(opts.port ? { GONGDAO_PORT: opts.port } : {}),
        ...(opts.host ? { GONGDAO_HOST: opts.host } : {}),
      })
      const ctx = await createContext(config)
      if (ctx.keySource === 'generated') {
        console.log(
          `generated a demo encryption key in ${config.dataDir}/keys (set GONGDAO_SECRET_KEY in production)`,
        )
      }
      if (opts.demo && !(await hasData(ctx))) {
        const logins = await seedDemo(ctx)
        console.log(
          `loaded the demo data: ${logins.length} users; password for all: ${DEMO_PASSWORD}`,
        )
      }
      const app = await buildApp(ctx, { logLevel: opts.logLevel })
      await app.listen({ port: config.port, host: config.host })
      const host = ['0.0.0.0', '127.0.0.1', '::'].includes(config.host) ? 'localhost' : config.host
      const url = `http://${host}:${config.port}`
      console.log(`Gongdao 公道 is running at ${url} (database: ${ctx.db.dialect})`)
      console.log(
        `  demo logins (password ${DEMO_PASSWORD}): admin@lender.demo, compliance-officer@lender.demo, moderator@platform.demo, reviewer@platform.demo, reviewer-2@platform.demo, mediator@mediator.demo, analyst@platform.demo`,
      )
      console.log(`  API docs: ${url}/docs`)
      const stop = async () => {
        await app.close()
        await ctx.db.close()
        process.exit(0)
      }
      process.once('SIGINT', () => void stop())
      process.once('SIGTERM', () => void stop())
    })
}
