// Collection (lender side of the contact flow): portfolio, debtor pages with masked personal data
// and audited unmasking, today's plan, running the day, refusals, debtor requests, agencies,
// collectors, portfolio import with a row report and its XLSX template; and per lender the public
// list of agencies it uses (中国银行业协会指引 2026: publish the white-list).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { assessCollector, routeDebtorRequest } from '../../core/collection/index.ts'
import { CHANNELS } from '../../core/compliance/index.ts'
import { NotFoundError, ValidationError } from '../../core/shared/index.ts'
import { buildImportTemplate, importPortfolio } from '../../services/collection/import.service.ts'
import { collectorPicker } from '../../services/collection/collector-pool.ts'
import { planView, runDay } from '../../services/collection/run-day.service.ts'
import {
  agencyViews,
  collectorFromRow,
  collectorViews,
  debtorView,
  listDebtorViews,
  publicAgencies,
} from '../../services/collection/views.service.ts'
import { PiiReader } from '../../services/crypto/index.ts'
import { newId } from '../../services/ports.ts'
import { collectionModule } from '../../storage/collection.wiring.ts'
import type { CollAgencyTable } from '../../storage/collection.table.ts'
import { actorOf } from '../auth.ts'
import type { AppContext } from '../context.ts'

const STAFF = ['admin', 'compliance_officer', 'collection_manager', 'collector'] as const
const MANAGERS = ['admin', 'compliance_officer', 'collection_manager'] as const
/** Roles that may see personal data in clear (each reveal is audited). */
const REVEALERS = ['compliance_officer', 'collection_manager'] as const
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const Id = z.strictObject({ id: z.string().min(1).max(100) })
const IMPORT_LIMIT = 64 * 1024 * 1024

/** The body of an agency, for creating (POST) and replacing (PUT) one. */
const AgencyBody = z.strictObject({
  name: z.string().min(2).max(200),
  status: z.enum(['whitelisted', 'suspended', 'exited']),
  licenseNo: z.string().max(100).nullable(),
  licenseValidUntil: Day.nullable(),
  contractStart: Day,
  contractEnd: Day,
  noSubcontractingSignedOn: Day.nullable(),
  evaluations: z
    .array(z.strictObject({ date: Day, passed: z.boolean(), note: z.string().max(500).optional() }))
    .max(100),
})

/** The stored row of an agency body, refusing a contract that ends before it starts. */
function agencyRow(id: string, orgId: string, b: z.infer<typeof AgencyBody>): CollAgencyTable {
  if (b.contractEnd < b.contractStart) {
    throw new ValidationError('contract ends before it starts', [
      { path: ['contractEnd'], message: '合同结束日期早于开始日期' },
    ])
  }
  return {
    id,
    org_id: orgId,
    name: b.name,
    status: b.status,
    license_no: b.licenseNo,
    license_valid_until: b.licenseValidUntil,
    contract_start: b.contractStart,
    contract_end: b.contractEnd,
    no_subcontracting_signed_on: b.noSubcontractingSignedOn,
    evaluations: JSON.stringify(b.evaluations),
  }
}

