import { errorText } from '../errors';
import { LANGS } from '../i18n/t';
import { useLanguage } from '../i18n/context';

/** The side panel's shell: header, language switch and the area the screens will fill (phase 2). */
export function App() {
  const { lang, setLang, t, error } = useLanguage();
  return (
    <div class="app">
      <header class="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <span class="app-tagline">{t('app.tagline')}</span>
        </div>
        <fieldset class="lang-switch" aria-label={t('language.label')}>
          {LANGS.map((code) => (
            <button
              type="button"
              key={code}
              lang={code}
              aria-pressed={lang === code}
              title={t(`language.${code}`)}
              data-testid={`lang-${code}`}
              onClick={() => setLang(code)}
            >
              {code.toUpperCase()}
            </button>
          ))}
        </fieldset>
      </header>
      {error ? (
        <p class="app-error" role="alert">
          {t('app.settingsUnreadable')} <small>{errorText(error, lang)}</small>
        </p>
      ) : null}
      <main class="app-main" data-testid="app">
        <p>{t('app.placeholder')}</p>
        <p class="app-note">{t('app.localOnly')}</p>
      </main>
    </div>
  );
}
