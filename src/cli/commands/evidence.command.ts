// `gongdao evidence append|prove|verify|verify-receipt|audit|keys`: the evidence log from the
// command line. verify-receipt works offline (no database): only the receipt, the log's
// verifier key and, optionally, the content file are needed.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Command } from 'commander'
import { parseVerifierKey, verifyReceipt, type VerifierKey } from '../../core/evidence/index.ts'
import { DomainError } from '../../core/shared/index.ts'
import { auditLog } from '../../services/evidence/audit.ts'
import { rotateSigner } from '../../services/evidence/keys.ts'
import { createEvidenceServices, type EvidenceServices } from '../../services/evidence/setup.ts'
import { EvidenceRepository } from '../../storage/evidence.repository.ts'
import type { AppContext } from '../../server/context.ts'
import { CliError, withContext } from '../context.ts'

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (e) {
    throw new CliError(`cannot read ${what} ${path}: ${(e as Error).message}`)
  }
}

function readBytes(path: string, what: string): Buffer {
  try {
    return readFileSync(path)
  } catch (e) {
    throw new CliError(`cannot read ${what} ${path}: ${(e as Error).message}`)
  }
}

/** A key given inline (`name+id+base64`) or as `@file`. */
function loadKey(ref: string): VerifierKey {
  const text = ref.startsWith('@') ? readText(ref.slice(1), 'key file').trim().split('\n')[0] : ref
  try {
    return parseVerifierKey(text)
  } catch (e) {
    throw new CliError(`bad verifier key: ${(e as Error).message}`)
  }
}

function explain(error: unknown): never {
  if (error instanceof DomainError) {
    const details = error.details.map((d) => `  ${d.path.join('.')}: ${d.message}`).join('\n')
    throw new CliError(details ? `${error.message}\n${details}` : error.message)
  }
  throw error
}

async function withEvidence<T>(
  fn: (ev: EvidenceServices, ctx: AppContext) => Promise<T>,
): Promise<T> {
  return withContext(async (ctx) => {
    const repo = new EvidenceRepository(ctx.db.kysely, ctx.db.dialect)
    try {
      return await fn(await createEvidenceServices(repo, ctx.config.dataDir, ctx.clock), ctx)
    } catch (e) {
      return explain(e)
    }
  })
}

function index(text: string, what = 'index'): number {
  const n = Number(text)
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) {
    throw new CliError(`${what} must be a whole number ≥ 0, got ${text}`)
  }
  return n
}

/** Reads entries from JSONL: each line an entry, or `{entry, content: "<file>"}` (paths relative to the file). */
function readItems(path: string): { entry: unknown; content?: Buffer }[] {
  return readText(path, 'entries')
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, n]) => {
      let value: unknown
      try {
        value = JSON.parse(line)
      } catch (e) {
        throw new CliError(`${path}:${n}: not JSON (${(e as Error).message})`)
      }
      const v = value as { entry?: unknown; content?: unknown }
      if (v && typeof v === 'object' && 'entry' in v) {
        const content =
          typeof v.content === 'string'
            ? readBytes(resolve(dirname(path), v.content), 'content')
            : undefined
        return { entry: v.entry, content }
      }
      return { entry: value }
    })
}

