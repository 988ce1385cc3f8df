// `gongdao compliance check|audit|scan`: the gate, the audit and the content checker on files,
// printing the decision JSON of DESIGN.md. No database: policies are shipped ids or JSON files.
import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import type { CompiledPolicy } from '../../core/compliance/index.ts'
import { compilePolicy } from '../../core/compliance/index.ts'
import { DomainError } from '../../core/shared/index.ts'
import {
  auditContactList,
  checkContact,
  resolvePolicyDocument,
  scanText,
  shippedPolicy,
} from '../../services/compliance/index.ts'
import { CliError } from '../context.ts'

function explain(error: unknown): never {
  if (error instanceof DomainError) {
    const details = error.details.map((d) => `  ${d.path.join('.')}: ${d.message}`).join('\n')
    throw new CliError(details ? `${error.message}\n${details}` : error.message)
  }
  throw error
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (e) {
    throw new CliError(`cannot read ${what} ${path}: ${(e as Error).message}`)
  }
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new CliError(`${where}: not JSON (${(e as Error).message})`)
  }
}

/** Reads a JSONL file; errors name the file and line. */
function readJsonl(path: string, what: string): unknown[] {
  return readText(path, what)
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, n]) => parseJson(line, `${path}:${n}`))
}

function loadPolicy(ref: string): CompiledPolicy {
  if (!ref.endsWith('.json')) return shippedPolicy(ref)
  return compilePolicy(resolvePolicyDocument(parseJson(readText(ref, 'policy'), ref)))
}

function run(fn: () => void): void {
  try {
    fn()
  } catch (e) {
    explain(e)
  }
}

/** Registers `compliance check`, `compliance audit` and `compliance scan`. */
export function register(program: Command): void {
  const c = program
    .command('compliance')
    .description('policy packs, pre-contact gate, audit, content checks')
  c.command('check')
    .description('decide one proposed contact against a policy and a contact history')
    .requiredOption('--policy <id|file>', 'cn-gbt45251-2025, us-reg-f, or a policy JSON file')
    .option('--history <jsonl>', 'performed contacts, one contact record per line')
    .requiredOption('--contact <json>', 'the proposed contact: a JSON file or inline JSON')
    .option('--strict', 'exit 1 when the decision is deny')
    .action((o: { policy: string; history?: string; contact: string; strict?: boolean }) =>
      run(() => {
        const policy = loadPolicy(o.policy)
        const history = o.history ? readJsonl(o.history, 'history') : []
        const raw = o.contact.trim().startsWith('{') ? o.contact : readText(o.contact, 'contact')
        const decision = checkContact(policy, history, parseJson(raw, 'contact'))
        console.log(JSON.stringify(decision, null, 2))
        if (o.strict && decision.decision === 'deny') process.exitCode = 1
      }),
    )
  c.command('audit')
    .description('replay a log of performed contacts and report every violation')
    .requiredOption('--policy <id|file>', 'cn-gbt45251-2025, us-reg-f, or a policy JSON file')
    .requiredOption('--log <jsonl>', 'performed contacts, one contact record per line')
    .option('--strict', 'exit 1 when any contact is denied')
    .action((o: { policy: string; log: string; strict?: boolean }) =>
      run(() => {
        const report = auditContactList(loadPolicy(o.policy), readJsonl(o.log, 'log'))
        console.log(JSON.stringify(report, null, 2))
        if (o.strict && report.denied > 0) process.exitCode = 1
      }),
    )
  c.command('scan')
    .description('scan a text (SMS, script, transcript) for the negative list')
    .requiredOption('--file <path>', 'the text file')
    .option('--third-party', 'the text is for someone other than the debtor')
    .option('--strict', 'exit 1 when anything is found')
    .action((o: { file: string; thirdParty?: boolean; strict?: boolean }) =>
      run(() => {
        const findings = scanText(readText(o.file, 'text'), o.thirdParty ? 'third_party' : 'debtor')
        console.log(JSON.stringify({ findings }, null, 2))
        if (o.strict && findings.length > 0) process.exitCode = 1
      }),
    )
}
