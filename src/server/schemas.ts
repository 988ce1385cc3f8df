/** zod schemas shared by several route files (the same schemas feed OpenAPI). */
import { z } from 'zod'
import { ORG_KINDS, ROLE_NAMES } from '../core/tenancy/index.ts'

export const RoleSchema = z.enum(ROLE_NAMES as [string, ...string[]])
export const OrgKindSchema = z.enum(ORG_KINDS)

export const UserSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.string()).readonly(),
  disabled: z.boolean(),
  createdAt: z.string(),
})

export const OrganizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: OrgKindSchema,
  createdAt: z.string(),
})

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(
      z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }),
    ),
  }),
})

export const IdParams = z.strictObject({ id: z.string().min(1).max(100) })
