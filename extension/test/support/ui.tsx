import { render } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { AppContext, type AppContextValue, type CurrentClient, type View } from '../../src/app/navigation';
import { LanguageProvider } from '../../src/i18n/context';
import type { Lang } from '../../src/i18n/t';
import type { TredeStore } from '../../src/store/repo';
import { ClientScreen } from '../../src/ui/screens/ClientScreen';
import { IntakeScreen } from '../../src/ui/screens/IntakeScreen';

/**
 * The app context with a real store and the client and intake screens; every other screen is a stub
 * (`stub-<screen>`), so these tests do not depend on the results screens. `navigations` records every view.
 */
export interface Mounted {
  root: HTMLElement;
  navigations: View[];
  unmount(): void;
}

function Harness(props: { store: TredeStore; initial: View; masked: string | null; client?: CurrentClient; navigations: View[] }) {
  const [view, setView] = useState<View>(props.initial);
  const [current, setCurrent] = useState<CurrentClient | null>(() =>
    props.client ?? (props.masked === null ? null : { clientKey: 'clientKey' in props.initial ? props.initial.clientKey : '', masked: props.masked, bsn: false }),
  );
  const value = useMemo<AppContextValue>(
    () => ({
      store: props.store,
      view,
      navigate: (next) => {
        props.navigations.push(next);
        setView(next);
      },
      maskedReference: current?.masked ?? null,
      currentClient: current,
      setCurrentClient: setCurrent,
    }),
    [view, current],
  );
  const screen =
    view.screen === 'client' ? <ClientScreen /> : view.screen === 'intake' ? <IntakeScreen /> : <div data-testid={`stub-${view.screen}`} />;
  return <AppContext.Provider value={value}>{screen}</AppContext.Provider>;
}

export async function mountScreens(store: TredeStore, initial: View, options: { masked?: string | null; client?: CurrentClient; lang?: Lang } = {}): Promise<Mounted> {
  const root = document.createElement('div');
  document.body.append(root);
  const navigations: View[] = [];
  await act(async () => {
    render(
      <LanguageProvider initial={options.lang ?? 'nl'}>
        <Harness store={store} initial={initial} masked={options.masked ?? null} client={options.client} navigations={navigations} />
      </LanguageProvider>,
      root,
    );
  });
  return {
    root,
    navigations,
    unmount() {
      render(null, root);
      root.remove();
    },
  };
}

export function $(root: ParentNode, selector: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`No element for ${selector}`);
  return el;
}

export const byTestId = (root: ParentNode, id: string) => $(root, `[data-testid="${id}"]`);

/**
 * Waits (with act) until `selector` is in the document and returns it. Generous: the suite runs its files in
 * parallel on two cores, where scoring and rendering a whole results screen can take seconds.
 */
export async function waitFor(root: ParentNode, selector: string): Promise<HTMLElement> {
  let found: HTMLElement | null = null;
  await vi.waitFor(
    async () => {
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
      found = root.querySelector<HTMLElement>(selector);
      if (!found) throw new Error(`waiting for ${selector}`);
    },
    { timeout: 15_000, interval: 10 },
  );
  return found!;
}

/** Lets pending promises and renders settle. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
}

export async function typeInto(input: HTMLInputElement, text: string, commit = false): Promise<void> {
  await act(async () => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (commit) input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
