// Composition root: the `gongdao` command line (serve, migrate, demo, ...).
import { runCli } from './cli/index.ts'

await runCli(process.argv.slice(2))
