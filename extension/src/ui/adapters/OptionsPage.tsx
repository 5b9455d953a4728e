import { useEffect } from 'preact/hooks';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import type { TredeStore } from '../../store/repo';
import { AdaptersScreen } from '../screens/AdaptersScreen';
import { LanguageSwitch } from './LanguageSwitch';
import '../../i18n/adapter-texts';

/** The options page's shell: title, language switch, and the adapters screen once the store is open. */
export function OptionsPage(props: { store: TredeStore | null; storeError?: unknown }) {
  const { lang, t, error } = useLanguage();
  useEffect(() => {
    document.title = t('adapters.page.title');
  }, [lang]);
  return (
    <div class="options">
      <header class="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <span class="app-tagline">{t('adapters.page.tagline')}</span>
        </div>
        <LanguageSwitch />
      </header>
      {error ? (
        <p class="app-error" role="alert">
          {t('app.settingsUnreadable')} <small>{errorText(error, lang)}</small>
        </p>
      ) : null}
      <main class="options-main" data-testid="options">
        {props.store ? (
          <AdaptersScreen store={props.store} />
        ) : props.storeError ? (
          <p class="notice notice-error" role="alert">
            {errorText(props.storeError, lang)}
          </p>
        ) : (
          <p>{t('app.loading')}</p>
        )}
        <p class="app-note">{t('app.localOnly')}</p>
      </main>
    </div>
  );
}
