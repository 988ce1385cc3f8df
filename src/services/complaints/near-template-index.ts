/**
 * The desk's template index over the MinHash/LSH near-duplicate index of
 * core/complaints/near-duplicates: one index per organisation (no template signal crosses
 * tenants), kept in memory, saved under the data directory, loaded on first use, rebuilt from
 * the stored complaints when the file is missing or unreadable, and caught up with complaints
 * stored after the last save.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  NearDuplicateIndex,
  deserializeIndex,
  serializeIndex,
  type NearDuplicateParams,
} from '../../core/complaints/index.ts'
import type { TemplateIndex, TemplateMatch } from './template-index.ts'

/** The stored complaints an index is rebuilt from (masked texts; the port the repository implements). */
export interface TemplateSource {
  /** Every complaint id of an organisation (for the catch-up after a load). */
  complaintIds(orgId: string): AsyncIterable<string[]>
  /** Masked texts of an organisation's complaints, oldest first; only `ids` when given. */
  templateTexts(
    orgId: string,
    ids?: readonly string[],
  ): AsyncIterable<{ id: string; text: string; createdAt: string }[]>
}

/** Where and how the indexes live. */
export interface NearTemplateOptions {
  /** Directory of the saved indexes (`<dataDir>/template-index`); in memory only when absent. */
  readonly dir?: string
  readonly source?: TemplateSource
  readonly params?: Partial<NearDuplicateParams>
}

class OrgIndex {
  readonly sizes = new Map<number, number>()
  dirty = false

  constructor(readonly index: NearDuplicateIndex) {
    for (let i = 0; i < index.size; i++) {
      const root = index.find(i)
      this.sizes.set(root, (this.sizes.get(root) ?? 0) + 1)
    }
  }

  add(id: string, text: string, createdAt?: number): { cluster: string; match?: TemplateMatch } {
    const { index } = this
    const sig = index.signature(text)
    // The clusters the new text joins, with their sizes before it merges them.
    const before = index.query(sig, index.params.threshold, index.params.maxMatches)
    const roots = new Set(before.map((m) => index.find(m.index)))
    let size = 1
    for (const r of roots) size += this.sizes.get(r) ?? 1
    const { matches, cluster } = index.add({ id, createdAt }, sig, text, before)
    for (const r of roots) this.sizes.delete(r)
    this.sizes.set(index.find(index.size - 1), size)
    this.dirty = true
    const best = matches[0]
    if (!best) return { cluster }
    return {
      cluster,
      match: {
        cluster,
        similarity: best.similarity,
        size,
        nearest: matches.slice(0, 5).map((m) => ({ id: m.id, similarity: m.similarity })),
      },
    }
  }
}

/** Near-duplicate template clusters per organisation, persisted under the data directory. */
export class NearTemplateIndex implements TemplateIndex {
  private readonly orgs = new Map<string, Promise<OrgIndex>>()

  /** Takes the directory, the store to rebuild from, and the index parameters. */
  constructor(private readonly opts: NearTemplateOptions = {}) {}

  private fileOf(orgId: string): string | undefined {
    return this.opts.dir && join(this.opts.dir, `${encodeURIComponent(orgId)}.ndx`)
  }

  private org(orgId: string): Promise<OrgIndex> {
    let o = this.orgs.get(orgId)
    if (!o) {
      o = this.load(orgId)
      this.orgs.set(orgId, o)
      o.catch(() => this.orgs.delete(orgId))
    }
    return o
  }

  private async load(orgId: string): Promise<OrgIndex> {
    const file = this.fileOf(orgId)
    let index: NearDuplicateIndex | undefined
    if (file) {
      try {
        index = deserializeIndex(readFileSync(file))
      } catch {
        index = undefined // missing or unreadable: rebuilt below from the stored complaints
      }
    }
    const src = this.opts.source
    if (!index) {
      const o = new OrgIndex(new NearDuplicateIndex(this.opts.params))
      if (src) {
        for await (const page of src.templateTexts(orgId)) {
          for (const t of page) o.add(t.id, t.text, Date.parse(t.createdAt))
        }
      }
      return o
    }
    const o = new OrgIndex(index)
    if (src) {
      const known = new Set(index.ids)
      const missing: string[] = []
      for await (const page of src.complaintIds(orgId)) {
        for (const id of page) if (!known.has(id)) missing.push(id)
      }
      if (missing.length > 0) {
        for await (const page of src.templateTexts(orgId, missing)) {
          for (const t of page) o.add(t.id, t.text, Date.parse(t.createdAt))
        }
      }
    }
    return o
  }

  /** Adds a complaint's (masked) text to its organisation's index and answers its cluster. */
  async add(
    orgId: string,
    id: string,
    text: string,
    createdAt?: string,
  ): Promise<{ cluster: string; match?: TemplateMatch }> {
    const at = createdAt === undefined ? undefined : Date.parse(createdAt)
    return (await this.org(orgId)).add(id, text, at)
  }

  /** The organisation's underlying index, loaded or rebuilt (benchmarks and cluster summaries). */
  async indexOf(orgId: string): Promise<NearDuplicateIndex> {
    return (await this.org(orgId)).index
  }

  /** Writes every changed index to its file (atomically: a temporary file, then a rename). */
  async save(): Promise<void> {
    if (!this.opts.dir) return
    mkdirSync(this.opts.dir, { recursive: true })
    for (const [orgId, p] of this.orgs) {
      const o = await p
      if (!o.dirty) continue
      const file = this.fileOf(orgId)!
      writeFileSync(`${file}.tmp`, serializeIndex(o.index))
      renameSync(`${file}.tmp`, file)
      o.dirty = false
    }
  }
}
