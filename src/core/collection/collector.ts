import { dayNumber } from '../lending/index.ts'
import type { PlainDate } from '../lending/index.ts'
import { AssignmentRefusedError } from './errors.ts'

/** Training topics (GB/T 45251-2025 5.2): pre-job, yearly collection business, yearly cyber security. */
export type TrainingTopic = 'onboarding' | 'collection' | 'cyber_security'

/** One training session with its exam outcome. */
export interface TrainingRecord {
  readonly topic: TrainingTopic
  readonly date: PlainDate
  readonly examPassed: boolean
}

/** A collector (催收员) of the lender or of an agency. */
export interface Collector {
  readonly id: string
  readonly agencyId: string | null
  readonly active: boolean
  readonly trainings: readonly TrainingRecord[]
}

/** Why a collector may not be assigned today, each with its clause. */
export interface CollectorIssue {
  readonly code:
    'inactive' | 'no_onboarding' | 'collection_training_overdue' | 'cyber_training_overdue'
  readonly clause: string
  readonly message: string
}

function lastPassed(c: Collector, topics: readonly TrainingTopic[], t: number): number | undefined {
  let best: number | undefined
  for (const r of c.trainings) {
    const d = dayNumber(r.date)
    if (r.examPassed && topics.includes(r.topic) && d <= t && (best === undefined || d > best)) {
      best = d
    }
  }
  return best
}

/**
 * Lists why a collector may not work on a day: inactive; no passed pre-job training and exam
 * (5.2-1); no passed collection or cyber-security training within 365 days (5.2-2), where the
 * pre-job training counts for both topics during its first year.
 */
export function assessCollector(c: Collector, today: PlainDate): CollectorIssue[] {
  const t = dayNumber(today)
  const out: CollectorIssue[] = []
  if (!c.active) out.push({ code: 'inactive', clause: '-', message: '催收员已停用' })
  if (lastPassed(c, ['onboarding'], t) === undefined) {
    out.push({
      code: 'no_onboarding',
      clause: 'GB/T 45251-2025 5.2',
      message: '没有通过岗前培训和考核的记录',
    })
    return out
  }
  const coll = lastPassed(c, ['onboarding', 'collection'], t)
  if (coll === undefined || t - coll > 365) {
    out.push({
      code: 'collection_training_overdue',
      clause: 'GB/T 45251-2025 5.2',
      message: '一年内没有通过催收业务培训和考核',
    })
  }
  const cyber = lastPassed(c, ['onboarding', 'cyber_security'], t)
  if (cyber === undefined || t - cyber > 365) {
    out.push({
      code: 'cyber_training_overdue',
      clause: 'GB/T 45251-2025 5.2',
      message: '一年内没有通过网络安全意识培训和考核',
    })
  }
  return out
}

/** True when the collector may be assigned on the day. */
export function isCollectorEligible(c: Collector, today: PlainDate): boolean {
  return assessCollector(c, today).length === 0
}

/**
 * Assigns collectors to a task: every one must be eligible on the day, and a field visit needs at
 * least two distinct collectors (C-7); throws AssignmentRefusedError naming each collector at fault.
 */
export function assignCollectors(
  task: { readonly channel: string },
  collectors: readonly Collector[],
  today: PlainDate,
): readonly string[] {
  const details = collectors.flatMap((c, i) =>
    assessCollector(c, today).map((x) => ({
      path: ['collectors', i],
      message: `${c.id}: ${x.message}`,
    })),
  )
  if (details.length > 0) throw new AssignmentRefusedError('collector not eligible', details)
  const ids = [...new Set(collectors.map((c) => c.id))]
  if (ids.length === 0) {
    throw new AssignmentRefusedError('no collector given', [
      { path: ['collectors'], message: '至少需要一名催收员' },
    ])
  }
  if (task.channel === 'visit' && ids.length < 2) {
    throw new AssignmentRefusedError('a field visit needs two collectors', [
      {
        path: ['collectors'],
        message: '外访催收应安排不少于两名催收人员（中国银行业协会指引第二十二条）',
      },
    ])
  }
  return ids
}

/** A collector's qualification as the gate's untrained-collector rule reads it (day numbers). */
export interface CollectorQualification {
  readonly onboardedDay?: number
  readonly lastTrainingDay?: number
}

/**
 * The gate's view of a collector (GB/T 45251-2025 5.2): the day of the last passed pre-job exam,
 * and the older of the last passed collection and cyber-security exams (the pre-job one counting
 * for both), so the rule's yearly limit catches either topic overdue. An inactive collector has
 * no qualification, so the gate denies it.
 */
export function collectorQualification(c: Collector): CollectorQualification {
  const all = Number.POSITIVE_INFINITY
  const onboarded = c.active ? lastPassed(c, ['onboarding'], all) : undefined
  if (onboarded === undefined) return {}
  const coll = lastPassed(c, ['onboarding', 'collection'], all) ?? onboarded
  const cyber = lastPassed(c, ['onboarding', 'cyber_security'], all) ?? onboarded
  return { onboardedDay: onboarded, lastTrainingDay: Math.min(coll, cyber) }
}

/** The gate's collector registry over a list of collectors (ids of other lists answer undefined). */
export function collectorRegistry(collectors: readonly Collector[]): {
  get(id: string): CollectorQualification | undefined
} {
  const byId = new Map(collectors.map((c) => [c.id, collectorQualification(c)]))
  return { get: (id) => byId.get(id) }
}
