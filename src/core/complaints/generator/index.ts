/**
 * @module complaints/generator: reproducible synthetic complaints with the report's proportions,
 * for demos, benchmarks and evaluation (pure: the seed is an argument).
 */
export * from './generate.ts'
export { createRng } from './prng.ts'
export type { Rng } from './prng.ts'
export { PLATFORMS, OTHER_FINANCIAL } from './platforms.ts'
