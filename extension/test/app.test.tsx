// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/app/App';
import { LanguageProvider, type LanguageSetting } from '../src/i18n/context';
import { openStore } from '../src/store/repo';
import { uniqueName } from './support/store';

let root: HTMLElement;

async function mount(setting?: LanguageSetting) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(
      <LanguageProvider setting={setting}>
        <App />
      </LanguageProvider>,
      root,
    );
  });
  // Let the stored language load: the store's read is asynchronous, so wait until the setting has been
  // asked for and a few macrotasks have passed, rather than one tick (which raced under load).
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}

afterEach(() => {
  render(null, root);
  root.remove();
});

const q = (selector: string) => root.querySelector(selector) as HTMLElement;

describe('side panel shell', () => {
  it('shows the header, the language switch and the app area, in Dutch by default', async () => {
    await mount();
    expect(q('h1').textContent).toBe('Trede');
    expect(q('[data-testid="app"]').textContent).toContain('Bezig met laden');
    expect(q('[data-testid="lang-nl"]').getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('switches to English and saves the choice', async () => {
    const setting: LanguageSetting = { load: vi.fn(async () => 'nl' as const), save: vi.fn(async () => {}) };
    await mount(setting);
    await act(async () => q('[data-testid="lang-en"]').click());
    expect(q('[data-testid="app"]').textContent).toContain('Loading');
    expect(q('[data-testid="lang-en"]').getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(setting.save).toHaveBeenCalledWith('en');
  });

  it('starts in the stored language, persisted in the store’s settings', async () => {
    const name = uniqueName();
    const store = await openStore({ name });
    await store.saveSettings({ language: 'en' });
    const setting: LanguageSetting = {
      load: async () => (await store.getSettings()).language,
      save: async (language) => {
        await store.saveSettings({ language });
      },
    };
    await mount(setting);
    await vi.waitFor(() => expect(q('[data-testid="app"]').textContent).toContain('Loading'));
    await act(async () => q('[data-testid="lang-nl"]').click());
    await vi.waitFor(async () => expect((await store.getSettings()).language).toBe('nl'));
    store.close();
  });

  it('keeps working in Dutch and says so when the setting cannot be read', async () => {
    await mount({ load: () => Promise.reject(new Error('corrupt')), save: async () => {} });
    expect(q('[role="alert"]').textContent).toContain('De instellingen konden niet worden gelezen');
    expect(q('[data-testid="app"]').textContent).toContain('Bezig met laden');
  });
});

describe('side panel shell without a store', () => {
  it('says the local data could not be opened, and why, instead of loading forever', async () => {
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(
        <LanguageProvider initial="nl">
          <App store={null} storeError={new Error('QuotaExceededError')} pageApis={null} />
        </LanguageProvider>,
        root,
      );
    });
    const alert = q('[data-testid="store-error"]');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('konden niet worden geopend');
    expect(alert.textContent).toContain('QuotaExceededError');
    expect(root.textContent).not.toContain('Bezig met laden');
  });
});
