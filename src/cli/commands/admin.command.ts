// `gongdao migrate`, `gongdao demo`, `gongdao org add`, `gongdao user add`.
import type { Command } from 'commander'
import { DomainError } from '../../core/shared/index.ts'
import { DEMO_PASSWORD, hasData, seedDemo } from '../../services/demo/demo.service.ts'
import { migrateToLatest } from '../../storage/db.ts'
import { CliError, withContext } from '../context.ts'

function explain(error: unknown): never {
  if (error instanceof DomainError) {
    const details = error.details.map((d) => `  ${d.path.join('.')}: ${d.message}`).join('\n')
    throw new CliError(details ? `${error.message}\n${details}` : error.message)
  }
  throw error
}

/** Registers the administration commands. */
export function register(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (GONGDAO_DB)')
    .action(() =>
      withContext(async (ctx) => {
        const applied = await migrateToLatest(ctx.db)
        console.log(
          applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date',
        )
      }),
    )
  program
    .command('demo')
    .description('load the demo dataset into an empty database')
    .action(() =>
      withContext(async (ctx) => {
        if (await hasData(ctx)) {
          throw new CliError(
            'the database already has organisations; the demo loads only into an empty one',
          )
        }
        const logins = await seedDemo(ctx)
        for (const l of logins) console.log(`${l.email}\t${l.org}\t${l.roles.join(',')}`)
        console.log(`password for every demo user: ${DEMO_PASSWORD}`)
      }),
    )
  const org = program.command('org').description('organisations (tenants)')
  org
    .command('add')
    .description('add an organisation')
    .requiredOption('--name <name>', 'unique name')
    .requiredOption('--kind <kind>', 'lender, agency, platform, mediator or consortium')
    .action((opts: { name: string; kind: string }) =>
      withContext(async (ctx) => {
        const created = await ctx.identity.createOrganization(opts).catch(explain)
        console.log(`${created.id}\t${created.name}\t${created.kind}`)
      }),
    )
  org
    .command('list')
    .description('list organisations')
    .action(() =>
      withContext(async (ctx) => {
        for (const o of await ctx.identityRepo.listOrganizations()) {
          console.log(`${o.id}\t${o.name}\t${o.kind}`)
        }
      }),
    )
  const user = program.command('user').description('users')
  user
    .command('add')
    .description(
      'add a user to an organisation (the password is read from GONGDAO_PASSWORD or --password)',
    )
    .requiredOption('--org <name|id>', 'organisation name or id')
    .requiredOption('--email <email>', 'login e-mail')
    .requiredOption('--roles <roles>', 'comma-separated roles, e.g. compliance_officer,analyst')
    .option('--name <name>', 'display name')
    .option(
      '--password <password>',
      'password (prefer GONGDAO_PASSWORD: command lines are visible to other users)',
    )
    .action(
      (opts: { org: string; email: string; roles: string; name?: string; password?: string }) =>
        withContext(async (ctx) => {
          const password = opts.password ?? process.env.GONGDAO_PASSWORD
          if (!password) throw new CliError('no password: set GONGDAO_PASSWORD or pass --password')
          const found =
            (await ctx.identityRepo.findOrganizationByName(opts.org)) ??
            (await ctx.identityRepo.findOrganization(opts.org))
          if (!found) {
            throw new CliError(
              `no organisation named or with id "${opts.org}" (see: gongdao org list)`,
            )
          }
          const created = await ctx.identity
            .createUser({
              orgId: found.id,
              email: opts.email,
              name: opts.name ?? '',
              password,
              roles: opts.roles.split(',').map((r) => r.trim()),
            })
            .catch(explain)
          console.log(`${created.id}\t${created.email}\t${created.roles.join(',')}`)
        }),
    )
}
