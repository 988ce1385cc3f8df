// The gate through HTTP against a bare Fastify route, in the same run: autocannon in a second
// process, requests per second and p99 latency for each, and the ratio.
// Run: npx tsx bench/compliance-http.bench.ts [debtors=200000] [seconds=5] [connections=16]
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { createRequire } from 'node:module'
import Fastify from 'fastify'
import {
  ContactCounters,
  SHIPPED_PACKS,
  compilePolicy,
  evaluateContact,
  parseContact,
} from '../src/core/compliance/index.ts'
import { printMachine } from './compliance-machine.ts'

const DEBTORS = Number(process.argv[2] ?? 200_000)
const SECONDS = Number(process.argv[3] ?? 5)
const CONNECTIONS = Number(process.argv[4] ?? 16)
const run = promisify(execFile)
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js')

const contact = (i: number, at: string, over: Record<string, unknown> = {}) => ({
  id: `c-${i}`,
  debt_id: `debt-${i}`,
  debtor_id: `d-${i}`,
  counterparty: { id: `d-${i}`, role: 'debtor', refused: false },
  channel: 'call',
  to: `138${String(i).padStart(8, '0')}`,
  number_type: 'registered',
  at,
  tz: 'Asia/Shanghai',
  collectors: ['col-1'],
  ...over,
})

printMachine('compliance gate over HTTP vs a bare Fastify route')
const policy = compilePolicy(SHIPPED_PACKS.get('cn-gbt45251-2025')!)
const counters = new ContactCounters({ rollingCalls: false })
for (let i = 0; i < DEBTORS; i++) {
  counters.record(
    parseContact(contact(i, '2026-03-10T09:30:00+08:00', { connected: true, effective: true })),
  )
}
console.log(`loaded ${counters.size.toLocaleString('en-US')} debtors`)

const app = Fastify({ logger: false })
app.post('/bare', async (request) => ({ ok: true, n: (request.body as { id?: string }).id }))
app.post('/check', async (request) => {
  const c = parseContact((request.body as { contact: unknown }).contact)
  return evaluateContact(policy, counters, c)
})
await app.listen({ port: 0, host: '127.0.0.1' })
const port = (app.server.address() as { port: number }).port

interface Result {
  requests: { average: number }
  latency: { p99: number; average: number }
  non2xx: number
  errors: number
}

async function load(path: string, body: unknown): Promise<Result> {
  const args = [AUTOCANNON, '-j', '-c', String(CONNECTIONS), '-d', String(SECONDS), '-m', 'POST']
  args.push('-H', 'content-type=application/json', '-b', JSON.stringify(body))
  const { stdout } = await run(process.execPath, [...args, `http://127.0.0.1:${port}${path}`], {
    maxBuffer: 1 << 24,
  })
  return JSON.parse(stdout) as Result
}

const proposed = contact(7, '2026-03-10T14:00:00+08:00')
const check = await app.inject({ method: 'POST', url: '/check', payload: { contact: proposed } })
console.log(`check answers ${check.statusCode}: ${check.json<{ decision: string }>().decision}`)
// bare, gate, bare again: the peer is the mean of the two bare runs (the machine is shared)
const bare1 = await load('/bare', proposed)
const gate = await load('/check', { contact: proposed })
const bare2 = await load('/bare', proposed)
const bare: Result = {
  requests: { average: (bare1.requests.average + bare2.requests.average) / 2 },
  latency: {
    p99: Math.max(bare1.latency.p99, bare2.latency.p99),
    average: (bare1.latency.average + bare2.latency.average) / 2,
  },
  non2xx: bare1.non2xx + bare2.non2xx,
  errors: bare1.errors + bare2.errors,
}
const line = (name: string, r: Result) =>
  `${name}: ${Math.round(r.requests.average).toLocaleString('en-US')} req/s, p99 ${r.latency.p99} ms, mean ${r.latency.average} ms, non-2xx ${r.non2xx}, errors ${r.errors}`
console.log(line('bare Fastify route (peer)', bare))
console.log(line('POST /check (parse + gate)', gate))
const ratio = gate.requests.average / bare.requests.average
console.log(
  `ratio gate / bare = ${ratio.toFixed(3)}; goal >= 0.5: ${ratio >= 0.5 ? 'met' : 'NOT met'}`,
)
await app.close()
