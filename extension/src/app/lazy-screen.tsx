import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLanguage } from '../i18n/context';

export type LazyScreen = ComponentType & { preload(): Promise<unknown> };

/**
 * A screen whose code is fetched the first time it is needed, so opening the panel loads only the client
 * screen. `preload` fetches it ahead (the shell does so once the panel is idle), which keeps the
 * first visit to the screen as quick as before.
 */
export function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  let screen: ComponentType | null = null;
  let loading: Promise<ComponentType> | null = null;
  const preload = () => {
    loading ??= load().then(
      (loaded) => (screen = loaded),
      (error: unknown) => {
        loading = null; // a later visit tries again
        throw error;
      },
    );
    return loading;
  };
  function Lazy() {
    const { t } = useLanguage();
    const [, setLoaded] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (!screen) preload().then(() => setLoaded(1), () => setFailed(true));
    }, []);
    if (screen) {
      const Screen = screen;
      return <Screen />;
    }
    return failed ? (
      <p class="notice notice-error" role="alert">
        {t('app.screenLoadError')}
      </p>
    ) : (
      <p aria-busy="true">{t('app.loading')}</p>
    );
  }
  return Object.assign(Lazy, { preload });
}
