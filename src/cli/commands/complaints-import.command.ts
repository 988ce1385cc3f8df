// `gongdao complaints import <file>`: bulk intake of complaint records (JSONL, CSV, XLSX) into a
// platform's desk, through the same checks as the form and the API; rejected rows are listed.
import { join } from 'node:path'
import type { Command } from 'commander'
import {
  IntakeService,
  NearTemplateIndex,
  importComplaintFile,
} from '../../services/complaints/index.ts'
import { FileContentStore } from '../../services/evidence/content-store.ts'
import { BUILTIN_MAPPINGS, loadMapping } from '../../services/files/index.ts'
import { newId } from '../../services/ports.ts'
import { deskStorage } from '../../storage/desk.wiring.ts'
import { CliError, withContext } from '../context.ts'

interface ImportOptions {
  org: string
  mapping?: string
  trustPlatformCheck?: boolean
  anyRespondent?: boolean
  maxErrors: string
}

/** Registers `complaints import`. */
export function register(program: Command): void {
  const complaints =
    program.commands.find((c) => c.name() === 'complaints') ??
    program.command('complaints').description('complaint desk and analysis')
  complaints
    .command('import <file>')
    .description('import complaint records (JSONL, CSV, XLSX) into a platform’s review queue')
    .requiredOption('--org <id or name>', 'the platform organisation receiving the complaints')
    .option(
      '--mapping <name or file>',
      `column mapping (${Object.keys(BUILTIN_MAPPINGS).join(', ')}, or a JSON file)`,
    )
    .option(
      '--trust-platform-check',
      'accept rows without a contact (the source platform checked it)',
    )
    .option('--any-respondent', 'accept respondents that are not lenders on the system')
    .option('--max-errors <n>', 'rejected rows to print', '20')
    .action((file: string, opts: ImportOptions) =>
      withContext(async (ctx) => {
        const org = await ctx.db.kysely
          .selectFrom('organizations')
          .select(['id', 'kind'])
          .where((eb) => eb.or([eb('id', '=', opts.org), eb('name', '=', opts.org)]))
          .executeTakeFirst()
        if (!org || (org.kind !== 'platform' && org.kind !== 'lender')) {
          throw new CliError(`no platform or lender organisation “${opts.org}”`)
        }
        // The server's store (events anchored in the evidence log) and template index (saved).
        const { store } = deskStorage(ctx)
        const templates = new NearTemplateIndex({
          dir: join(ctx.config.dataDir, 'template-index'),
          source: store,
        })
        const intake = new IntakeService({
          store,
          crypto: ctx.crypto,
          clock: ctx.clock,
          newId,
          content: new FileContentStore(join(ctx.config.dataDir, 'complaint-files')),
          templates,
        })
        const mapping = opts.mapping ? await loadMapping(opts.mapping) : undefined
        const maxErrors = Number(opts.maxErrors)
        const result = await importComplaintFile(intake, org.id, file, {
          ...(mapping ? { mapping } : {}),
          requireContact: opts.trustPlatformCheck !== true,
          anyRespondent: opts.anyRespondent === true,
          maxListed: maxErrors,
        })
        for (const r of result.rejections) console.error(`row ${r.row}: ${r.reason}`)
        const { accepted, rejected } = result
        await templates.save()
        if (rejected > maxErrors) console.error(`… and ${rejected - maxErrors} more rejected rows`)
        console.log(`accepted ${accepted}, rejected ${rejected}`)
        if (accepted === 0 && rejected > 0) process.exitCode = 2
      }),
    )
}
