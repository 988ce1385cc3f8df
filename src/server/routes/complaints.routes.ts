// The complaint desk API: intake for platforms (and bulk), the public borrower form with a
// simulated verification code, the review queue, decisions and appeals, case publication, and
// the public lender transparency page.
import { join } from 'node:path'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  decisionDeadlineNotices,
  withCurrentDecisionDeadlines,
  type CaseState,
} from '../../core/complaints/index.ts'
import { FileContentStore } from '../../services/evidence/content-store.ts'
import {
  calendarOf,
  DeskSettingsService,
  IntakeService,
  PublicComplaintService,
  ReviewService,
  TransparencyService,
  type DeskCommand,
  type DeskDeps,
  type IntakeRequest,
} from '../../services/complaints/index.ts'
import { newId } from '../../services/ports.ts'
import { deskStorage, deskTemplateIndex } from '../../storage/desk.wiring.ts'
import { actorOf } from '../auth.ts'
import type { AppContext } from '../context.ts'
import { IdParams } from '../schemas.ts'
import { registerComplaintImport } from './complaints-import.routes.ts'

const UPLOAD_BODY_LIMIT = 32 * 1024 * 1024
const DESK_ROLES = ['reviewer', 'moderator'] as const
const Str = (max: number) => z.string().max(max)

const FormSchema = z.strictObject({
  respondent: Str(200).optional(),
  title: Str(200).optional(),
  problem: Str(200).optional(),
  text: Str(20_000).optional(),
  requests: Str(500).optional(),
  amount: z.union([z.number(), Str(40)]).optional(),
  contact: z.strictObject({ phone: Str(40).optional(), email: Str(320).optional() }).optional(),
  filedBy: z.enum(['self', 'agent']).optional(),
  agent: z
    .strictObject({
      name: Str(100).optional(),
      id: Str(100).optional(),
      powerOfAttorney: z
        .strictObject({ fileSha256: Str(64).optional(), signed: z.boolean().optional() })
        .optional(),
    })
    .optional(),
})
const ComplainantSchema = z.strictObject({
  accountId: Str(200).optional(),
  deviceId: Str(200).optional(),
  idNumber: Str(40).optional(),
  paymentAccount: Str(40).optional(),
})
const FileSchema = z.strictObject({ fileName: Str(255), contentBase64: z.string().max(30_000_000) })
const FilingBody = {
  externalId: Str(200).optional(),
  form: FormSchema,
  complainant: ComplainantSchema.optional(),
  files: z.array(FileSchema).max(10).optional(),
}
const Reason = Str(2000)
const Verdict = z.enum([
  'substantiated',
  'partly_substantiated',
  'not_substantiated',
  'malicious',
  'referred_to_mediation',
])
const CommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('request_info'), question: Reason }),
  z.strictObject({ type: z.literal('info_received') }),
  z.strictObject({ type: z.literal('decide'), verdict: Verdict, reason: Reason }),
  z.strictObject({ type: z.literal('confirm_malicious') }),
  z.strictObject({ type: z.literal('reject_malicious'), reason: Reason }),
  z.strictObject({ type: z.literal('lender_respond'), text: Reason }),
  z.strictObject({ type: z.literal('decide_appeal'), verdict: Verdict, reason: Reason }),
])
const ComplainantCommand = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('appeal'), reason: Reason }),
  z.strictObject({ type: z.literal('withdraw') }),
  z.strictObject({ type: z.literal('info_received') }),
])
const TokenHeader = z.object({ 'x-complaint-token': Str(100) })

function toRequest(
  body: {
    externalId?: string
    form: z.infer<typeof FormSchema>
    complainant?: z.infer<typeof ComplainantSchema>
    files?: { fileName: string; contentBase64: string }[]
  },
  source: IntakeRequest['source'],
  ip: string,
): IntakeRequest {
  return {
    form: body.form,
    source,
    ...(body.externalId ? { externalId: body.externalId } : {}),
    complainant: { ...body.complainant, ip },
    files: (body.files ?? []).map((f) => ({
      fileName: f.fileName,
      bytes: Buffer.from(f.contentBase64, 'base64'),
    })),
  }
}

const TEMPLATE_SAVE_MS = 5 * 60_000

/** Builds the desk services over the app context (one template index per process, saved under the data directory). */
export function deskServices(ctx: AppContext) {
  const { store, evidence } = deskStorage(ctx)
  const settings = new DeskSettingsService(store, ctx.clock)
  // In this thread (GONGDAO_INTAKE_WORKER=on: in the intake worker thread).
  const templates = deskTemplateIndex(join(ctx.config.dataDir, 'template-index'), store)
  const deps: DeskDeps = {
    store,
    crypto: ctx.crypto,
    clock: ctx.clock,
    newId,
    content: new FileContentStore(join(ctx.config.dataDir, 'complaint-files')),
    templates,
    evidenceReceipt: async (orgId, index) => (await evidence()).service.receipt(orgId, index),
    settingsReady: () => settings.ready(),
    settingsFor: (orgId) => settings.settingsFor(orgId),
  }
  const intake = new IntakeService(deps)
  const review = new ReviewService(deps)
  return {
    deps,
    settings,
    templates,
    intake,
    review,
    public: new PublicComplaintService(deps, intake, review),
    transparency: new TransparencyService(deps),
  }
}

