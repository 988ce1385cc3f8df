// Bootstraps a worker thread: registers tsx so the TypeScript worker body can be imported.
import { register } from 'tsx/esm/api'

register()
await import('./text-worker.ts')
