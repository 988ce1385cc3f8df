import type { ComplaintFacts } from './facts.ts'

/** Counts of one group (a month, a platform): valid complaints and the tagged among them. */
export interface GroupCount {
  total: number
  tagged: number
}

/** A template cluster: its size and its complaints per platform. */
export interface TemplateCount {
  size: number
  platforms: Map<string, number>
}

/**
 * The running totals of the valid complaints: everything the statistics are computed from. Its
 * size grows with the number of months, platforms, behaviours and template clusters, never with
 * the number of complaints.
 */
export interface Accumulator {
  total: number
  tagged: number
  explicitViolence: number
  stopHarassment: number
  /** Tagged complaints the analyser looked at (the base of `noConcreteAct` and behaviours). */
  analysed: number
  noConcreteAct: number
  readonly byMonth: Map<string, GroupCount>
  readonly byPlatform: Map<string, GroupCount>
  readonly behaviors: Map<string, number>
  readonly templates: Map<string, TemplateCount>
  /** Campaigns moved out of `templates` once they can no longer grow (see `retireTemplates`). */
  readonly retired: RetiredTemplates
}

/** Campaigns that can no longer grow: their totals, and the largest of them for the report's list. */
export interface RetiredTemplates {
  clusters: number
  complaints: number
  /** At most the report's top N, largest first (ties by label). */
  top: { readonly cluster: string; readonly count: TemplateCount }[]
}

/** Adds a template cluster's members per platform (clusters found outside the per-record facts). */
export function addTemplateCluster(
  acc: Accumulator,
  cluster: string,
  platforms: readonly { readonly platform: string; readonly count: number }[],
): void {
  let t = acc.templates.get(cluster)
  if (t === undefined) {
    t = { size: 0, platforms: new Map() }
    acc.templates.set(cluster, t)
  }
  for (const { platform, count } of platforms) {
    t.size += count
    t.platforms.set(platform, (t.platforms.get(platform) ?? 0) + count)
  }
}

/** Returns an empty accumulator. */
export function createAccumulator(): Accumulator {
  return {
    total: 0,
    tagged: 0,
    explicitViolence: 0,
    stopHarassment: 0,
    analysed: 0,
    noConcreteAct: 0,
    byMonth: new Map(),
    byPlatform: new Map(),
    behaviors: new Map(),
    templates: new Map(),
    retired: { clusters: 0, complaints: 0, top: [] },
  }
}

function bump(map: Map<string, GroupCount>, key: string, tagged: boolean, weight: number): void {
  let g = map.get(key)
  if (g === undefined) {
    g = { total: 0, tagged: 0 }
    map.set(key, g)
  }
  g.total += weight
  if (tagged) g.tagged += weight
}

/**
 * Adds one valid complaint (or `weight` identical ones, for aggregate fixtures) to the totals.
 * Mutates `acc`; the only mutable value of the pipeline.
 */
export function accumulate(
  acc: Accumulator,
  month: string,
  platform: string,
  facts: ComplaintFacts,
  weight = 1,
): void {
  acc.total += weight
  bump(acc.byMonth, month, facts.tagged, weight)
  bump(acc.byPlatform, platform, facts.tagged, weight)
  if (!facts.tagged) return
  acc.tagged += weight
  if (facts.explicitViolence) acc.explicitViolence += weight
  if (facts.stopHarassment) acc.stopHarassment += weight
  if (facts.behaviors !== null) {
    acc.analysed += weight
    if (facts.noConcreteAct === true) acc.noConcreteAct += weight
    for (const b of facts.behaviors) acc.behaviors.set(b, (acc.behaviors.get(b) ?? 0) + weight)
  }
  if (facts.template !== null) {
    let t = acc.templates.get(facts.template)
    if (t === undefined) {
      t = { size: 0, platforms: new Map() }
      acc.templates.set(facts.template, t)
    }
    t.size += weight
    t.platforms.set(platform, (t.platforms.get(platform) ?? 0) + weight)
  }
}