/** Registers `gongdao evidence …`. */
export function register(program: Command): void {
  const ev = program
    .command('evidence')
    .description('the tamper-evident evidence log (RFC 9162, C2SP checkpoints, receipts)')

  ev.command('append <entries.jsonl>')
    .description(
      'append contact entries (one JSON per line, or {entry, content: file}) as atomic batches',
    )
    .requiredOption('--org <id>', 'the lender organisation whose log to append to')
    .option('--batch <n>', 'entries per atomic batch', '10000')
    .action(async (file: string, o: { org: string; batch: string }) => {
      const items = readItems(file)
      const size = Math.max(1, Math.min(10_000, index(o.batch, '--batch')))
      await withEvidence(async ({ service }) => {
        for (let i = 0; i < items.length; i += size) {
          const out = await service.appendItems(o.org, items.slice(i, i + size))
          console.log(
            JSON.stringify({ first: out.indices[0], count: out.indices.length, size: out.size }),
          )
        }
      })
    })

  ev.command('prove <index>')
    .description('print the inclusion proof of an entry (or --consistency <first> <second>)')
    .requiredOption('--org <id>', 'the organisation whose log')
    .option('--size <n>', 'tree size to prove against (default: latest checkpoint)')
    .action(async (at: string, o: { org: string; size?: string }) => {
      const i = index(at)
      const size = o.size === undefined ? undefined : index(o.size, '--size')
      await withEvidence(async ({ service }) =>
        console.log(JSON.stringify(await service.inclusionProof(o.org, i, size), null, 2)),
      )
    })

  ev.command('consistency <first> <second>')
    .description('print the consistency proof between two tree sizes')
    .requiredOption('--org <id>', 'the organisation whose log')
    .action(async (first: string, second: string, o: { org: string }) => {
      const [m, n] = [index(first, 'first'), index(second, 'second')]
      await withEvidence(async ({ service }) =>
        console.log(
          JSON.stringify(
            { first: m, second: n, proof: await service.consistencyProof(o.org, m, n) },
            null,
            2,
          ),
        ),
      )
    })

  ev.command('receipt <index>')
    .description('print the receipt of an entry (JSON, verifiable offline)')
    .requiredOption('--org <id>', 'the organisation whose log')
    .action(async (at: string, o: { org: string }) => {
      await withEvidence(async ({ service }) =>
        console.log(JSON.stringify(await service.receipt(o.org, index(at)), null, 2)),
      )
    })

  ev.command('verify <index>')
    .description("verify a stored entry's receipt against the latest signed checkpoint")
    .requiredOption('--org <id>', 'the organisation whose log')
    .action(async (at: string, o: { org: string }) => {
      await withEvidence(async ({ service }) => {
        const res = verifyReceipt(await service.receipt(o.org, index(at)), {
          logKey: parseVerifierKey(service.verifierKey),
        })
        if (!res.ok) throw new CliError(`entry ${at} does not verify: ${res.error.message}`)
        console.log(
          `ok: entry ${at} is in ${res.value.origin} at size ${res.value.size}, root ${res.value.root}`,
        )
      })
    })

  ev.command('verify-receipt <receipt.json>')
    .description(
      'verify a receipt offline with the log key (and the content file, and witness keys)',
    )
    .requiredOption('--key <verifier key>', 'the log verifier key, or @file')
    .option('--content <file>', 'the recording or message file the entry hashes')
    .option('--witness <verifier key...>', 'witness keys whose cosignatures must be present')
    .action((file: string, o: { key: string; content?: string; witness?: string[] }) => {
      let receipt: unknown
      try {
        receipt = JSON.parse(readText(file, 'receipt'))
      } catch (e) {
        if (e instanceof CliError) throw e
        throw new CliError(`${file}: not JSON (${(e as Error).message})`)
      }
      const res = verifyReceipt(receipt, {
        logKey: loadKey(o.key),
        witnessKeys: (o.witness ?? []).map(loadKey),
        content: o.content === undefined ? undefined : readBytes(o.content, 'content'),
      })
      if (!res.ok) throw new CliError(`receipt does not verify: ${res.error.message}`)
      const v = res.value
      const extras = [
        v.contentChecked ? 'content matches' : '',
        ...v.witnesses.map((w) => `cosigned by ${w}`),
      ].filter(Boolean)
      console.log(
        `ok: entry ${v.index} is in ${v.origin} at size ${v.size}, root ${v.root}${extras.length ? `; ${extras.join('; ')}` : ''}`,
      )
    })

  ev.command('audit')
    .description(
      'replay the whole stored log, recompute every hash and root, report the first inconsistency',
    )
    .requiredOption('--org <id>', 'the organisation whose log')
    .action(async (o: { org: string }) => {
      await withEvidence(async ({ service }, ctx) => {
        const repo = new EvidenceRepository(ctx.db.kysely, ctx.db.dialect)
        const report = await auditLog(repo, o.org, parseVerifierKey(service.verifierKey))
        console.log(JSON.stringify(report, null, 2))
        if (!report.ok) process.exitCode = 1
      })
    })

  ev.command('keys')
    .description(
      'print the published verifier keys (log, retired, witness); --rotate retires the log key',
    )
    .option('--rotate', 'generate a new log key and retire the current one')
    .action(async (o: { rotate?: boolean }) => {
      await withEvidence(async (evs) => {
        if (o.rotate) {
          await rotateSigner(evs.keyDir, 'log', evs.service.originOf('').replace(/\/$/, ''))
        }
        console.log((await evs.publishedKeys()).join('\n'))
      })
    })
}
