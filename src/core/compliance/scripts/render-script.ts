import type { Result } from '../../shared/index.ts'
import { err, ok } from '../../shared/index.ts'
import { checkContent } from '../content/check-content.ts'
import type { ContentFinding } from '../content/finding.ts'
import type { ContentOptions } from '../content/check-content.ts'
import type { ScriptTemplate } from './library.ts'

/** Why a rendering was refused: a value missing or unexpected, or findings in the result. */
export type RenderProblem =
  | { readonly kind: 'missing'; readonly placeholder: string }
  | { readonly kind: 'findings'; readonly findings: readonly ContentFinding[] }

/** The `{placeholder}` names used in a template text. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))]
}

/**
 * Fills a template in one language and re-checks the result, so values cannot smuggle in
 * negative-list content; contact-person templates are checked for debt disclosure too.
 */
export function renderScript(
  template: ScriptTemplate,
  lang: 'zh' | 'en',
  values: Readonly<Record<string, string | number>>,
  options: Omit<ContentOptions, 'audience'> = {},
): Result<string, RenderProblem> {
  const text = template.text[lang]
  for (const p of placeholdersOf(text)) {
    if (!(p in values)) return err({ kind: 'missing', placeholder: p })
  }
  const out = text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]))
  const audience = template.audience === 'debtor' ? 'debtor' : 'third_party'
  const findings = checkContent(out, { ...options, audience })
  return findings.length === 0 ? ok(out) : err({ kind: 'findings', findings })
}
