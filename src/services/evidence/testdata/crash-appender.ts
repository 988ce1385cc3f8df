// A child process for the kill -9 test: appends batches of 50 entries forever and prints
// `ack <size>` after each append resolved (i.e. committed). Args: <db target> <data dir>.
import { VALID_ENTRY } from '../../../core/evidence/testdata/sample-entry.ts'
import { SYSTEM_CLOCK } from '../../ports.ts'
import { migrateToLatest, openDatabase } from '../../../storage/db.ts'
import { EvidenceRepository } from '../../../storage/evidence.repository.ts'
import { createEvidenceServices } from '../setup.ts'

const [target, dataDir] = process.argv.slice(2) as [string, string]
const db = openDatabase(target)
await migrateToLatest(db)
const { service } = await createEvidenceServices(new EvidenceRepository(db.kysely, db.dialect), dataDir, SYSTEM_CLOCK, {})
process.stdout.write('ready\n')
for (let batch = 0; ; batch++) {
  const entries = Array.from({ length: 50 }, (_, i) => ({ ...VALID_ENTRY, contact_id: `ct_${batch}_${i}` }))
  const out = await service.append('org_crash', entries)
  process.stdout.write(`ack ${out[out.length - 1] + 1}\n`)
}
