/** A polite loading indicator. */
import { useI18n } from '../i18n/i18n-provider.tsx'

/** Shows "加载中…" (or the given text) to sighted and screen-reader users alike. */
export function Loading({ text }: { text?: string }) {
  const { t } = useI18n()
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {text ?? t('app.loading')}
    </p>
  )
}
