/**
 * Starting one of Trede's pages (side panel, options page): first the lock (src/store/lock.ts), then the
 * store, opened once per unlock, and the language setting stored in it — so switching the language on one
 * page switches it on the other.
 *
 * - Not set up yet: the set-up screen (passphrase, or working without encryption). Locked: the unlock screen.
 *   Both load on demand (src/ui/lock/*), so the side panel's first load does not carry them.
 * - Open: the page renders at once with a store whose calls wait until it is open (src/app/page-store.ts),
 *   or again with the reason when it cannot be opened.
 * - Training mode (src/training/mode.ts): its own database of fictional clients, without the lock, and marked
 *   on every screen.
 * - Locked elsewhere (another page's lock button, the idle time): the page shows the unlock screen at once
 *   and keeps no client data on screen; what was just typed is saved with the store the page had opened, and
 *   later calls wait for the unlock.
 */
import { render, type ComponentType } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LanguageProvider, useLanguage, type LanguageSetting } from '../i18n/context';
import { lock, lockState, onLockChange, openUnlockedStore, touchActivity, type LockState } from '../store/lock';
import { deferredStore } from '../store/deferred';
import { openStore, type TredeStore } from '../store/repo';
import { openStoreFor, trainingOn } from '../training/mode';
import type { Lang } from '../i18n/t';
import { lazyScreen } from './lazy-screen';
import { LockContext, type LockControl } from './lock-context';
import { isLockedError, PageStore } from './page-store';
import { flushPendingSaves } from './pending-saves';
import { Shell } from './Shell';

export interface PageProps {
  store: TredeStore | null;
  storeError?: unknown;
  /** Training mode: the store is the training database (src/training/mode.ts). */
  training?: boolean;
}

type Gate = { kind: 'checking' } | { kind: 'failed'; error: unknown } | LockState;

const isOpen = (gate: Gate): gate is Extract<LockState, { kind: 'off' | 'unlocked' }> => gate.kind === 'off' || gate.kind === 'unlocked';

/** The set-up and unlock screens, fetched when the page finds Trede not set up or locked. */
const LockScreens = lazyScreen(() => import('../ui/lock/LockScreens').then((m) => m.LockScreens));

/** The caseworker's own input counts as activity for the idle lock (touchActivity throttles itself). */
const ACTIVITY = ['keydown', 'pointerdown', 'wheel'] as const; // wheel: reading a long screen is working too

function useActivity(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const touch = () => touchActivity();
    const options = { capture: true, passive: true };
    for (const type of ACTIVITY) document.addEventListener(type, touch, options);
    return () => {
      for (const type of ACTIVITY) document.removeEventListener(type, touch, options);
    };
  }, [active]);
}

/** What the page shows instead of itself while Trede is not open: the lock screens, in the page's shell. */
function LockedPage() {
  const { t } = useLanguage();
  return (
    <div class="app lock-page">
      <Shell tagline={t('app.tagline')} mainClass="app-main lock-main" testId="lock">
        <LockScreens />
      </Shell>
    </div>
  );
}

