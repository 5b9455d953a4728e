// @vitest-environment happy-dom
import { render, type ComponentType } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyScreen } from '../src/app/lazy-screen';
import { LanguageProvider } from '../src/i18n/context';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(Screen: ComponentType) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () =>
    render(
      <LanguageProvider initial="nl">
        <Screen />
      </LanguageProvider>,
      root,
    ),
  );
}

describe('lazyScreen', () => {
  it('shows "loading" until the code is there, then the screen; loads once', async () => {
    let resolve!: (c: () => unknown) => void;
    const load = vi.fn(() => new Promise<() => unknown>((r) => (resolve = r)));
    const Lazy = lazyScreen(load as never);
    await show(Lazy);
    expect(root.textContent).toBe('Bezig met laden…');
    await act(async () => resolve(() => <p data-testid="real">echt scherm</p>));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="real"]')).not.toBeNull());
    await Lazy.preload();
    expect(load).toHaveBeenCalledOnce();
  });

  it('says so when the code cannot be loaded, and tries again on the next visit', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValue(() => <p data-testid="real">ok</p>);
    const Lazy = lazyScreen(load);
    await show(Lazy);
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('kon niet worden geladen'));
    render(null, root);
    root.remove();
    await show(Lazy);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="real"]')).not.toBeNull());
    expect(load).toHaveBeenCalledTimes(2);
  });
});
