/**
 * Every route plugin with its URL prefix. Each domain appends one line. Routes are private
 * unless they set `config.public`; the tenant-isolation test (test/tenant-isolation.test.ts)
 * requires every route to be listed there.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { AppContext } from '../context.ts'
import { analyticsRoutes } from './analytics.routes.ts'
import { authRoutes } from './auth.routes.ts'
import { collectionPublicPages, collectionRoutes } from './collection.routes.ts'
import { collectionVisitRoutes } from './collection-visits.routes.ts'
import { complaintsRoutes } from './complaints.routes.ts'
import { complianceRoutes } from './compliance.routes.ts'
import { deskDashboardRoutes } from './desk-dashboard.routes.ts'
import { evidenceRoutes } from './evidence.routes.ts'
import { orgRoutes } from './org.routes.ts'
import { systemRoutes } from './system.routes.ts'

/** A route plugin factory and where it is mounted. */
export interface RouteModule {
  readonly prefix: string
  readonly plugin: (ctx: AppContext) => FastifyPluginAsyncZod
}

/** The route modules, mounted in this order. */
export const ROUTE_MODULES: readonly RouteModule[] = [
  { prefix: '', plugin: systemRoutes },
  { prefix: '/api/v1', plugin: authRoutes },
  { prefix: '/api/v1', plugin: orgRoutes },
  { prefix: '/api/v1', plugin: complaintsRoutes },
  { prefix: '', plugin: evidenceRoutes },
  { prefix: '/api/v1', plugin: complianceRoutes },
  { prefix: '/api/v1', plugin: collectionRoutes },
  { prefix: '/api/v1', plugin: collectionVisitRoutes },
  { prefix: '', plugin: collectionPublicPages },
  { prefix: '/api/v1', plugin: analyticsRoutes },
  { prefix: '/api/v1', plugin: deskDashboardRoutes },
]
