// @vitest-environment happy-dom
// Asking the browser to keep Trede's data (persistent storage): once per install, and shown on the options page.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../src/i18n/context';
import { askPersistenceOnce } from '../src/store/persistence';
import { openStore, type TredeStore } from '../src/store/repo';
import { StorageSettings } from '../src/ui/settings/StorageSettings';
import { rawPut, uniqueName } from './support/store';
import { byTestId, click, waitFor } from './support/ui';

/** The browser's StorageManager as a fake: whether it keeps the data, and whether it agrees when asked. */
function fakeStorage(state: { persisted: boolean; grants: boolean }) {
  const storage = {
    persisted: vi.fn(async () => state.persisted),
    persist: vi.fn(async () => {
      state.persisted = state.grants;
      return state.grants;
    }),
    estimate: vi.fn(async () => ({ usage: 2_400_000, quota: 300_000_000 })),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

const stores: TredeStore[] = [];
let root: HTMLElement | null = null;
afterEach(() => {
  stores.splice(0).forEach((s) => s.close());
  if (root) render(null, root);
  root?.remove();
  root = null;
});

async function store(): Promise<TredeStore> {
  const s = await openStore({ name: uniqueName('persist') });
  stores.push(s);
  return s;
}

describe('asking for persistent storage', () => {
  it('asks once per install and remembers that it asked, whatever the answer', async () => {
    const s = await store();
    const storage = fakeStorage({ persisted: false, grants: false });
    expect(await askPersistenceOnce(s, () => new Date('2026-11-23T09:00:00.000Z'))).toBe(false);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect((await s.getSettings()).persistenceAskedAt).toBe('2026-11-23T09:00:00.000Z');
    expect(await askPersistenceOnce(s)).toBe(false);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask when the data is kept already, nor while the settings cannot be read', async () => {
    const s = await store();
    const storage = fakeStorage({ persisted: true, grants: true });
    expect(await askPersistenceOnce(s)).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
    fakeStorage({ persisted: false, grants: true });
    await rawPut(s.db.name, 'settings', { language: 'xx' }, 'settings');
    expect(await askPersistenceOnce(s)).toBe(false);
    expect(navigator.storage.persist).not.toHaveBeenCalled();
  });
});

describe('the storage section of the options page', () => {
  async function show(s: TredeStore, lang: 'nl' | 'en' = 'nl') {
    root = document.createElement('div');
    document.body.append(root);
    await act(async () =>
      render(
        <LanguageProvider initial={lang}>
          <StorageSettings store={s} />
        </LanguageProvider>,
        root!,
      ),
    );
    return waitFor(root, '[data-testid="storage-persisted"]');
  }

  it('says the data may be cleared when the browser has not promised to keep it, and asks again on request', async () => {
    const s = await store();
    const storage = fakeStorage({ persisted: false, grants: true });
    const state = await show(s);
    expect(state.dataset.persisted).toBe('false');
    expect(state.textContent).toContain('mag de browser ze opruimen');
    expect(byTestId(root!, 'storage-usage').textContent).toBe('In gebruik: 2,4 MB van de 300 MB die de browser Trede toestaat.');
    await click(byTestId(root!, 'storage-ask'));
    await vi.waitFor(() => expect(byTestId(root!, 'storage-persisted').dataset.persisted).toBe('true'));
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(root!.textContent).toContain('Trede vroeg erom op');
    expect(root!.querySelector('[data-testid="storage-ask"]')).toBeNull();
  });

  it('in English too, and says so when the browser cannot tell', async () => {
    const s = await store();
    Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true });
    const state = await show(s, 'en');
    expect(state.dataset.persisted).toBe('null');
    expect(state.textContent).toBe('This browser does not say whether it keeps Trede’s data.');
  });
});
