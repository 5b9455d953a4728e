// @vitest-environment happy-dom
// The lock screens and the page gate (issue 10), against the lock API of src/store/lock.ts, mocked here: what
// the page shows for each lock state, what the set-up and unlock screens refuse and say, and that locking
// waits for saves still pending. The lock's own workings are tested with the store.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LockState } from '../src/store/lock';
import type { TredeStore } from '../src/store/repo';
import { VaultError } from '../src/store/vault';
import { byTestId, click, settle, typeInto, waitFor } from './support/ui';

const lockApi = vi.hoisted(() => {
  const listeners = new Set<() => void>();
  return {
    state: { kind: 'unset', hasData: false } as LockState,
    listeners,
    lockState: vi.fn(),
    setUpEncryption: vi.fn(),
    chooseNoEncryption: vi.fn(),
    unlock: vi.fn(),
    lock: vi.fn(),
    changePassphrase: vi.fn(),
    eraseEverything: vi.fn(),
    touchActivity: vi.fn(),
    openUnlockedStore: vi.fn(),
    onLockChange: vi.fn((listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  };
});

vi.mock('../src/store/lock', () => lockApi);
vi.mock('../src/store/lock-actions', () => lockApi);

import { PageGate, type PageProps } from '../src/app/boot';
import { PageStore } from '../src/app/page-store';
import { keepUntilSaved } from '../src/app/pending-saves';
import { Shell } from '../src/app/Shell';
import { LockSettings } from '../src/ui/lock/LockSettings';
import { LockContext } from '../src/app/lock-context';
import { LanguageProvider } from '../src/i18n/context';
import { TredeError } from '../src/errors';
import { openStore } from '../src/store/repo';

const PASS = 'correct horse battery staple';

/** A stand-in page: the real shell (with the lock button), and what store it got. */
function FakePage(props: PageProps) {
  return (
    <Shell tagline="" mainClass="fake" testId="fake-page">
      <span data-testid={props.store ? 'page-has-store' : 'page-no-store'}>{props.storeError ? String(props.storeError) : null}</span>
    </Shell>
  );
}

let root: HTMLElement;
let settings: { lockAfterMinutes: number; language: 'nl' | 'en' };
let store: TredeStore;

beforeEach(() => {
  settings = { lockAfterMinutes: 15, language: 'nl' };
  store = {
    readSettings: vi.fn(async () => ({ settings, unreadable: null })),
    getSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async (patch: Partial<typeof settings>) => Object.assign(settings, patch)),
  } as unknown as TredeStore;
  lockApi.listeners.clear();
  for (const fn of Object.values(lockApi)) if (typeof fn === 'function' && 'mockReset' in fn) (fn as ReturnType<typeof vi.fn>).mockClear();
  lockApi.lockState.mockImplementation(async () => lockApi.state);
  lockApi.openUnlockedStore.mockImplementation(async () => store);
  lockApi.setUpEncryption.mockImplementation(async () => {
    lockApi.state = { kind: 'unlocked' };
  });
  lockApi.chooseNoEncryption.mockImplementation(async () => {
    lockApi.state = { kind: 'off' };
  });
  lockApi.unlock.mockImplementation(async (passphrase: string) => {
    if (passphrase !== PASS) throw new VaultError('wrong-passphrase');
    lockApi.state = { kind: 'unlocked' };
  });
  lockApi.lock.mockImplementation(async () => {
    lockApi.state = { kind: 'locked' };
  });
  lockApi.changePassphrase.mockImplementation(async (current: string) => {
    if (current !== PASS) throw new VaultError('wrong-passphrase');
  });
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

async function start(state: LockState): Promise<void> {
  lockApi.state = state;
  await act(async () => {
    render(<PageGate Page={FakePage} />, root);
  });
  await settle();
}

const q = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const input = (id: string) => byTestId(root, id) as HTMLInputElement;
/** Another page locked, unlocked or set up: every page hears it. */
const announce = async () => {
  await act(async () => lockApi.listeners.forEach((listener) => listener()));
  await settle();
};

describe('page start by lock state', () => {
  it('first run: the set-up screen, the warning before the passphrase fields, and no page', async () => {
    await start({ kind: 'unset', hasData: false });
    const screen = await waitFor(root, '[data-testid="setup-screen"]');
    expect(q('fake-page')).toBeNull();
    expect(lockApi.openUnlockedStore).not.toHaveBeenCalled();
    const warning = byTestId(screen, 'setup-warning');
    expect(warning.textContent).toContain('Niemand kan uw wachtzin terughalen');
    // The warning comes first in reading (and tab) order.
    expect(warning.compareDocumentPosition(byTestId(screen, 'setup-passphrase')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(q('setup-existing')).toBeNull();
    expect(q('lock-now')).toBeNull();
    expect(document.activeElement?.id).toBe('setup-heading');
  });

  it('an install from before encryption says its records will be encrypted in place, and shows the progress', async () => {
    let report: ((done: number, total: number) => void) | undefined;
    let finish!: () => void;
    lockApi.setUpEncryption.mockImplementation(
      (_p: string, progress: (done: number, total: number) => void) =>
        new Promise<void>((resolve) => {
          report = progress;
          finish = () => {
            lockApi.state = { kind: 'unlocked' };
            resolve();
          };
        }),
    );
    await start({ kind: 'unset', hasData: true });
    await waitFor(root, '[data-testid="setup-screen"]');
    expect(byTestId(root, 'setup-existing').textContent).toContain('worden hier op deze computer versleuteld');
    await typeInto(input('setup-passphrase'), PASS);
    await typeInto(input('setup-repeat'), PASS);
    await click(input('setup-acknowledge'));
    await click(byTestId(root, 'setup-encrypt'));
    await act(async () => report!(40, 120));
    expect(byTestId(root, 'lock-progress').textContent).toContain('40 van 120');
    expect((byTestId(root, 'setup-encrypt') as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish());
    await settle();
    await waitFor(root, '[data-testid="fake-page"]');
  });

  it('locked: the unlock screen with the field focused, and what to do when the passphrase is lost', async () => {
    await start({ kind: 'locked' });
    await waitFor(root, '[data-testid="unlock-screen"]');
    expect(q('fake-page')).toBeNull();
    expect(document.activeElement).toBe(input('unlock-passphrase'));
    expect(byTestId(root, 'unlock-lost').textContent).toContain('Niemand kan hem herstellen');
    expect(lockApi.openUnlockedStore).not.toHaveBeenCalled();
  });

  it('unlocked: the page at once, with its store and the lock button; off: the page without a lock button', async () => {
    await start({ kind: 'unlocked' });
    expect(q('page-has-store')).not.toBeNull();
    expect(q('lock-now')).not.toBeNull();
    render(null, root);
    await start({ kind: 'off' });
    expect(q('page-has-store')).not.toBeNull();
    expect(q('lock-now')).toBeNull();
  });

  it('a lock state that cannot be read is passed to the page as its store error (which the page says), without a store', async () => {
    lockApi.lockState.mockImplementation(async () => {
      throw new Error('database gone');
    });
    await start({ kind: 'locked' });
    expect(byTestId(root, 'page-no-store').textContent).toContain('database gone');
    expect(q('page-has-store')).toBeNull();
    expect(q('unlock-screen')).toBeNull();
  });
});

describe('set-up screen', () => {
  beforeEach(async () => {
    await start({ kind: 'unset', hasData: false });
    await waitFor(root, '[data-testid="setup-screen"]');
  });

  it('refuses a short passphrase by its length, sets nothing, and moves focus to the field', async () => {
    await typeInto(input('setup-passphrase'), 'kort wacht');
    await typeInto(input('setup-repeat'), 'kort wacht');
    await click(input('setup-acknowledge'));
    await click(byTestId(root, 'setup-encrypt'));
    expect(byTestId(root, 'setup-passphrase-error').textContent).toBe('De wachtzin is te kort: 10 tekens, er zijn er minstens 12 nodig. Er is niets ingesteld.');
    expect(input('setup-passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(input('setup-passphrase').getAttribute('aria-describedby')).toContain('setup-passphrase-error');
    expect(document.activeElement).toBe(input('setup-passphrase'));
    expect(lockApi.setUpEncryption).not.toHaveBeenCalled();
  });

  it('refuses two different passphrases and an unticked warning, each under its own field, in English too', async () => {
    await click(byTestId(root, 'lang-en'));
    await typeInto(input('setup-passphrase'), PASS);
    await typeInto(input('setup-repeat'), `${PASS}!`);
    await click(byTestId(root, 'setup-encrypt'));
    expect(byTestId(root, 'setup-repeat-error').textContent).toBe('The two passphrases are not the same. Nothing was set; type the same passphrase twice.');
    expect(byTestId(root, 'setup-acknowledge-error').textContent).toContain('First tick that you understand');
    expect(document.activeElement).toBe(input('setup-repeat'));
    expect(lockApi.setUpEncryption).not.toHaveBeenCalled();
  });

  it('needs the tick even when the passphrases are right', async () => {
    await typeInto(input('setup-passphrase'), PASS);
    await typeInto(input('setup-repeat'), PASS);
    await click(byTestId(root, 'setup-encrypt'));
    expect(byTestId(root, 'setup-acknowledge-error').textContent).toContain('Vink eerst aan');
    expect(document.activeElement).toBe(input('setup-acknowledge'));
    expect(lockApi.setUpEncryption).not.toHaveBeenCalled();
  });

  it('encrypts with the passphrase, then opens the page with the lock button', async () => {
    await typeInto(input('setup-passphrase'), PASS);
    await typeInto(input('setup-repeat'), PASS);
    await click(input('setup-acknowledge'));
    await click(byTestId(root, 'setup-encrypt'));
    expect(lockApi.setUpEncryption).toHaveBeenCalledWith(PASS, expect.any(Function));
    await waitFor(root, '[data-testid="fake-page"]');
    expect(q('lock-now')).not.toBeNull();
    expect(q('page-has-store')).not.toBeNull();
  });

  it('a refusal by the vault is shown under the passphrase, and the form stays', async () => {
    lockApi.setUpEncryption.mockRejectedValueOnce(new VaultError('weak-passphrase'));
    await typeInto(input('setup-passphrase'), PASS);
    await typeInto(input('setup-repeat'), PASS);
    await click(input('setup-acknowledge'));
    await click(byTestId(root, 'setup-encrypt'));
    await settle();
    expect(byTestId(root, 'setup-passphrase-error').textContent).toBe(new VaultError('weak-passphrase').nl);
    expect(q('setup-screen')).not.toBeNull();
  });

  it('working without encryption says what that means, records the choice and opens the page without a lock button', async () => {
    expect(byTestId(root, 'setup-plain-choice').textContent).toContain('een kopie van dit browserprofiel geeft alles prijs');
    expect(byTestId(root, 'setup-plain-choice').textContent).toContain('later alsnog aanzetten in de instellingen');
    await click(byTestId(root, 'setup-plain'));
    expect(lockApi.chooseNoEncryption).toHaveBeenCalledTimes(1);
    expect(lockApi.setUpEncryption).not.toHaveBeenCalled();
    await waitFor(root, '[data-testid="fake-page"]');
    expect(q('lock-now')).toBeNull();
  });
});

describe('unlock screen', () => {
  beforeEach(async () => {
    await start({ kind: 'locked' });
    await waitFor(root, '[data-testid="unlock-screen"]');
  });

  it('a wrong passphrase: a clear message, still locked, the field focused to try again', async () => {
    await typeInto(input('unlock-passphrase'), 'correct horse battery stapler');
    await click(byTestId(root, 'unlock-submit'));
    await settle();
    expect(byTestId(root, 'unlock-passphrase-error').textContent).toBe(
      'Deze wachtzin klopt niet. Er is niets veranderd; probeer het opnieuw. Let op hoofdletters, spaties en Caps Lock.',
    );
    expect(q('fake-page')).toBeNull();
    expect(lockApi.openUnlockedStore).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(input('unlock-passphrase'));
  });

  it('says while Caps Lock is on, and not once it is off', async () => {
    const key = (type: string, on: boolean) => {
      const event = new KeyboardEvent(type, { key: 'A', bubbles: true });
      Object.defineProperty(event, 'getModifierState', { value: (name: string) => name === 'CapsLock' && on });
      return act(async () => void input('unlock-passphrase').dispatchEvent(event));
    };
    await key('keydown', true);
    expect(byTestId(root, 'unlock-passphrase-caps').textContent).toBe('Caps Lock staat aan.');
    expect(input('unlock-passphrase').getAttribute('aria-describedby')).toContain('unlock-passphrase-caps');
    await key('keyup', false);
    expect(q('unlock-passphrase-caps')).toBeNull();
  });

  it('an empty field is named without asking the vault', async () => {
    await click(byTestId(root, 'unlock-submit'));
    expect(byTestId(root, 'unlock-passphrase-error').textContent).toBe('Vul uw wachtzin in.');
    expect(lockApi.unlock).not.toHaveBeenCalled();
  });

  it('a lost passphrase: erasing asks first, says what goes, can be cancelled, and only the second button erases', async () => {
    lockApi.eraseEverything.mockImplementation(async () => {
      lockApi.state = { kind: 'unset', hasData: false };
    });
    await click(byTestId(root, 'unlock-erase'));
    expect(lockApi.eraseEverything).not.toHaveBeenCalled();
    expect(byTestId(root, 'unlock-erase-warning').textContent).toContain('kan niet ongedaan worden gemaakt');
    expect(document.activeElement).toBe(byTestId(root, 'unlock-erase-warning'));
    await click(byTestId(root, 'unlock-erase-cancel'));
    await settle();
    expect(q('unlock-erase-warning')).toBeNull();
    expect(lockApi.eraseEverything).not.toHaveBeenCalled();
    await click(byTestId(root, 'unlock-erase'));
    await click(byTestId(root, 'unlock-erase-confirm'));
    await waitFor(root, '[data-testid="setup-screen"]');
    expect(lockApi.eraseEverything).toHaveBeenCalledTimes(1);
  });

  it('the right passphrase opens the page; progress of sealing is shown while it runs', async () => {
    lockApi.unlock.mockImplementationOnce(async (_p: string, progress: (done: number, total: number) => void) => {
      progress(3, 7);
      await new Promise((resolve) => setTimeout(resolve, 30));
      lockApi.state = { kind: 'unlocked' };
    });
    await typeInto(input('unlock-passphrase'), PASS);
    await click(byTestId(root, 'unlock-submit'));
    expect(byTestId(root, 'lock-progress').textContent).toContain('3 van 7');
    await waitFor(root, '[data-testid="fake-page"]');
    expect(lockApi.unlock).toHaveBeenCalledWith(PASS, expect.any(Function));
  });
});

describe('locking', () => {
  it('locked on another page: this page goes to the unlock screen at once', async () => {
    await start({ kind: 'unlocked' });
    expect(q('fake-page')).not.toBeNull();
    lockApi.state = { kind: 'locked' };
    await announce();
    await waitFor(root, '[data-testid="unlock-screen"]');
    expect(q('fake-page')).toBeNull();
  });

  it('shown again after being hidden: the page asks the lock again (the idle time may have run out meanwhile)', async () => {
    await start({ kind: 'unlocked' });
    lockApi.state = { kind: 'locked' };
    await act(async () => void document.dispatchEvent(new Event('visibilitychange')));
    await waitFor(root, '[data-testid="unlock-screen"]');
  });

  it('locked on another page while a save is pending: the save lands with the store opened before, then calls wait', async () => {
    await start({ kind: 'unlocked' });
    const release = keepUntilSaved(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await store.saveSettings({ lockAfterMinutes: 20 });
    });
    try {
      lockApi.state = { kind: 'locked' };
      await announce();
      await waitFor(root, '[data-testid="unlock-screen"]');
      await vi.waitFor(() => expect(store.saveSettings).toHaveBeenCalledWith({ lockAfterMinutes: 20 }));
      expect(lockApi.openUnlockedStore).toHaveBeenCalledTimes(1);
    } finally {
      release();
    }
  });

  it('a store that could not be opened is the page’s error; locked after that, the unlock screen shows, not the old error', async () => {
    lockApi.openUnlockedStore.mockImplementationOnce(async () => {
      throw new Error('disk on fire');
    });
    await start({ kind: 'unlocked' });
    expect(byTestId(root, 'page-no-store').textContent).toContain('disk on fire');
    lockApi.state = { kind: 'locked' };
    await announce();
    await waitFor(root, '[data-testid="unlock-screen"]');
    expect(q('page-no-store')).toBeNull();
  });

  it('locked between the question and the opening: the unlock screen, not an error', async () => {
    let first = true;
    lockApi.openUnlockedStore.mockImplementation(async () => {
      if (!first) return store;
      first = false;
      lockApi.state = { kind: 'locked' };
      throw new TredeError('error.store.locked');
    });
    await start({ kind: 'unlocked' });
    await waitFor(root, '[data-testid="unlock-screen"]');
    expect(q('page-no-store')).toBeNull();
  });

  it('the lock button waits for saves still pending, then locks, and the page shows the unlock screen', async () => {
    await start({ kind: 'unlocked' });
    const order: string[] = [];
    let landed!: () => void;
    const release = keepUntilSaved(
      () =>
        new Promise<void>((resolve) => {
          landed = () => {
            order.push('saved');
            resolve();
          };
        }),
    );
    lockApi.lock.mockImplementation(async () => {
      order.push('locked');
      lockApi.state = { kind: 'locked' };
    });
    try {
      await click(byTestId(root, 'lock-now'));
      await settle();
      expect(lockApi.lock).not.toHaveBeenCalled();
      await act(async () => landed());
      await waitFor(root, '[data-testid="unlock-screen"]');
      expect(order).toEqual(['saved', 'locked']);
    } finally {
      release();
    }
  });

  it('the caseworker’s keys, clicks and scrolling count as activity while unlocked, not on the lock screens', async () => {
    await start({ kind: 'unlocked' });
    await act(async () => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' })));
    await act(async () => void document.dispatchEvent(new Event('pointerdown')));
    await act(async () => void document.dispatchEvent(new Event('wheel')));
    expect(lockApi.touchActivity).toHaveBeenCalledTimes(3);
    lockApi.state = { kind: 'locked' };
    await announce();
    await act(async () => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' })));
    expect(lockApi.touchActivity).toHaveBeenCalledTimes(3);
  });

  it('after switching encryption on elsewhere, the page works with a newly opened store', async () => {
    await start({ kind: 'off' });
    expect(lockApi.openUnlockedStore).toHaveBeenCalledTimes(1);
    lockApi.state = { kind: 'unlocked' };
    await announce();
    expect(lockApi.openUnlockedStore).toHaveBeenCalledTimes(2);
    expect(q('lock-now')).not.toBeNull();
  });
});

describe('language on the lock screens', () => {
  it('the unlock screen speaks the stored language (settings are not sealed), read without the store of an unlocked page', async () => {
    const plain = await openStore();
    await plain.saveSettings({ language: 'en' });
    try {
      await start({ kind: 'locked' });
      await waitFor(root, '[data-testid="unlock-screen"]');
      await vi.waitFor(() => expect(byTestId(root, 'unlock-screen').textContent).toContain('Trede is locked'));
      expect(lockApi.openUnlockedStore).not.toHaveBeenCalled();
    } finally {
      await plain.saveSettings({ language: 'nl' });
      plain.close();
    }
  });

  it('a language picked on the unlock screen is saved once unlocked, not before', async () => {
    await start({ kind: 'locked' });
    await waitFor(root, '[data-testid="unlock-screen"]');
    await click(byTestId(root, 'lang-en'));
    expect(byTestId(root, 'unlock-screen').textContent).toContain('Trede is locked');
    expect(store.saveSettings).not.toHaveBeenCalled();
    await typeInto(input('unlock-passphrase'), PASS);
    await click(byTestId(root, 'unlock-submit'));
    await waitFor(root, '[data-testid="fake-page"]');
    await vi.waitFor(() => expect(store.saveSettings).toHaveBeenCalledWith({ language: 'en' }));
    expect(byTestId(root, 'lang-en').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('the page’s store across locks', () => {
  const lockedError = () => new TredeError('error.store.locked');

  it('a call made while locked waits for the unlock and goes to the store opened then', async () => {
    const pageStore = new PageStore();
    const first = { getSettings: vi.fn(async () => 'first') } as unknown as TredeStore;
    const second = { getSettings: vi.fn(async () => 'second') } as unknown as TredeStore;
    pageStore.open(Promise.resolve(first));
    expect(await pageStore.store.getSettings()).toBe('first');
    pageStore.locked();
    let answer: unknown = null;
    const call = pageStore.store.getSettings().then((value) => (answer = value));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answer).toBeNull();
    pageStore.open(Promise.resolve(second));
    await call;
    expect(answer).toBe('second');
    expect(first.getSettings).toHaveBeenCalledTimes(1);
  });

  it('a save the store refused because it got locked meanwhile is made again after the unlock', async () => {
    const heard = vi.fn();
    const pageStore = new PageStore(heard);
    const stale = { saveDraftChanges: vi.fn(async () => Promise.reject(lockedError())) } as unknown as TredeStore;
    const fresh = { saveDraftChanges: vi.fn(async () => 'saved') } as unknown as TredeStore;
    pageStore.open(Promise.resolve(stale));
    const save = pageStore.store.saveDraftChanges('k' as never, {} as never);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(pageStore.waiting).toBe(true);
    pageStore.open(Promise.resolve(fresh));
    await expect(save).resolves.toBe('saved');
    expect(fresh.saveDraftChanges).toHaveBeenCalledWith('k', {});
  });

  it('any other error is passed on at once', async () => {
    const pageStore = new PageStore();
    pageStore.open(Promise.resolve({ getSettings: vi.fn(async () => Promise.reject(new Error('disk'))) } as unknown as TredeStore));
    await expect(pageStore.store.getSettings()).rejects.toThrow('disk');
    expect(pageStore.waiting).toBe(false);
  });
});

describe('lock settings (options page)', () => {
  async function mountSettings(state: LockState) {
    const refresh = vi.fn();
    await act(async () => {
      render(
        <LanguageProvider initial="nl">
          <LockContext.Provider value={{ state, refresh, lockNow: async () => {} }}>
            <LockSettings store={store} />
          </LockContext.Provider>
        </LanguageProvider>,
        root,
      );
    });
    await settle();
    return refresh;
  }

  it('saves an idle time from 1 to 480 minutes and refuses anything else by its value', async () => {
    await mountSettings({ kind: 'unlocked' });
    expect(input('lock-idle').value).toBe('15');
    await typeInto(input('lock-idle'), '0');
    await click(byTestId(root, 'lock-idle-save'));
    expect(byTestId(root, 'lock-idle-error').textContent).toBe('"0" is geen geldig aantal minuten: verwacht een heel getal van 1 tot 480. Er is niets opgeslagen.');
    await typeInto(input('lock-idle'), '7,5');
    await click(byTestId(root, 'lock-idle-save'));
    expect(byTestId(root, 'lock-idle-error').textContent).toContain('"7,5"');
    await typeInto(input('lock-idle'), '481');
    await click(byTestId(root, 'lock-idle-save'));
    expect(store.saveSettings).not.toHaveBeenCalled();
    await typeInto(input('lock-idle'), '30');
    await click(byTestId(root, 'lock-idle-save'));
    await settle();
    expect(store.saveSettings).toHaveBeenCalledWith({ lockAfterMinutes: 30 });
    expect(q('lock-idle-error')).toBeNull();
    expect(byTestId(root, 'lock-idle-outcome').textContent).toContain('na 30 minuten');
  });

  it('changing the passphrase: a wrong current one is named and changes nothing; the right one changes it', async () => {
    await mountSettings({ kind: 'unlocked' });
    await typeInto(input('lock-change-current'), 'not the passphrase');
    await typeInto(input('lock-change-next'), 'a brand new passphrase');
    await typeInto(input('lock-change-repeat'), 'a brand new passphrase');
    await click(byTestId(root, 'lock-change-submit'));
    await settle();
    expect(byTestId(root, 'lock-change-current-error').textContent).toBe('De huidige wachtzin klopt niet. Er is niets veranderd; de oude wachtzin geldt nog.');
    expect(q('lock-change-outcome')).toBeNull();
    await typeInto(input('lock-change-current'), PASS);
    await click(byTestId(root, 'lock-change-submit'));
    await settle();
    expect(lockApi.changePassphrase).toHaveBeenLastCalledWith(PASS, 'a brand new passphrase');
    expect(byTestId(root, 'lock-change-outcome').textContent).toContain('De wachtzin is gewijzigd');
    expect(input('lock-change-current').value).toBe('');
  });

  it('changing the passphrase: a short or mismatched new one is refused before the vault is asked', async () => {
    await mountSettings({ kind: 'unlocked' });
    await typeInto(input('lock-change-current'), PASS);
    await typeInto(input('lock-change-next'), 'short');
    await click(byTestId(root, 'lock-change-submit'));
    expect(byTestId(root, 'lock-change-next-error').textContent).toContain('te kort: 5 tekens');
    await typeInto(input('lock-change-next'), 'a brand new passphrase');
    await typeInto(input('lock-change-repeat'), 'a brand new passphrasf');
    await click(byTestId(root, 'lock-change-submit'));
    expect(byTestId(root, 'lock-change-repeat-error').textContent).toContain('niet gelijk');
    expect(lockApi.changePassphrase).not.toHaveBeenCalled();
  });

  it('encryption off: says what that means and offers the set-up form (without the choice to stay off)', async () => {
    const refresh = await mountSettings({ kind: 'off' });
    expect(byTestId(root, 'lock-settings').textContent).toContain('Versleuteling staat uit');
    expect(q('setup-plain')).toBeNull();
    expect(q('setup-warning')).not.toBeNull();
    await typeInto(input('setup-passphrase'), PASS);
    await typeInto(input('setup-repeat'), PASS);
    await click(input('setup-acknowledge'));
    await click(byTestId(root, 'setup-encrypt'));
    await settle();
    expect(lockApi.setUpEncryption).toHaveBeenCalledWith(PASS, expect.any(Function));
    expect(refresh).toHaveBeenCalled();
  });
});
