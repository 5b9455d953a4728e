/** Mounting the side panel on a given view, with the real store, for the results/history/outcomes tests. */
import type { AnswerValue } from '@trede/core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { App } from '../../src/app/App';
import type { View } from '../../src/app/navigation';
import { LanguageProvider } from '../../src/i18n/context';
import type { Lang } from '../../src/i18n/t';
import type { TredeStore } from '../../src/store/repo';
import type { IntakeRecord } from '../../src/store/schema';

const require = createRequire(import.meta.url);
const coreDir = dirname(require.resolve('@trede/core/package.json'));

export interface Persona {
  id: string;
  intake: { date: string; referenceGroup: 'total' | 'control' | 'intervention'; answers: Record<string, AnswerValue> };
}

export function persona(id: string): Persona {
  const all = JSON.parse(readFileSync(join(coreDir, 'examples', 'personas.json'), 'utf8')) as Persona[];
  const found = all.find((p) => p.id === id);
  if (!found) throw new Error(`no persona ${id}`);
  return found;
}

/** Completes an intake with a persona's answers (optionally changed) through the real store. */
export async function completePersona(store: TredeStore, clientKey: string, id: string, patch: { date?: string; answers?: Record<string, AnswerValue> } = {}): Promise<IntakeRecord> {
  const p = persona(id);
  const outcome = await store.completeIntake(clientKey, {
    date: patch.date ?? p.intake.date,
    referenceGroup: p.intake.referenceGroup,
    answers: { ...p.intake.answers, ...patch.answers },
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.intake;
}

export interface Mounted {
  root: HTMLElement;
  q(selector: string): HTMLElement;
  qa(selector: string): HTMLElement[];
  byTestId(id: string): HTMLElement;
  unmount(): void;
}

export async function mountView(store: TredeStore, view: View, lang: Lang = 'nl'): Promise<Mounted> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(
      <LanguageProvider initial={lang}>
        <App store={store} initialView={view} />
      </LanguageProvider>,
      root,
    );
  });
  const q = (selector: string) => root.querySelector(selector) as HTMLElement;
  return {
    root,
    q,
    qa: (selector) => [...root.querySelectorAll(selector)] as HTMLElement[],
    byTestId: (id) => q(`[data-testid="${id}"]`),
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

/** Waits until check() gives something truthy (the store answers asynchronously; Preact renders on its own). */
export async function waitFor<T>(check: () => T): Promise<NonNullable<T>> {
  return vi.waitFor(() => {
    const v = check();
    if (!v) throw new Error('not yet');
    return v as NonNullable<T>;
  });
}

/** Sets a form field's value and fires the event Preact listens to. */
export async function setValue(el: HTMLElement, value: string, event: 'input' | 'change' = 'input'): Promise<void> {
  await act(async () => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
}
