// Bulk intake of a complaint file (JSONL, CSV, XLSX) into one organisation's desk, through the
// same checks as the form and the API. Row by row: each good row is filed, each bad one is
// reported with its row number and reason, and the rest of the file goes on.
import { IntakeRejectedError } from '../../core/complaints/index.ts'
import { DomainError } from '../../core/shared/index.ts'
import { readComplaintBatches, type ColumnMapping } from '../files/index.ts'
import type { IntakeService } from './intake.service.ts'

/** How a file is imported. */
export interface ComplaintImportOptions {
  /** Column (or JSONL key) names per field; DESIGN.md's names when absent. */
  readonly mapping?: ColumnMapping
  /** False accepts rows without a contact (the source platform checked it). */
  readonly requireContact: boolean
  /** True accepts respondents that are not lenders on the system. */
  readonly anyRespondent: boolean
  /** The most rejected rows listed (all are counted); 1,000 by default. */
  readonly maxListed?: number
}

/** A row not filed, and why. */
export interface ComplaintImportRejection {
  readonly row: number
  readonly reason: string
}

/** What an import did. */
export interface ComplaintImportResult {
  readonly accepted: number
  readonly rejected: number
  readonly rejections: readonly ComplaintImportRejection[]
}

const ALREADY_RECEIVED = '该投诉已受理 / already received'

/** Files every good row of `path` for `orgId` and reports the others by row number. */
export async function importComplaintFile(
  intake: IntakeService,
  orgId: string,
  path: string,
  options: ComplaintImportOptions,
): Promise<ComplaintImportResult> {
  const maxListed = options.maxListed ?? 1000
  const rejections: ComplaintImportRejection[] = []
  let accepted = 0
  let rejected = 0
  const reject = (row: number, reason: string) => {
    if (++rejected <= maxListed) rejections.push({ row, reason })
  }
  const read = options.mapping ? { mapping: options.mapping } : {}
  for await (const batch of readComplaintBatches(path, read)) {
    for (const r of batch) {
      if (!r.ok) {
        reject(r.row, r.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
        continue
      }
      const rec = r.record
      try {
        const filed = await intake.file(orgId, {
          source: 'import',
          externalId: rec.id,
          createdAt: new Date(rec.createdAt).toISOString(),
          ...(rec.category ? { category: rec.category } : {}),
          requireContact: options.requireContact,
          anyRespondent: options.anyRespondent,
          form: {
            respondent: rec.platform,
            title: rec.title,
            problem: rec.problem,
            text: rec.text,
            requests: rec.requests,
            ...(rec.amount !== null ? { amount: rec.amount } : {}),
            contact: rec.complainant?.phone ? { phone: rec.complainant.phone } : {},
          },
          complainant: {
            ...(rec.complainant?.account_id ? { accountId: rec.complainant.account_id } : {}),
            ...(rec.complainant?.device_id ? { deviceId: rec.complainant.device_id } : {}),
            ...(rec.complainant?.id_number ? { idNumber: rec.complainant.id_number } : {}),
          },
        })
        // A repeated source id answers the first complaint: report it, do not count it twice.
        if (filed.replayed) reject(r.row, `${rec.id}: ${ALREADY_RECEIVED}`)
        else accepted++
      } catch (error) {
        if (error instanceof IntakeRejectedError) {
          reject(
            r.row,
            error.issues.map((i) => `${i.path.join('.')}: ${i.zh} / ${i.en}`).join('; '),
          )
        } else if (error instanceof DomainError) {
          reject(r.row, error.message)
        } else {
          throw error
        }
      }
    }
  }
  return { accepted, rejected, rejections }
}
