/**
 * Starting one of Trede's pages (side panel, options page): the store, opened once, and the language setting
 * stored in it — so switching the language on one page switches it on the other. The page renders at once
 * with a store whose calls wait until it is open, or again with the reason when it cannot be opened.
 */
import { render, type ComponentType } from 'preact';
import { LanguageProvider, useLanguage, type LanguageSetting } from '../i18n/context';
import { deferredStore } from '../store/deferred';
import type { TredeStore } from '../store/repo';
import { openStoreFor, trainingOn } from '../training/mode';

export interface PageProps {
  store: TredeStore | null;
  storeError?: unknown;
  /** Training mode: the store is the training database (src/training/mode.ts). */
  training?: boolean;
}

export function startPage(Page: ComponentType<PageProps>, root: HTMLElement = document.getElementById('root')!): void {
  let store: Promise<TredeStore> | null = null;
  const training = trainingOn();
  const getStore = () => (store ??= openStoreFor(training));
  const languageSetting: LanguageSetting = {
    load: async () => {
      // Unreadable settings: the page works with the defaults, and the shell says so (the error's message).
      const { settings, unreadable } = await (await getStore()).readSettings();
      if (unreadable) throw unreadable;
      return settings.language;
    },
    save: async (language) => {
      await (await getStore()).saveSettings({ language });
    },
  };
  const show = (props: PageProps) =>
    render(
      <LanguageProvider setting={languageSetting}>
        {training ? <TrainingMarker /> : null}
        <Page {...props} />
      </LanguageProvider>,
      root,
    );
  // The first screen shows at once; calls wait for the database while it opens (src/store/deferred.ts).
  show({ store: deferredStore(getStore()), training });
  getStore().then(
    // Once the page is up: ask the browser, once per install, to keep Trede's data (src/store/persistence.ts).
    (store) => import('../store/persistence').then(({ askPersistenceOnce }) => askPersistenceOnce(store)).catch(() => {}),
    (error: unknown) => show({ store: null, storeError: error, training }),
  );
}

/** On every screen of every Trede page while training (src/training/mode.ts): nobody mistakes it for real work. */
function TrainingMarker() {
  const { t } = useLanguage();
  return (
    <p class="training-marker">
      {t('training.marker')}
    </p>
  );
}
