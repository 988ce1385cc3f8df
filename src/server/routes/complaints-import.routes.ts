// `POST /api/v1/complaints/import`: a platform's file of complaints (JSONL, CSV, XLSX) sent as
// the request body, filed row by row through the same checks as the API; the answer lists each
// rejected row with its reason.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ValidationError } from '../../core/shared/index.ts'
import type { Role } from '../../core/tenancy/index.ts'
import { importComplaintFile, type IntakeService } from '../../services/complaints/index.ts'
import { BUILTIN_MAPPINGS } from '../../services/files/index.ts'
import { actorOf } from '../auth.ts'

type App = Parameters<FastifyPluginAsyncZod>[0]

const IMPORT_LIMIT = 64 * 1024 * 1024

/** Registers the import route (in the complaints plugin, which owns the intake service). */
export function registerComplaintImport(app: App, intake: IntakeService, roles: Role[]): void {
  app.addContentTypeParser(
    [
      'application/octet-stream',
      'application/x-ndjson',
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT },
    (_req, body, done) => done(null, body),
  )
  app.post(
    '/complaints/import',
    {
      bodyLimit: IMPORT_LIMIT,
      config: { roles },
      schema: {
        tags: ['complaints'],
        summary: 'Import a file of complaints (JSONL, CSV, XLSX): each row filed or reported',
        querystring: z.strictObject({
          format: z.enum(['jsonl', 'csv', 'xlsx']),
          mapping: z.enum(Object.keys(BUILTIN_MAPPINGS) as [string, ...string[]]).optional(),
          trustPlatformCheck: z.enum(['1', '0']).optional(),
          anyRespondent: z.enum(['1', '0']).optional(),
        }),
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
        throw new ValidationError('send the file as the request body (application/octet-stream)', [
          { path: ['body'], message: '请上传文件' },
        ])
      }
      const q = request.query
      const dir = await mkdtemp(join(tmpdir(), 'gongdao-complaints-import-'))
      try {
        const path = join(dir, `upload.${q.format}`)
        await writeFile(path, request.body)
        const mapping = q.mapping === undefined ? undefined : BUILTIN_MAPPINGS[q.mapping]
        return await importComplaintFile(intake, actorOf(request).orgId, path, {
          ...(mapping ? { mapping } : {}),
          requireContact: q.trustPlatformCheck !== '1',
          anyRespondent: q.anyRespondent === '1',
        })
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
  )
}