/** `/api/v1/collection/…` and `/api/v1/public/lenders/:id/agencies`. */
export function collectionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const today = (): string => ctx.clock.now().toISOString().slice(0, 10)
  return async (app) => {
    const mod = await collectionModule(ctx)
    const pii = new PiiReader(ctx.crypto, ctx.identityRepo, ctx.clock)
    app.addContentTypeParser(
      [
        'application/octet-stream',
        'text/csv',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
      { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT },
      (_req, body, done) => done(null, body),
    )

    app.get(
      '/collection/debtors',
      {
        config: { roles: [...STAFF] },
        schema: {
          tags: ['collection'],
          querystring: z.strictObject({
            offset: z.coerce.number().int().min(0).default(0),
            limit: z.coerce.number().int().min(1).max(200).default(50),
            q: z.string().max(50).optional(),
          }),
        },
      },
      async (request) => {
        const q = request.query
        return listDebtorViews(mod.repo, ctx.crypto, actorOf(request).orgId, {
          offset: q.offset,
          limit: q.limit,
          ...(q.q ? { q: q.q } : {}),
        })
      },
    )

    app.get(
      '/collection/debtors/:id',
      { config: { roles: [...STAFF] }, schema: { tags: ['collection'], params: Id } },
      async (request) => {
        const v = await debtorView(
          mod.repo,
          ctx.crypto,
          actorOf(request).orgId,
          request.params.id,
          today(),
        )
        if (v === undefined) throw new NotFoundError('debtor')
        return v
      },
    )

    app.post(
      '/collection/debtors/:id/reveal',
      {
        config: { roles: [...REVEALERS] },
        schema: {
          tags: ['collection'],
          summary: 'Show one personal field in clear (audited)',
          params: Id,
          body: z.strictObject({
            field: z.enum(['name', 'id_number']),
            purpose: z.string().min(2).max(200),
          }),
        },
      },
      async (request) => {
        const actor = actorOf(request)
        const p = await mod.repo.getPortfolio(actor.orgId, request.params.id)
        if (p === undefined) throw new NotFoundError('debtor')
        const { field, purpose } = request.body
        const ciphertext = field === 'name' ? p.debtor.name_enc : p.debtor.id_number_enc
        return {
          field,
          value: await pii.reveal(
            actor,
            {
              subjectType: 'debtor',
              subjectId: p.debtor.id,
              field,
              ciphertext,
              context: `coll_debtors.${field}`,
            },
            purpose,
          ),
        }
      },
    )

    app.post(
      '/collection/debtors/:id/refusals',
      {
        config: { roles: [...STAFF] },
        schema: {
          tags: ['collection'],
          summary: 'Record a refusal of a channel or of all contact',
          params: Id,
          body: z.strictObject({
            counterpartyId: z.string().min(1).max(100),
            channel: z.enum([...CHANNELS, 'all']),
            note: z.string().max(500).optional(),
          }),
        },
      },
      async (request, reply) => {
        const actor = actorOf(request)
        const p = await mod.repo.getPortfolio(actor.orgId, request.params.id)
        if (
          p === undefined ||
          !p.counterparties.some((c) => c.id === request.body.counterpartyId)
        ) {
          throw new NotFoundError('counterparty')
        }
        const b = request.body
        await mod.contacts.recordRefusal(actor.orgId, p.debtor.id, {
          counterpartyId: b.counterpartyId,
          channel: b.channel,
          at: ctx.clock.now().toISOString(),
          ...(b.note ? { note: b.note } : {}),
        })
        return reply.status(201).send({ ok: true })
      },
    )

    app.post(
      '/collection/debtors/:id/requests',
      {
        config: { roles: [...STAFF] },
        schema: {
          tags: ['collection'],
          summary: 'Record a hardship or negotiation request (routed to a person)',
          params: Id,
          body: z.strictObject({
            debtId: z.string().min(1).max(100),
            kind: z.enum(['hardship', 'negotiation']),
            options: z
              .array(z.enum(['installments', 'deferral', 'fee_reduction']))
              .min(1)
              .max(3),
            reason: z.string().min(1).max(2000),
          }),
        },
      },
      async (request, reply) => {
        const actor = actorOf(request)
        const p = await mod.repo.getPortfolio(actor.orgId, request.params.id)
        if (p === undefined || !p.loans.some((l) => l.id === request.body.debtId)) {
          throw new NotFoundError('debt')
        }
        const b = request.body
        const req = {
          id: newId(),
          debtId: b.debtId,
          debtorId: p.debtor.id,
          kind: b.kind,
          options: b.options,
          reason: b.reason,
          receivedAt: ctx.clock.now().toISOString(),
        }
        const route = routeDebtorRequest(req, { mediationAvailable: false })
        await mod.repo.addRequest({
          id: req.id,
          org_id: actor.orgId,
          debtor_id: p.debtor.id,
          debt_id: b.debtId,
          kind: b.kind,
          options: JSON.stringify(b.options),
          reason_enc: ctx.crypto.encrypt(b.reason, 'coll_requests.reason'),
          queue: route.queue,
          status: 'open',
          received_at: req.receivedAt,
        })
        return reply.status(201).send({ id: req.id, route })
      },
    )

    app.get(
      '/collection/plan',
      {
        config: { roles: [...STAFF] },
        schema: {
          tags: ['collection'],
          summary: "Today's plan: planned, denied (with reasons), review, skipped",
          querystring: z.strictObject({ date: Day.optional() }),
        },
      },
      async (request) =>
        planView(
          mod.repo,
          mod.contacts,
          actorOf(request).orgId,
          request.query.date ?? today(),
          200,
          collectorPicker(
            (await mod.repo.listCollectors(actorOf(request).orgId)).map(collectorFromRow),
            today(),
          ),
        ),
    )

    app.post(
      '/collection/plan/run',
      {
        config: { roles: [...MANAGERS] },
        schema: {
          tags: ['collection'],
          summary: 'Gate and perform up to `limit` planned contacts through the channel',
          body: z.strictObject({
            date: Day.optional(),
            limit: z.number().int().min(1).max(10_000).default(100),
          }),
        },
      },
      async (request) => {
        const actor = actorOf(request)
        const org = await ctx.identity.getOrganization(actor)
        return runDay(mod.repo, mod.contacts, actor.orgId, request.body.date ?? today(), {
          limit: request.body.limit,
          lender: org.name,
          collectorsFor: collectorPicker(
            (await mod.repo.listCollectors(actor.orgId)).map(collectorFromRow),
            today(),
          ),
        })
      },
    )

    app.get(
      '/collection/contacts/:id/receipt',
      {
        config: { roles: [...STAFF] },
        schema: {
          tags: ['collection'],
          summary: 'The evidence receipt of a performed contact (by ticket id)',
          params: Id,
        },
      },
      async (request) => {
        const actor = actorOf(request)
        const t = await mod.repo.get(actor.orgId, request.params.id)
        if (t === undefined) throw new NotFoundError('contact')
        const c = (await mod.repo.listPerformed(actor.orgId, t.contact.debtor_id)).find(
          (x) => x.ticketId === t.id,
        )
        if (c === undefined) throw new NotFoundError('contact')
        return {
          receipt: await mod.evidence.receipt(actor.orgId, c.evidenceIndex),
          verifierKey: mod.evidence.verifierKey,
        }
      },
    )

    app.get(
      '/collection/review',
      {
        config: { roles: [...MANAGERS] },
        schema: {
          tags: ['collection'],
          summary: 'Contacts waiting for human review (AI samples, content findings)',
        },
      },
      async (request) => ({ items: await mod.repo.listReview(actorOf(request).orgId) }),
    )

    app.get(
      '/collection/agencies',
      { config: { roles: [...STAFF] }, schema: { tags: ['collection'] } },
      async (request) => ({ items: await agencyViews(mod.repo, actorOf(request).orgId, today()) }),
    )

    app.post(
      '/collection/agencies',
      { config: { roles: [...MANAGERS] }, schema: { tags: ['collection'], body: AgencyBody } },
      async (request, reply) => {
        const id = newId()
        await mod.repo.putAgency(agencyRow(id, actorOf(request).orgId, request.body))
        return reply.status(201).send({ id })
      },
    )

    app.put(
      '/collection/agencies/:id',
      {
        config: { roles: [...MANAGERS] },
        schema: {
          tags: ['collection'],
          params: Id,
          body: AgencyBody,
        },
      },
      async (request) => {
        const orgId = actorOf(request).orgId
        const { id } = request.params
        const known = await mod.repo.listAgencies(orgId)
        if (!known.some((a) => a.id === id)) throw new NotFoundError('agency')
        await mod.repo.putAgency(agencyRow(id, orgId, request.body))
        return { id }
      },
    )

    app.get(
      '/collection/collectors',
      { config: { roles: [...STAFF] }, schema: { tags: ['collection'] } },
      async (request) => ({
        items: await collectorViews(mod.repo, ctx.crypto, actorOf(request).orgId, today()),
      }),
    )

    app.post(
      '/collection/collectors',
      {
        config: { roles: [...MANAGERS] },
        schema: {
          tags: ['collection'],
          body: z.strictObject({
            code: z.string().min(1).max(50),
            name: z.string().min(1).max(100),
            agencyId: z.string().max(100).nullable(),
            active: z.boolean(),
            trainings: z
              .array(
                z.strictObject({
                  topic: z.enum(['onboarding', 'collection', 'cyber_security']),
                  date: Day,
                  examPassed: z.boolean(),
                }),
              )
              .max(200),
          }),
        },
      },
      async (request, reply) => {
        const b = request.body
        const row = {
          id: newId(),
          org_id: actorOf(request).orgId,
          agency_id: b.agencyId,
          code: b.code,
          name_enc: ctx.crypto.encrypt(b.name, 'coll_collectors.name'),
          active: b.active ? 1 : 0,
          trainings: JSON.stringify(b.trainings),
        }
        await mod.repo.putCollector(row)
        return reply.status(201).send({
          id: row.id,
          eligible: assessCollector(collectorFromRow(row), today()).length === 0,
        })
      },
    )

    app.get(
      '/collection/import/template',
      {
        config: { roles: [...STAFF] },
        schema: { tags: ['collection'], summary: 'The XLSX import template' },
      },
      async (_request, reply) =>
        reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', 'attachment; filename="portfolio-template.xlsx"')
          .send(await buildImportTemplate()),
    )

    app.post(
      '/collection/import',
      {
        bodyLimit: IMPORT_LIMIT,
        config: { roles: [...MANAGERS] },
        schema: {
          tags: ['collection'],
          summary: 'Import a CSV or XLSX portfolio: all rows or none, rejections by row',
          querystring: z.strictObject({ format: z.enum(['csv', 'xlsx']) }),
        },
      },
      async (request) => {
        if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
          throw new ValidationError(
            'send the file as the request body (application/octet-stream)',
            [{ path: ['body'], message: '请上传文件' }],
          )
        }
        const dir = mkdtempSync(join(tmpdir(), 'gongdao-import-'))
        try {
          const path = join(dir, `upload.${request.query.format}`)
          writeFileSync(path, request.body)
          return await importPortfolio(
            { store: mod.importStore, crypto: ctx.crypto, clock: ctx.clock },
            actorOf(request).orgId,
            path,
            { format: request.query.format },
          )
        } finally {
          rmSync(dir, { recursive: true, force: true })
        }
      },
    )

    app.get(
      '/public/lenders/:id/agencies',
      {
        config: { public: true },
        schema: {
          tags: ['collection'],
          summary: 'The agencies a lender entrusts (public white-list)',
          params: Id,
        },
      },
      async (request) => {
        const org = (await ctx.identityRepo.listOrganizations()).find(
          (o) => o.id === request.params.id && o.kind === 'lender',
        )
        if (org === undefined) throw new NotFoundError('lender')
        return {
          lender: org.name,
          asOf: today(),
          agencies: await publicAgencies(mod.repo, org.id, today()),
        }
      },
    )
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** `/lenders/:id/agencies`: the public page listing the agencies a lender entrusts. */
export function collectionPublicPages(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const mod = await collectionModule(ctx)
    app.get(
      '/lenders/:id/agencies',
      { config: { public: true }, schema: { hide: true, params: Id } },
      async (request, reply) => {
        const org = (await ctx.identityRepo.listOrganizations()).find(
          (o) => o.id === request.params.id && o.kind === 'lender',
        )
        if (org === undefined) throw new NotFoundError('lender')
        const day = ctx.clock.now().toISOString().slice(0, 10)
        const rows = (await publicAgencies(mod.repo, org.id, day))
          .map(
            (a) =>
              `<tr><td>${escapeHtml(a.name)}</td><td>${escapeHtml(a.licenseNo)}</td><td>${a.contractStart} 至 ${a.contractEnd}</td></tr>`,
          )
          .join('')
        const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(org.name)} 合作催收机构名单</title>
<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4rem .6rem;text-align:left}</style></head>
<body><h1>${escapeHtml(org.name)} 合作催收机构名单</h1><p>依据《金融机构个人消费类贷款催收工作指引（试行）》对外部催收机构实行名单制管理并公开披露。截至 ${day}。</p>
<table><thead><tr><th>机构名称</th><th>资质编号</th><th>委托期限</th></tr></thead><tbody>${rows || '<tr><td colspan="3">暂无</td></tr>'}</tbody></table></body></html>`
        return reply.type('text/html; charset=utf-8').send(html)
      },
    )
  }
}
