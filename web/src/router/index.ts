/** @module router: History-API routing without a router dependency. */
export { Link, RouterProvider, useRouter } from './router.tsx'
export type { LinkProps, Router } from './router.tsx'
export { buildPath, matchPath } from './match-path.ts'
export type { PathParams } from './match-path.ts'
