// @vitest-environment happy-dom
// The walkthrough's content: every step renders in Dutch and English for every persona with answers, and
// every number it shows is one @trede/core computed for that persona (or says itself: the client number).
import { DEFAULT_CATALOGUE, MODEL_CARDS, formatNumber, frequencyText, positionText, scoreIntake, type IntakeResult, type Lang } from '@trede/core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../src/i18n/context';
import { TRAINING_PERSONAS } from '../src/training/personas';
import { Walkthrough } from '../src/training/Walkthrough';
import { WALK_STEPS, scaleToExplain, walkthrough, type ScoredPersona, type WalkStep } from '../src/training/walkthrough';

const scored = TRAINING_PERSONAS.filter((p): p is ScoredPersona => p.intake !== null);
const LANGS: Lang[] = ['nl', 'en'];
const resultOf = (p: ScoredPersona): IntakeResult => scoreIntake({ schema: 'trede.intake/1', id: `t-${p.id}`, ...p.intake });

const NUMBER = /[-−]?\d+(?:[.,]\d+)*/g;

/** Every number core's result holds, as text in `lang` at 0–2 decimals, and the numbers inside core's own texts. */
function coreNumbers(p: ScoredPersona, result: IntakeResult, lang: Lang): Set<string> {
  const found = new Set<string>([p.clientNumber]);
  const addText = (s: string) => s.match(NUMBER)?.forEach((n) => found.add(n));
  const visit = (v: unknown): void => {
    if (typeof v === 'number') for (const d of [0, 1, 2]) found.add(formatNumber(v, lang, d));
    else if (typeof v === 'string') addText(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(result);
  visit(p.intake.answers);
  visit(MODEL_CARDS.map((card) => card.bands.why));
  // Questionnaire names and questions are core's too (e.g. "DASS-21").
  visit(DEFAULT_CATALOGUE.instruments.map((i) => [i.title, i.description, i.items.map((it) => it.text), i.responseScale?.options.map((o) => o.label) ?? []]));
  return found;
}

const allText = (steps: WalkStep[]) => steps.flatMap((s) => [s.title, ...s.paragraphs, ...(s.table ? [s.table.caption, ...s.table.head, ...s.table.rows.flat()] : [])]);

describe('walkthrough content', () => {
  it("the scale step's 'counts as' column adds up to core's raw score for every persona (reverse-worded questions included)", () => {
    for (const p of scored) {
      const result = resultOf(p);
      const scale = scaleToExplain(result)!;
      const rule = DEFAULT_CATALOGUE.scales.find((s) => s.scale.id === scale.id)!.scale.scoring;
      const counted = walkthrough(p, result, 'en').find((s) => s.id === 'scale')!.table!.rows.map((r) => Number(r[2]));
      const total = counted.reduce((a, b) => a + b, 0);
      expect(rule.kind === 'mean' ? total / counted.length : total, `${p.id} ${scale.id}`).toBeCloseTo(scale.raw!, 10);
    }
  });

  for (const p of scored) {
    for (const lang of LANGS) {
      it(`${p.id} (${lang}): every step has its text, and every number shown is core's for this persona`, () => {
        const result = resultOf(p);
        const steps = [...walkthrough(p, result, lang), ...walkthrough(p, result, lang, true).filter((s) => s.id === 'overlay')];
        expect(steps.slice(0, WALK_STEPS.length).map((s) => s.id)).toEqual([...WALK_STEPS]);
        for (const text of allText(steps)) {
          expect(text, 'an untranslated key or placeholder').not.toMatch(/\b(walk|training)\.[a-z]|\{\w+\}/);
        }
        for (const s of steps) expect(s.paragraphs.join('').length, s.id).toBeGreaterThan(40);
        const allowed = coreNumbers(p, result, lang);
        const shown = allText(steps).flatMap((t) => t.match(NUMBER) ?? []);
        expect(shown.length).toBeGreaterThan(5);
        expect(shown.filter((n) => !allowed.has(n))).toEqual([]);
      });
    }
  }

  it('the overlay step says the demo adapter is set up when it is, and how to set it up when it is not', () => {
    const anouk = scored.find((p) => p.id === 'anouk')!;
    const result = resultOf(anouk);
    const overlay = (ready: boolean) => walkthrough(anouk, result, 'nl', ready).find((s) => s.id === 'overlay')!.paragraphs[0];
    expect(overlay(true)).toContain('staat al klaar');
    expect(overlay(false)).toContain('Koppelingen beheren');
    expect(overlay(false)).not.toContain('staat al klaar');
  });

  it('Anouk: the scale step explains her anxiety score as core computes it, with its table; the ladder and bands steps show her position and chances', () => {
    const anouk = scored.find((p) => p.id === 'anouk')!;
    const result = resultOf(anouk);
    const scale = scaleToExplain(result)!;
    expect(scale.id).toBe('dassAnxiety');
    const steps = walkthrough(anouk, result, 'nl');
    const step = (id: string) => steps.find((s) => s.id === id)!;
    const scaleText = step('scale').paragraphs.join(' ');
    const ref = scale.reference!;
    for (const n of [scale.score!, ref.mean, ref.sd, ref.z]) expect(scaleText).toContain(formatNumber(n, 'nl'));
    expect(scaleText).toContain(ref.citation.nl);
    // Her four answers, each with what it counts as; together the score.
    const counted = step('scale').table!.rows.map((r) => Number(r[2]));
    expect(counted).toEqual(['dass4.anx1', 'dass4.anx2', 'dass4.anx3', 'dass4.anx4'].map((id) => anouk.intake.answers[id]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(scale.raw);
    expect(step('ladder').paragraphs.join(' ')).toContain(positionText(result.ladder, 'nl'));
    expect(result.ladder.position).toBe(4);
    const estimated = result.risks!.moments.filter((m) => m.status === 'estimated');
    expect(step('bands').table!.rows.map((r) => r[1])).toEqual(estimated.map((m) => frequencyText(m.frequency!.client, 'nl')));
    expect(step('bands').table!.rows.map((r) => r[2])).toEqual(estimated.map((m) => frequencyText(m.frequency!.base, 'nl')));
  });
});

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

describe('Walkthrough screen', () => {
  for (const lang of LANGS) {
    it(`(${lang}) goes from the first step to the last by its buttons, focusing each step's heading, and says where it is`, async () => {
      root = document.createElement('div');
      document.body.append(root);
      const left: unknown[] = [];
      await act(async () => {
        render(
          <LanguageProvider initial={lang}>
            <Walkthrough place={{ personaId: 'kees', step: 0 }} onLeave={(place) => left.push(place)} />
          </LanguageProvider>,
          root!,
        );
      });
      // The scorer loads on demand (import()); wait for the first step.
      for (let i = 0; i < 100 && !root.querySelector('[data-testid="walkthrough"]'); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
      const kees = scored.find((p) => p.id === 'kees')!;
      const expected = walkthrough(kees, resultOf(kees), lang);
      for (let i = 0; i < expected.length; i++) {
        const section = root.querySelector('[data-testid="walkthrough"]')!;
        expect(section.getAttribute('data-step')).toBe(expected[i]!.id);
        const heading = root.querySelector('#walk-step-heading')!;
        expect(heading.textContent).toBe(expected[i]!.title);
        expect(document.activeElement).toBe(heading);
        expect(root.querySelector('[data-testid="walk-position"]')!.textContent).toContain(String(expected.length));
        if (i < expected.length - 1) await act(async () => (root!.querySelector('[data-testid="walk-next"]') as HTMLButtonElement).click());
      }
      await act(async () => (root!.querySelector('[data-testid="walk-done"]') as HTMLButtonElement).click());
      // Leaving waits for the place to be written (nothing left to resume after the last step).
      for (let i = 0; i < 50 && left.length === 0; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
      expect(left).toEqual([null]);
    });
  }

  it("opens at a stored step and uses the panel's reference group, so its numbers are the panel's for this client", async () => {
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(
        <LanguageProvider initial="nl">
          <Walkthrough place={{ personaId: 'anouk', step: 3 }} settings={{ approach: 'integrated', referenceGroup: 'total' }} onLeave={() => {}} />
        </LanguageProvider>,
        root!,
      );
    });
    for (let i = 0; i < 100 && !root.querySelector('[data-testid="walkthrough"]'); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(root.querySelector('[data-testid="walkthrough"]')!.getAttribute('data-step')).toBe('scale');
    const anouk = scored.find((p) => p.id === 'anouk')!;
    const asPanel = scoreIntake({ schema: 'trede.intake/1', id: 't', ...anouk.intake, referenceGroup: 'total' });
    const asFile = resultOf(anouk); // the persona file names the intervention group
    const shown = root.querySelector('[data-testid="walkthrough"]')!.textContent!;
    const ref = asPanel.scales.dassAnxiety!.reference!;
    expect(shown).toContain(`z = (14 − ${formatNumber(ref.mean, 'nl')}) / ${formatNumber(ref.sd, 'nl')} = ${formatNumber(ref.z, 'nl')}`);
    expect(asFile.scales.dassAnxiety!.reference!.mean).not.toBe(ref.mean);
  });
});
