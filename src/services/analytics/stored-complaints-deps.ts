// The core pieces the stored-complaints statistics use, in one place.
import { matchReportTag } from '../../core/complaints/index.ts'
export { createPipeline, monthKey } from '../../core/analytics/index.ts'
export type {
  ComplaintRecord,
  Pipeline,
  PipelineConfig,
  StatisticsReport,
} from '../../core/analytics/index.ts'

/** Whether the report's rule tags a stored complaint (problem, else title). */
export function matchReportTagOf(row: {
  readonly problem: string
  readonly title: string
}): boolean {
  return matchReportTag(row) !== undefined
}
