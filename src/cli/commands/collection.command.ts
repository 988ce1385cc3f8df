// `gongdao collection template|import|plan|run|apr`: thin commands over the collection services.
import { writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import { assessRate, computeApr, parsePercent, parseYuan } from '../../core/lending/index.ts'
import type { LenderKind, RepaymentMethod } from '../../core/lending/index.ts'
import { DomainError } from '../../core/shared/index.ts'
import { buildImportTemplate, importPortfolio } from '../../services/collection/import.service.ts'
import { planView, runDay } from '../../services/collection/run-day.service.ts'
import { collectionModule } from '../../storage/collection.wiring.ts'
import { CliError, withContext } from '../context.ts'

function explain(error: unknown): never {
  if (error instanceof DomainError) {
    const details = error.details.map((d) => `  ${d.path.join('.')}: ${d.message}`).join('\n')
    throw new CliError(details ? `${error.message}\n${details}` : error.message)
  }
  throw error
}

async function lenderId(
  ctx: Parameters<Parameters<typeof withContext>[0]>[0],
  name?: string,
): Promise<{ id: string; name: string }> {
  const lenders = (await ctx.identityRepo.listOrganizations()).filter(
    (o) => o.kind === 'lender' && (name === undefined || o.name === name || o.id === name),
  )
  if (lenders.length !== 1) {
    throw new CliError(
      name ? `no single lender named ${name}` : 'several or no lenders: pass --lender <name or id>',
    )
  }
  return { id: lenders[0].id, name: lenders[0].name }
}

/** Registers `gongdao collection …`. */
export function register(program: Command): void {
  const c = program
    .command('collection')
    .description('collection: portfolio import, daily plan through the gate, APR checks')
  c.command('template <out.xlsx>')
    .description('write the XLSX portfolio import template')
    .action(async (out: string) => {
      writeFileSync(out, await buildImportTemplate())
      console.log(`wrote ${out}`)
    })
  c.command('import <file>')
    .description('import a CSV or XLSX portfolio (all rows or none; rejections by row)')
    .option('--lender <name>', 'lender organisation (name or id)')
    .action(async (file: string, o: { lender?: string }) => {
      await withContext(async (ctx) => {
        const lender = await lenderId(ctx, o.lender)
        const mod = await collectionModule(ctx)
        const report = await importPortfolio(
          { store: mod.importStore, crypto: ctx.crypto, clock: ctx.clock },
          lender.id,
          file,
          { onProgress: (n) => process.stderr.write(`\r${n} rows`) },
        ).catch(explain)
        process.stderr.write('\n')
        console.log(JSON.stringify(report, null, 2))
        if (!report.imported) process.exitCode = 1
      })
    })
  c.command('plan')
    .description("print today's plan: planned, denied with reasons, skipped")
    .option('--lender <name>', 'lender organisation (name or id)')
    .option('--date <YYYY-MM-DD>', 'planning day (default today)')
    .action(async (o: { lender?: string; date?: string }) => {
      await withContext(async (ctx) => {
        const lender = await lenderId(ctx, o.lender)
        const mod = await collectionModule(ctx)
        const v = await planView(
          mod.repo,
          mod.contacts,
          lender.id,
          o.date ?? ctx.clock.now().toISOString().slice(0, 10),
          20,
        )
        console.log(
          JSON.stringify(
            {
              date: v.date,
              debts: v.debts,
              counts: v.counts,
              denied: v.denied.map((p) => ({
                contact: p.contact.id,
                rules: p.decision.rules.filter(
                  (r) => r.verdict !== 'pass' && r.verdict !== 'not_applicable',
                ),
              })),
            },
            null,
            2,
          ),
        )
      })
    })
  c.command('run')
    .description('gate and perform up to --limit planned contacts through the simulated channel')
    .option('--lender <name>', 'lender organisation (name or id)')
    .option('--date <YYYY-MM-DD>', 'day (default today)')
    .option('--limit <n>', 'most contacts to perform', '100')
    .action(async (o: { lender?: string; date?: string; limit: string }) => {
      await withContext(async (ctx) => {
        const lender = await lenderId(ctx, o.lender)
        const mod = await collectionModule(ctx)
        const r = await runDay(
          mod.repo,
          mod.contacts,
          lender.id,
          o.date ?? ctx.clock.now().toISOString().slice(0, 10),
          { limit: Number(o.limit), lender: lender.name },
        )
        console.log(JSON.stringify(r, null, 2))
      })
    })
  c.command('apr')
    .description('APR (IRR) of a loan and the 4×LPR / 24% / 36% lines')
    .requiredOption('--principal <yuan>')
    .requiredOption('--rate <percent>', 'nominal annual rate, e.g. 12')
    .requiredOption('--months <n>')
    .requiredOption('--date <YYYY-MM-DD>', 'contract date')
    .option('--method <m>', 'equal_installment or equal_principal', 'equal_installment')
    .option('--fee <yuan>', 'fee per installment', '0')
    .option('--upfront <yuan>', 'fee withheld at disbursement', '0')
    .option('--lender-kind <k>', 'licensed or private', 'licensed')
    .action(
      (o: {
        principal: string
        rate: string
        months: string
        date: string
        method: string
        fee: string
        upfront: string
        lenderKind: string
      }) => {
        try {
          const terms = {
            principal: parseYuan(o.principal),
            annualRate: parsePercent(o.rate),
            termMonths: Number(o.months),
            method: o.method as RepaymentMethod,
            contractDate: o.date,
            fees: [
              { name: '每期服务费', when: 'per_installment' as const, amount: parseYuan(o.fee) },
              { name: '前置服务费', when: 'upfront' as const, amount: parseYuan(o.upfront) },
            ].filter((f) => f.amount > 0),
          }
          const apr = computeApr(terms)
          console.log(
            JSON.stringify(
              {
                apr: apr.apr,
                effectiveAnnualRate: apr.effectiveAnnualRate,
                assessment: assessRate(apr.aprPpm, o.date, o.lenderKind as LenderKind),
              },
              null,
              2,
            ),
          )
        } catch (e) {
          explain(e)
        }
      },
    )
}
