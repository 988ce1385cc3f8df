// One measured run for bench/analyse.bench.ts, in its own process so that peak RSS is its own.
// Usage: npx tsx bench/analyse-run.ts <bytes|parse|tag|analyse> <file> [sample]
//   tag: the pipeline without text analysis; analyse: with behaviours (on a sample) and templates.
import { createReadStream } from 'node:fs'
import { availableParallelism } from 'node:os'
import { DEFAULT_FACT_OPTIONS } from '../src/core/analytics/index.ts'
import { analyseComplaintFile } from '../src/services/analytics/analyse-file.service.ts'
import { createComplaintAnalysis } from '../src/services/analytics/complaint-analyser.ts'
import { createParallelComplaintAnalysis } from '../src/services/analytics/parallel-analysis.ts'
import { renderReportHtml } from '../src/services/analytics/report-html.ts'
import { readComplaintBatches } from '../src/services/files/index.ts'

const [mode, file] = process.argv.slice(2) as [string, string]
const t0 = performance.now()
let records = 0
let estimates: unknown = undefined
if (mode === 'bytes') {
  // The physical floor: stream the bytes and count newlines, nothing else.
  for await (const chunk of createReadStream(file, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) records++
  }
} else if (mode === 'parse') {
  // The read+parse floor: the same reader the pipeline uses (decode, JSON.parse, record mapping).
  for await (const batch of readComplaintBatches(file)) records += batch.length
} else {
  const full = mode === 'analyse'
  const sample = Number(process.argv[4] ?? 1)
  // ANALYSE_WORKERS=0: the single-threaded text analysis; default one worker per core.
  const workers = Number(process.env.ANALYSE_WORKERS ?? availableParallelism())
  // ANALYSE_TEMPLATE_BITS=16: the template window keeps 16 bits of each MinHash value (default 32).
  const templateBits = process.env.ANALYSE_TEMPLATE_BITS === '16' ? 16 : 32
  const report = await analyseComplaintFile(file, {
    config: { facts: { ...DEFAULT_FACT_OPTIONS, analyseSample: sample } },
    analysis: full
      ? () =>
          workers === 0
            ? createComplaintAnalysis({ behaviors: true, templates: true, templateBits })
            : createParallelComplaintAnalysis({
                behaviors: true,
                templates: true,
                workers,
                templateBits,
              })
      : undefined,
  })
  records = report.funnel[0].kept + report.funnel[0].removed
  renderReportHtml(report)
  const b = report.breakdown.no_concrete_act
  estimates = {
    analysed: b?.base ?? 0,
    tagged: report.tagged,
    no_concrete_act: b === null ? null : [b.share, b.ci_low, b.ci_high],
    behaviors: report.behaviors.slice(0, 3).map((x) => [x.behavior, x.share]),
    templates: [report.templates.clusters, report.templates.complaints],
  }
}
const ms = performance.now() - t0
const usage = process.resourceUsage()
// CPU time (user + system) as well as wall time: on a shared, loaded machine it is the steadier figure.
const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000
console.log(JSON.stringify({ mode, records, ms, cpuMs, maxRssMB: usage.maxRSS / 1024, estimates }))
