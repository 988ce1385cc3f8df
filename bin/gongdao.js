#!/usr/bin/env node
// The `gongdao` command: registers tsx and runs the TypeScript CLI, so no build step is needed.
import { register } from 'tsx/esm/api'

register()
await import('../src/main.ts')
