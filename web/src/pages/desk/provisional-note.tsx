/** The bilingual note beside a deadline counted into a year without a holiday notice (weekends only). */
import { useI18n } from '../../i18n/i18n-provider.tsx'

/** A provisional-deadline notice as the API sends it. */
export interface ProvisionalNotice {
  zh: string
  en: string
}

/** Shows the notice in the console's language, or nothing when the deadline is exact. */
export function ProvisionalNote({
  notice,
  testId = 'provisional-deadline',
}: {
  notice: ProvisionalNotice | null | undefined
  testId?: string
}) {
  const { locale } = useI18n()
  if (!notice) return null
  return (
    <span className="muted" data-testid={testId}>
      {' '}
      （{locale === 'en' ? notice.en : notice.zh}）
    </span>
  )
}
