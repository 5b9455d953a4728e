import { useMemo, useState } from 'preact/hooks';
import { errorText } from '../errors';
import { LANGS } from '../i18n/t';
import { useLanguage } from '../i18n/context';
import type { TredeStore } from '../store/repo';
import { OpenOptionsLink } from '../ui/adapters/OpenOptionsLink';
import { ClientScreen } from '../ui/screens/ClientScreen';
import { HistoryScreen } from '../ui/screens/HistoryScreen';
import { IntakeScreen } from '../ui/screens/IntakeScreen';
import { OutcomesScreen } from '../ui/screens/OutcomesScreen';
import { ResultsScreen } from '../ui/screens/ResultsScreen';
import { AppContext, type AppContextValue, type CurrentClient, type View } from './navigation';
import { PageBanner } from './PageBanner';
import { browserPageApis, usePageLink, type PageApis } from './page-link';

const SCREENS = {
  client: ClientScreen,
  intake: IntakeScreen,
  results: ResultsScreen,
  history: HistoryScreen,
  outcomes: OutcomesScreen,
} satisfies Record<View['screen'], () => unknown>;

/** The side panel's shell: header, language switch and the area the screens will fill (phase 2). */
export function App(props: { store?: TredeStore | null; initialView?: View; pageApis?: PageApis | null }) {
  const { lang, setLang, t, error } = useLanguage();
  const [view, navigate] = useState<View>(props.initialView ?? { screen: 'client' });
  const [current, setCurrent] = useState<CurrentClient | null>(null);
  const [pageApis] = useState(() => (props.pageApis === undefined ? browserPageApis() : props.pageApis));
  const page = usePageLinkFor(props.store ?? null, pageApis, current, setCurrent, navigate);
  const context = useMemo<AppContextValue | null>(
    () =>
      props.store
        ? {
            store: props.store,
            view,
            navigate,
            maskedReference: current?.masked ?? null,
            currentClient: current,
            setCurrentClient: setCurrent,
            page: page ?? undefined,
          }
        : null,
    [props.store, view, current, page],
  );
  const Screen = SCREENS[view.screen];
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
        {context ? (
          <AppContext.Provider value={context}>
            {page ? <PageBanner page={page} /> : null}
            <Screen />
          </AppContext.Provider>
        ) : (
          <p>{t('app.loading')}</p>
        )}
        <p class="app-note">{t('app.localOnly')}</p>
        <OpenOptionsLink />
      </main>
    </div>
  );
}

/** The page link needs the store; before it is open there is nothing to link. Hooks run unconditionally. */
function usePageLinkFor(
  store: TredeStore | null,
  apis: PageApis | null,
  current: CurrentClient | null,
  setCurrent: (client: CurrentClient) => void,
  navigate: (view: View) => void,
) {
  const link = usePageLink(store, store ? apis : null, current, setCurrent, navigate);
  return store && apis ? link : null;
}
