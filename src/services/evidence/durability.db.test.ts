// Crash durability: a child process appends batches and acknowledges each; it is killed with
// SIGKILL mid-stream; every acknowledged entry must be there, no batch half-written, audit clean.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/helpers/db.ts'
import { parseVerifierKey } from '../../core/evidence/index.ts'
import { openDatabase } from '../../storage/db.ts'
import { EvidenceRepository } from '../../storage/evidence.repository.ts'
import { SYSTEM_CLOCK } from '../ports.ts'
import { auditLog } from './audit.ts'
import { createEvidenceServices } from './setup.ts'

const CHILD = resolve(import.meta.dirname, 'testdata/crash-appender.ts')

/** Runs the child until it acknowledged `acks` appends (plus a few ms), then kills it with SIGKILL. */
function runAndKill(target: string, dataDir: string, acks: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, target, dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let acked = 0
    let seen = 0
    let buffer = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop()!
      for (const line of lines) {
        if (!line.startsWith('ack ')) continue
        acked = Number(line.slice(4))
        if (++seen === acks) setTimeout(() => child.kill('SIGKILL'), 7)
      }
    })
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? done(acked) : fail(new Error(`child exited ${code} ${signal}`)),
    )
  })
}

for (const dialect of DIALECTS) {
  describe(`evidence durability under kill -9 (${dialect})`, () => {
    let database: TestDatabase
    before(async () => {
      database = await createTestDatabase(dialect)
    })
    after(() => database.drop())

    it('should keep every acknowledged append, no partial batch, and a clean audit', async () => {
      const acked = await runAndKill(database.url, database.dataDir, 6)
      assert.ok(acked >= 300, `acknowledged ${acked}`)
      const db = openDatabase(database.url)
      try {
        const repo = new EvidenceRepository(db.kysely, db.dialect)
        const log = await repo.getLog('org_crash')
        assert.ok(log && log.size >= acked, `log has ${log?.size}, acknowledged ${acked}`)
        assert.equal(log.size % 50, 0, 'a batch was half written')
        const last = await repo.getEntry('org_crash', acked - 1)
        assert.match(last?.data ?? '', new RegExp(`"ct_${acked / 50 - 1}_49"`))
        const cp = await repo.getCheckpoint('org_crash')
        assert.equal(cp?.size, log.size, 'the head has its signed checkpoint')
        const { service } = await createEvidenceServices(repo, database.dataDir, SYSTEM_CLOCK, {})
        const report = await auditLog(repo, 'org_crash', parseVerifierKey(service.verifierKey))
        assert.ok(report.ok, JSON.stringify(report.problem))
      } finally {
        await db.close()
      }
    })
  })
}