/** The lock, then the page. Exported for component tests; pages start through startPage. */
export function PageGate(props: { Page: ComponentType<PageProps> }) {
  const { Page } = props;
  const [gate, setGate] = useState<Gate>({ kind: 'checking' });
  const [storeError, setStoreError] = useState<unknown>(null);
  const asked = useRef(0);
  const everOpened = useRef(false);
  const openedAs = useRef<LockState['kind'] | null>(null);
  const refreshRef = useRef<() => void>(() => {});
  const pageStore = useMemo(() => new PageStore(() => refreshRef.current()), []);

  const refresh = useCallback(() => {
    const question = ++asked.current;
    lockState().then(
      (state) => {
        if (question !== asked.current) return; // a later answer is on its way
        if (isOpen(state)) {
          // Also when encryption was switched on meanwhile: the store opened without it must not be used on.
          if (pageStore.waiting || openedAs.current !== state.kind) {
            pageStore.locked();
            openedAs.current = state.kind;
            const opened = openUnlockedStore();
            pageStore.open(opened);
            setStoreError(null);
            opened.then(
              (store) => {
                if (everOpened.current) return;
                everOpened.current = true;
                // Once the page is up: ask the browser, once per install, to keep Trede's data (src/store/persistence.ts).
                import('../store/persistence').then(({ askPersistenceOnce }) => askPersistenceOnce(store)).catch(() => {});
              },
              (error: unknown) => {
                // Locked between the question and the opening: ask again (the unlock screen follows).
                if (isLockedError(error)) refreshRef.current();
                else if (question === asked.current) setStoreError(error);
              },
            );
          }
        } else if (openedAs.current !== null) {
          // Locked elsewhere: the store this page opened still holds the key in memory; what was just typed
          // is saved with it, and only then are later calls held until the unlock.
          openedAs.current = null;
          void flushPendingSaves().finally(() => {
            if (openedAs.current === null) pageStore.locked();
          });
        } else {
          pageStore.locked();
        }
        // The same state again (asked on becoming visible): keep it, so the page does not render again.
        setGate((before) => (JSON.stringify(before) === JSON.stringify(state) ? before : state));
      },
      (error: unknown) => question === asked.current && setGate({ kind: 'failed', error }),
    );
  }, [pageStore]);
  refreshRef.current = refresh;

  useEffect(() => {
    refresh();
    // Shown again: ask again too (the idle time may have run out meanwhile; a choice made elsewhere to work
    // without encryption is not announced).
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    const stop = onLockChange(refresh);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);
  useActivity(gate.kind === 'unlocked');

  const lockNow = useCallback(async () => {
    // What was just typed is saved before the key goes.
    await flushPendingSaves();
    await lock();
    refresh();
  }, [refresh]);

  const control = useMemo<LockControl | null>(() => (gate.kind === 'checking' || gate.kind === 'failed' ? null : { state: gate, refresh, lockNow }), [gate, refresh, lockNow]);
  // The stored language. Settings are not sealed, so the lock screens read it too, from a plain store opened
  // for that one read; they never write it (a settings change writes a sealed audit entry). A language picked
  // on a lock screen is saved once the store is open.
  const pickedWhileLocked = useRef<Lang | null>(null);
  const setting = useMemo<LanguageSetting>(
    () => ({
      load: async () => {
        const picked = pickedWhileLocked.current;
        pickedWhileLocked.current = null;
        if (picked) {
          await pageStore.store.saveSettings({ language: picked });
          return picked;
        }
        // Unreadable settings: the page works with the defaults, and the shell says so (the error's message).
        const { settings, unreadable } = await pageStore.store.readSettings();
        if (unreadable) throw unreadable;
        return settings.language;
      },
      save: async (language) => {
        await pageStore.store.saveSettings({ language });
      },
    }),
    [pageStore],
  );
  const lockedSetting = useMemo<LanguageSetting>(
    () => ({
      load: async () => {
        const plain = await openStore();
        try {
          return (await plain.readSettings()).settings.language;
        } finally {
          plain.close();
        }
      },
      save: async (language) => {
        pickedWhileLocked.current = language;
      },
    }),
    [],
  );

  let content;
  if (gate.kind === 'checking') content = null;
  // The lock's state could not be read, or the store not opened: the page says why (its store error).
  else if (gate.kind === 'failed') content = <Page store={null} storeError={gate.error} />;
  else if (isOpen(gate)) content = storeError ? <Page store={null} storeError={storeError} /> : <Page store={pageStore.store} />;
  else content = <LockedPage />;
  return (
    <LanguageProvider setting={isOpen(gate) ? setting : gate.kind === 'checking' ? undefined : lockedSetting}>
      <LockContext.Provider value={control}>{content}</LockContext.Provider>
    </LanguageProvider>
  );
}

export function startPage(Page: ComponentType<PageProps>, root: HTMLElement = document.getElementById('root')!): void {
  if (trainingOn()) startTrainingPage(Page, root);
  else render(<PageGate Page={Page} />, root);
}

/**
 * A page in training mode: the training database, opened at once (no passphrase: its clients are fictional),
 * the language stored in it, and the training marker above every screen.
 */
function startTrainingPage(Page: ComponentType<PageProps>, root: HTMLElement): void {
  const store = openStoreFor(true);
  const languageSetting: LanguageSetting = {
    load: async () => {
      const { settings, unreadable } = await (await store).readSettings();
      if (unreadable) throw unreadable;
      return settings.language;
    },
    save: async (language) => {
      await (await store).saveSettings({ language });
    },
  };
  const show = (props: PageProps) =>
    render(
      <LanguageProvider setting={languageSetting}>
        <TrainingMarker />
        <Page {...props} />
      </LanguageProvider>,
      root,
    );
  show({ store: deferredStore(store), training: true });
  store.catch((error: unknown) => show({ store: null, storeError: error, training: true }));
}

/** On every screen of every Trede page while training (src/training/mode.ts): nobody mistakes it for real work. */
function TrainingMarker() {
  const { t } = useLanguage();
  return <p class="training-marker">{t('training.marker')}</p>;
}
