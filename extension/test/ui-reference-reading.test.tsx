// @vitest-environment happy-dom
import { createScorer, DEFAULT_CATALOGUE, formatNumber, referenceInWords, type AnswerValue, type IntakeResult } from '@trede/core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../src/i18n/context';
import { LadderPicture } from '../src/ui/results/LadderPicture';
import { ScaleList } from '../src/ui/results/ScaleList';
import { persona } from './support/results-ui';

// The components on their own, with core's result for a persona: the place in the reference group does not
// depend on the store or the risk models.
const scorer = createScorer(DEFAULT_CATALOGUE, { risks: false });
function scored(id: string, answers: Record<string, AnswerValue> = {}): IntakeResult {
  const p = persona(id);
  return scorer.score({ ...p.intake, answers: { ...p.intake.answers, ...answers } });
}

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

async function show(result: IntakeResult, lang: 'nl' | 'en' = 'nl') {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(
      <LanguageProvider initial={lang}>
        <LadderPicture ladder={result.ladder} />
        <ScaleList result={result} />
      </LanguageProvider>,
      root!,
    );
  });
  return (id: string) => root!.querySelector(`[data-testid="${id}"]`) as HTMLElement;
}

const BASIC_COMPETENCES = DEFAULT_CATALOGUE.instruments.find((i) => i.id === 'basic-competences')!.items.map((i) => i.id);
const allBasicCompetences = (value: number) => Object.fromEntries(BASIC_COMPETENCES.map((id) => [id, value]));
/** Rung 1 without growth potential: position 1, the bottom of the ladder. */
const ISOLATED = { 'ladder.paidWork': 'none', 'ladder.unpaidWork': false, 'ladder.organisedActivities': false, 'ladder.socialContacts': false, 'ladder.growthPotential': false };

describe('place in the reference group on the results screen', () => {
  it('shows no percentile and no bar for a skewed scale or a score at the floor; core’s words instead', async () => {
    const result = scored('anouk', { ...allBasicCompetences(1), ...ISOLATED, 'bg.yearsSinceLastJob': 4 });
    const { scales, ladder } = result;
    expect(scales.yearsSinceLastJob!.reference!.reading).toBe('not-normal');
    expect(scales.basicCompetences!.reference!.reading).toBe('floor');
    expect(ladder.reference!.reading).toBe('floor');
    const byTestId = await show(result);

    for (const id of ['yearsSinceLastJob', 'basicCompetences']) {
      const el = byTestId(`scale-${id}`);
      const place = el.querySelector('[data-testid="scale-place"]')!.textContent!;
      expect(place, id).toContain(referenceInWords(scales[id]!.reference!, 'nl'));
      expect(place, id).not.toMatch(/%|hoger dan/);
      expect(el.querySelector('.ref-bar'), id).toBeNull();
      expect(el.querySelector('.ref-bar-marker'), id).toBeNull();
    }
    expect(byTestId('scale-yearsSinceLastJob').textContent).toContain('geen percentiel');
    expect(byTestId('scale-basicCompetences').textContent).toContain('aan de onderkant van de schaal');

    const ladderPlace = byTestId('ladder-place');
    expect(ladderPlace.getAttribute('data-reading')).toBe('floor');
    expect(ladderPlace.textContent).toContain('aan de onderkant van de schaal; gemiddelde van de referentiegroep 5,64');
    expect(ladderPlace.textContent).not.toContain('%');
  });

  it('keeps the bar and the percentile for a mid score on a scale the normal curve fits (English)', async () => {
    const result = scored('anouk');
    const reference = result.scales.basicCompetences!.reference!;
    expect(reference.reading).toBe('percentile');
    const byTestId = await show(result, 'en');
    const el = byTestId('scale-basicCompetences');
    expect(el.querySelector('[data-testid="scale-place"]')!.textContent).toContain(`higher than ${formatNumber(reference.percentile, 'en', 0)}% of the reference group`);
    const marker = el.querySelector<HTMLElement>('.ref-bar-marker')!;
    expect(parseFloat(marker.style.left)).toBeCloseTo(reference.percentile, 6);
    expect(result.scales.workExpectation!.reference!.reading).toBe('not-normal');
    expect(byTestId('scale-workExpectation').querySelector('.ref-bar')).toBeNull();
    expect(byTestId('ladder-place').textContent).toContain(referenceInWords(result.ladder.reference!, 'en'));
  });
});
