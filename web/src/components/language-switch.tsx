/** Buttons to switch the console's language (the choice is kept in localStorage). */
import { useI18n } from '../i18n/i18n-provider.tsx'
import { LOCALES } from '../i18n/locales.ts'

/** A two-button group: 简体中文 | English, the current one pressed. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n()
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === locale}
          onClick={() => setLocale(l)}
        >
          {t(`lang.${l}`)}
        </button>
      ))}
    </div>
  )
}
