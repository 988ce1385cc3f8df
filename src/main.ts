// Entry point of the `gongdao` command (bin/gongdao.js and `npm start` run this file).
import { runCli } from './cli/index.ts'

await runCli(process.argv.slice(2))