/** `/api/v1/complaints…` (desk) and `/api/v1/public/…` (borrowers, lender pages). */
export function complaintsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const s = deskServices(ctx)
  return async (app) => {
    const saver = setInterval(
      () => void s.templates.save().catch(() => undefined),
      TEMPLATE_SAVE_MS,
    )
    saver.unref()
    app.addHook('onClose', async () => {
      clearInterval(saver)
      await s.templates.save()
      await s.templates.close?.()
    })
    registerComplaintImport(app, s.intake, [...DESK_ROLES, 'admin'])
    app.post(
      '/complaints',
      {
        bodyLimit: UPLOAD_BODY_LIMIT,
        config: { roles: [...DESK_ROLES, 'admin'] },
        schema: {
          tags: ['complaints'],
          summary: 'Push a complaint (platform API)',
          body: z.strictObject(FilingBody),
        },
      },
      async (request, reply) => {
        const r = await s.intake.file(
          actorOf(request).orgId,
          toRequest(request.body, 'api', request.ip),
        )
        // 201 for a new complaint; 200 with the first complaint for a repeated external id.
        return reply.status(r.replayed ? 200 : 201).send(r)
      },
    )
    app.get(
      '/complaints',
      {
        config: { roles: [...DESK_ROLES, 'admin'] },
        schema: {
          tags: ['complaints'],
          summary: 'The review queue with SLA timers',
          querystring: z.strictObject({
            status: Str(200).optional(),
            lane: z.enum(['fast', 'thorough']).optional(),
            mine: z.enum(['1', '0']).optional(),
          }),
        },
      },
      async (request) => {
        const q = request.query
        const actor = actorOf(request)
        return {
          items: await s.review.queue(actor, {
            ...(q.status ? { status: q.status.split(',') } : {}),
            ...(q.lane ? { lane: q.lane } : {}),
            ...(q.mine === '1' ? { assignedTo: actor.userId } : {}),
          }),
        }
      },
    )
    app.get(
      '/complaints/about-us',
      {
        config: { roles: ['complaint_handler', 'compliance_officer'] },
        schema: {
          tags: ['complaints'],
          summary: 'Complaints whose respondent is the caller’s organisation, newest first',
        },
      },
      async (request) => {
        const rows = await s.deps.store.aboutLender(actorOf(request).orgId)
        const items = rows.map((c) => {
          const st = withCurrentDecisionDeadlines(c.state as CaseState, calendarOf(s.deps))
          return {
            id: c.id,
            title: c.title,
            status: c.status,
            verdict: c.verdict,
            createdAt: c.createdAt,
            lenderResponseDue: st.lenderResponseDue ?? null,
            lenderRespondedAt: st.lenderResponse?.at ?? null,
            lenderResponseLate: st.lenderResponse?.late ?? null,
            lenderResponseProvisional: decisionDeadlineNotices(st, calendarOf(s.deps))
              .lenderResponse,
          }
        })
        items.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
        return { items: items.slice(0, 500) }
      },
    )
    const Days = z.number().int()
    const SettingsBody = z.strictObject({
      fastLaneWorkingDays: Days,
      thoroughLaneWorkingDays: Days,
      lenderResponseWorkingDays: Days,
      appealWorkingDays: Days,
    })
    app.get(
      '/complaints/settings',
      {
        config: { roles: [...DESK_ROLES, 'admin'] },
        schema: {
          tags: ['complaints'],
          summary: 'The organisation’s desk settings (review deadlines in working days)',
        },
      },
      async (request) => s.settings.view(actorOf(request)),
    )
    app.put(
      '/complaints/settings',
      {
        config: { roles: ['admin', 'moderator'] },
        schema: {
          tags: ['complaints'],
          summary:
            'Change the desk settings: lane review deadlines, lender response, appeal window',
          body: SettingsBody,
        },
      },
      async (request) => s.settings.update(actorOf(request), request.body),
    )
    app.get(
      '/complaints/:id',
      {
        config: { roles: [...DESK_ROLES, 'admin', 'complaint_handler', 'compliance_officer'] },
        schema: { tags: ['complaints'], params: IdParams },
      },
      async (request) => s.review.detail(actorOf(request), request.params.id),
    )
    app.post(
      '/complaints/:id/actions',
      {
        config: { roles: [...DESK_ROLES, 'complaint_handler', 'compliance_officer'] },
        schema: {
          tags: ['complaints'],
          summary: 'A decision step (a person decides; malicious needs a second reviewer)',
          params: IdParams,
          body: CommandSchema,
        },
      },
      async (request) =>
        s.review.act(actorOf(request), request.params.id, request.body as DeskCommand),
    )
    app.post(
      '/complaints/:id/assign',
      {
        config: { roles: ['reviewer', 'moderator', 'admin'] },
        schema: {
          tags: ['complaints'],
          summary: 'Assign or re-assign to a reviewer (an event anchored in the evidence log)',
          params: IdParams,
          body: z.strictObject({ reviewerId: Str(100) }),
        },
      },
      async (request) =>
        s.review.assign(actorOf(request), request.params.id, request.body.reviewerId),
    )
    app.get(
      '/complaints/:id/events/:eventId/receipt',
      {
        config: { roles: [...DESK_ROLES, 'admin', 'complaint_handler', 'compliance_officer'] },
        schema: {
          tags: ['complaints'],
          summary: 'The evidence-log receipt of a case event (verify offline with the log key)',
          params: z.strictObject({ id: Str(100), eventId: Str(100) }),
        },
      },
      async (request) =>
        s.review.eventReceipt(actorOf(request), request.params.id, request.params.eventId),
    )
    app.post(
      '/complaints/:id/publish',
      {
        config: { roles: [...DESK_ROLES] },
        schema: {
          tags: ['complaints'],
          summary: 'Publish a de-identified typical case',
          params: IdParams,
          body: z.strictObject({ title: Str(200), body: Str(5000) }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await s.transparency.publish(actorOf(request), request.params.id, request.body)),
    )
    app.get(
      '/public/complaint-targets',
      {
        config: { public: true },
        schema: { tags: ['public'], summary: 'Platforms and respondents for the borrower form' },
      },
      async () => {
        const rows = await ctx.db.kysely
          .selectFrom('organizations')
          .select(['id', 'name', 'kind'])
          .where('kind', 'in', ['platform', 'lender'])
          .orderBy('name')
          .execute()
        return {
          platforms: rows
            .filter((r) => r.kind === 'platform')
            .map(({ id, name }) => ({ id, name })),
          respondents: rows
            .filter((r) => r.kind === 'lender')
            .map(({ id, name }) => ({ id, name })),
        }
      },
    )
    app.post(
      '/public/verification-codes',
      {
        config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
        schema: {
          tags: ['public'],
          summary: 'Send a verification code (delivery simulated: the code is returned)',
          body: z.strictObject({ phone: Str(40).optional(), email: Str(320).optional() }),
        },
      },
      async (request, reply) => reply.status(201).send(await s.public.sendCode(request.body)),
    )
    app.post(
      '/public/platforms/:id/complaints',
      {
        bodyLimit: UPLOAD_BODY_LIMIT,
        config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags: ['public'],
          summary: 'File a complaint as a borrower',
          params: IdParams,
          body: z.strictObject({
            ...FilingBody,
            verification: z.strictObject({ id: Str(100), code: Str(10) }),
          }),
        },
      },
      async (request, reply) => {
        const platform = await ctx.db.kysely
          .selectFrom('organizations')
          .select('id')
          .where('id', '=', request.params.id)
          .where('kind', '=', 'platform')
          .executeTakeFirst()
        if (!platform) {
          return reply
            .status(404)
            .send({ error: { code: 'NOT_FOUND', message: 'platform not found', details: [] } })
        }
        return reply
          .status(201)
          .send(
            await s.public.file(
              platform.id,
              request.body.verification,
              toRequest(request.body, 'form', request.ip),
            ),
          )
      },
    )
    app.get(
      '/public/complaints/:id',
      {
        config: { public: true },
        schema: {
          tags: ['public'],
          summary: 'The complainant’s own complaint (with its access token)',
          params: IdParams,
          headers: TokenHeader,
        },
      },
      async (request) => s.public.view(request.params.id, request.headers['x-complaint-token']),
    )
    app.post(
      '/public/complaints/:id/actions',
      {
        config: { public: true },
        schema: {
          tags: ['public'],
          summary: 'Appeal once, withdraw, or answer a question',
          params: IdParams,
          headers: TokenHeader,
          body: ComplainantCommand,
        },
      },
      async (request) =>
        s.public.act(
          request.params.id,
          request.headers['x-complaint-token'],
          request.body as DeskCommand,
        ),
    )
    app.get(
      '/public/lenders/:id/transparency',
      {
        config: { public: true },
        schema: {
          tags: ['public'],
          summary: 'A lender’s transparency page',
          params: IdParams,
        },
      },
      async (request) => s.transparency.page(request.params.id),
    )
  }
}
