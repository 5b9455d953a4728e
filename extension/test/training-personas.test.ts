// The demo data has one truth: what a Werkplein Demo client's page shows, read the way the demo's adapter
// reads it, gives exactly the answers of that client's persona (Anouk's page says 2 children, youngest 2;
// her answers say so too). And every client of the demo can be picked in training mode, with a story.
import { describe, expect, it } from 'vitest';
import { convertPrefill } from '../src/adapters/prefill';
import { PRESETS } from '../src/adapters/presets';
import type { PrefillItemId } from '../src/adapters/schema';
import { TRAINING_PERSONAS, type DemoClient, type TrainingPersona } from '../src/training/personas';
import demo from '../demo/clients.json';

/** What the demo's pages put in each field the adapter reads (extension/demo/lib.js and klant.js). */
async function pageTexts(client: DemoClient): Promise<Record<string, string | null>> {
  const lib = (await import('../demo/lib.js' as string)) as { childrenText(c: DemoClient): string };
  return {
    '#geboortedatum time': client.dateOfBirth,
    '#aantal-kinderen': lib.childrenText(client),
    '#laatste-baan time': client.lastJobEnded,
    '#uitkering-sinds time': client.benefitSince,
  };
}

/** The answers the multi-page demo's preset adapter takes from a client's page on the intake day. */
async function answersFromPage(persona: TrainingPersona, day: string): Promise<Record<string, unknown>> {
  const adapter = PRESETS.find((a) => a.id === 'werkplein-demo')!;
  const texts = await pageTexts(persona.page);
  const answers: Record<string, unknown> = {};
  for (const rule of adapter.prefill ?? []) {
    const shown = texts[rule.selector];
    if (shown === undefined) throw new Error(`the test does not know what the page shows at ${rule.selector}`);
    if (shown === null) continue;
    const raw = rule.pattern ? new RegExp(rule.pattern).exec(shown)?.[1] : shown;
    if (raw === undefined) continue;
    const converted = convertPrefill(rule.item as PrefillItemId, rule.convert, raw, day);
    if (converted.ok) answers[rule.item] = converted.value;
  }
  return answers;
}

const scored = TRAINING_PERSONAS.filter((p) => p.intake);

describe('training personas and the demo pages', () => {
  it('every persona of @trede/core has a demo client, and every demo client is in the picker with a story in nl and en', () => {
    expect(TRAINING_PERSONAS.map((p) => p.clientNumber)).toEqual(demo.clients.map((c) => c.clientNumber));
    expect(scored.length).toBeGreaterThanOrEqual(8);
    for (const p of TRAINING_PERSONAS) {
      expect(p.story.nl.length, p.id).toBeGreaterThan(20);
      expect(p.story.en.length, p.id).toBeGreaterThan(20);
    }
  });

  for (const persona of scored) {
    it(`${persona.id}: the page read by the demo adapter gives the persona's own answers`, async () => {
      const intake = persona.intake!;
      const fromPage = await answersFromPage(persona, intake.date);
      // Every fact the page shows agrees with an answer, and no answer the page could show is missing there.
      const pageItems = ['bg.age', 'bg.children', 'bg.youngestChildAge', 'bg.yearsSinceLastJob', 'bg.benefitMonths'];
      const expected = Object.fromEntries(pageItems.filter((id) => id in intake.answers).map((id) => [id, intake.answers[id]]));
      expect(fromPage).toEqual(expected);
    });
  }
});
