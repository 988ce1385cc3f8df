/** A contact service wired to in-memory ports and the simulated channel, for tests and benchmarks. */
import { compilePolicy } from '../../core/compliance/index.ts'
import type { CollectorRegistry } from '../../core/compliance/index.ts'
import { lenderCollectionPolicy } from '../../core/collection/index.ts'
import { fixedClock } from '../ports.ts'
import { ContactService } from './contact.service.ts'
import {
  MemoryContacts,
  MemoryContent,
  MemoryEvidence,
  MemoryRefusals,
  MemoryReview,
  MemoryTickets,
} from './memory-ports.ts'
import type { CollectorSource } from './ports.ts'
import { Pseudonymizer } from './pseudonyms.ts'
import { SimulatedChannel } from './simulated-channel.ts'
import type { SimulationOptions } from './simulated-channel.ts'

/** Builds an in-memory contact service; returns it with its ports for inspection. */
export function memoryContactService(
  opts: {
    seed?: number
    sim?: Partial<SimulationOptions>
    collectors?: CollectorRegistry
    collectorSource?: CollectorSource
    now?: Date
  } = {},
) {
  const seed = opts.seed ?? 7
  const ports = {
    tickets: new MemoryTickets(),
    contacts: new MemoryContacts(),
    refusals: new MemoryRefusals(),
    content: new MemoryContent(),
    evidence: new MemoryEvidence('gongdao.test/collection', new Uint8Array(32).fill(seed)),
    review: new MemoryReview(),
  }
  const service = new ContactService({
    ...ports,
    policy: compilePolicy(lenderCollectionPolicy('test-lender')),
    channel: new SimulatedChannel({ seed, ...opts.sim }),
    clock: fixedClock(opts.now ?? new Date('2026-03-02T01:00:00Z')),
    pseudonyms: new Pseudonymizer(new Uint8Array(32).fill(seed + 1)),
    ...(opts.collectors ? { collectors: opts.collectors } : {}),
    ...(opts.collectorSource ? { collectorSource: opts.collectorSource } : {}),
  })
  return { service, ...ports }
}
