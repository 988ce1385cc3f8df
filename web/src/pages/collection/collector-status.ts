/** A collector's training record as the collectors page shows it: the latest session per topic. */
import type { TrainingRecord } from './collection-types.ts'

/** The training topics of GB/T 45251-2025 5.2, in the order the page lists them. */
export const TRAINING_TOPICS = ['onboarding', 'collection', 'cyber_security'] as const

/** The latest session of one topic (passed or not), or null when there is none. */
export function latestTraining(
  trainings: readonly TrainingRecord[],
  topic: string,
): TrainingRecord | null {
  let best: TrainingRecord | null = null
  for (const r of trainings) {
    if (r.topic === topic && (best === null || r.date > best.date)) best = r
  }
  return best
}

/** The latest exam-passed session among `topics`, or null (the pre-job one counts for both yearly topics). */
export function lastPassed(
  trainings: readonly TrainingRecord[],
  topics: readonly string[],
): string | null {
  let best: string | null = null
  for (const r of trainings) {
    if (r.examPassed && topics.includes(r.topic) && (best === null || r.date > best)) best = r.date
  }
  return best
}
