import type { ComponentType } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLanguage } from '../i18n/context';
import { errorText } from '../errors';
import type { TredeStore } from '../store/repo';
import { OpenOptionsLink } from '../ui/adapters/OpenOptionsLink';
import { ClientScreen } from '../ui/screens/ClientScreen';
import { lazyScreen } from './lazy-screen';
import { useRetentionOnStart } from './retention-on-start';
import { AppContext, type AppContextValue, type CurrentClient, type View } from './navigation';
import { PageBanner } from './PageBanner';
import { Shell } from './Shell';
import { browserPageApis, usePageLink, type PageApis } from './page-link';

/** Screens after an intake load on first use (src/app/lazy-screen.tsx): the panel opens on the client screen. */
const LAZY = {
  // The intake too: the panel opens on the client screen, and fetches the intake's code once it is idle.
  intake: lazyScreen(() => import('../ui/screens/IntakeScreen').then((m) => m.IntakeScreen)),
  results: lazyScreen(() => import('../ui/screens/ResultsScreen').then((m) => m.ResultsScreen)),
  history: lazyScreen(() => import('../ui/screens/HistoryScreen').then((m) => m.HistoryScreen)),
  outcomes: lazyScreen(() => import('../ui/screens/OutcomesScreen').then((m) => m.OutcomesScreen)),
  rights: lazyScreen(() => import('../ui/rights/ClientRightsScreen').then((m) => m.ClientRightsScreen)),
  // Training mode's switch, personas, walkthrough and reset (src/training/): never needed to open the panel.
  training: lazyScreen(() => import('../training/TrainingScreen').then((m) => m.TrainingScreen)),
};

const SCREENS = {
  client: ClientScreen,
  ...LAZY,
} satisfies Record<View['screen'], ComponentType>;

/** Once the panel has painted and is idle, fetch the other screens' code so their first visit is instant. */
function usePreloadScreens(): void {
  useEffect(() => {
    const preload = () => Object.values(LAZY).forEach((screen) => void screen.preload().catch(() => {}));
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle(preload, { timeout: 2_000 });
    else setTimeout(preload, 200);
  }, []);
}

/** The side panel's shell: header, language switch and the area the screens will fill (phase 2). */
export function App(props: { store?: TredeStore | null; storeError?: unknown; initialView?: View; pageApis?: PageApis | null }) {
  const { lang, t } = useLanguage();
  const [view, navigate] = useState<View>(props.initialView ?? { screen: 'client' });
  const [current, setCurrent] = useState<CurrentClient | null>(null);
  const [pageApis] = useState(() => (props.pageApis === undefined ? browserPageApis() : props.pageApis));
  const page = usePageLinkFor(props.store ?? null, pageApis, current, setCurrent, navigate);
  usePreloadScreens();
  useRetentionOnStart(props.store);
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
      <Shell tagline={t('app.tagline')} mainClass="app-main" testId="app" footer={
          <>
            <OpenOptionsLink />{' '}
            <button type="button" class="options-link" data-testid="open-training" onClick={() => navigate({ screen: 'training' })}>
              {t('training.open')}
            </button>
          </>
        }
      >
        {context ? (
          <AppContext.Provider value={context}>
            {page ? <PageBanner page={page} /> : null}
            <Screen />
          </AppContext.Provider>
        ) : props.storeError ? (
          <p class="notice notice-error" role="alert" data-testid="store-error">
            {t('app.storeError', { detail: errorText(props.storeError, lang) })}
          </p>
        ) : (
          <p>{t('app.loading')}</p>
        )}
      </Shell>
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
