// @vitest-environment happy-dom
import { BAND_WORDS, formatNumber, frequencyText, referenceInWords, type MomentRisk } from '@trede/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TredeStore } from '../src/store/repo';
import type { IntakeRecord } from '../src/store/schema';
import { KEY_A } from './support/fixtures';
import { click, completePersona, mountView, setValue, waitFor, type Mounted } from './support/results-ui';
import { freshStore, tickingClock } from './support/store';

let store: TredeStore;
let ui: Mounted | null = null;
beforeEach(async () => {
  store = await freshStore(tickingClock());
});
afterEach(() => {
  ui?.unmount();
  ui = null;
  store.close();
  vi.restoreAllMocks();
});

async function showResults(intake: IntakeRecord, lang: 'nl' | 'en' = 'nl'): Promise<Mounted> {
  ui = await mountView(store, { screen: 'results', clientKey: intake.clientKey, intakeId: intake.id }, lang);
  await waitFor(() => ui!.byTestId('ladder'));
  return ui;
}

const pct = (p: number, lang: 'nl' | 'en' = 'nl') => `${formatNumber(p * 100, lang, 0)}%`;
const risk = (intake: IntakeRecord, moment: string) => intake.result.risks!.moments.find((m) => m.moment === moment) as MomentRisk;

describe('results screen', () => {
  it('shows each administered scale with score, range and place in the reference group; hides the rest', async () => {
    const intake = await completePersona(store, KEY_A, 'anouk', { answers: { 'resp.1': null } });
    const { byTestId, root } = await showResults(intake);
    expect(byTestId('screen-results')).toBeTruthy();
    for (const scale of Object.values(intake.result.scales)) {
      const el = byTestId(`scale-${scale.id}`);
      if (scale.status === 'not-administered') {
        expect(el, scale.id).toBeNull();
        continue;
      }
      expect(el.getAttribute('data-status')).toBe(scale.status);
      expect(el.textContent).toContain(scale.title.nl);
      if (scale.status === 'scored') {
        expect(el.querySelector('[data-testid="scale-score"]')!.textContent).toBe(
          `${formatNumber(scale.score!, 'nl')} (bereik ${formatNumber(scale.range.min, 'nl')}–${formatNumber(scale.range.max, 'nl')})`,
        );
        if (scale.reference) {
          // core's words for the place (a percentile only for reading 'percentile'; see ui-reference-reading.test.tsx)
          expect(el.querySelector('[data-testid="scale-place"]')!.textContent).toContain(`${referenceInWords(scale.reference, 'nl')} (interventiegroep, `);
        }
      } else {
        expect(el.querySelector('[data-testid="scale-reason"]')!.textContent).toBe(scale.reason!.nl);
      }
    }
    expect(byTestId('scale-responsibility').getAttribute('data-status')).toBe('insufficient');
    expect(byTestId('scale-dass21Anxiety')).toBeNull();
    expect(root.textContent).not.toContain('Dit onderdeel is niet afgenomen');
  });

  it('draws the ladder with the client’s position, growth potential and words for screen readers', async () => {
    const intake = await completePersona(store, KEY_A, 'anouk');
    const { byTestId, root } = await showResults(intake);
    const { ladder } = intake.result;
    const figure = byTestId('ladder');
    expect(figure.getAttribute('data-position')).toBe(String(ladder.position));
    const svg = figure.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).toContain(`positie ${ladder.position} van 12`);
    expect(svg.getAttribute('aria-label')).toContain('met groeipotentieel');
    expect(svg.querySelector('title')!.textContent).toBe(svg.getAttribute('aria-label'));
    expect(figure.querySelectorAll('[data-cell]')).toHaveLength(12);
    expect(figure.querySelector('.ladder-cell-current')!.getAttribute('data-cell')).toBe(String(ladder.position));
    expect(byTestId('ladder-growth')).toBeTruthy();
    for (const label of ['Geïsoleerd', 'Betaald werk zonder ondersteuning']) expect(svg.textContent).toContain(label);
    expect(byTestId('ladder-position').textContent).toContain(ladder.positionLabel!.nl);
    expect(root.textContent).toContain(ladder.reason.nl);
  });

  it('says why there is no ladder position', async () => {
    const intake = await completePersona(store, KEY_A, 'dewi');
    const { byTestId } = await showResults(intake);
    expect(byTestId('ladder').getAttribute('data-position')).toBe('');
    expect(byTestId('ladder').textContent).toContain(intake.result.ladder.reason.nl);
    expect(byTestId('ladder-growth')).toBeNull();
  });

  it('shows every moment’s band as a comparison with the study group, the chance as a natural frequency next to the study group’s, factors, attention points, actions and sources', async () => {
    const intake = await completePersona(store, KEY_A, 'anouk');
    const { byTestId } = await showResults(intake);
    expect(byTestId('risk-after-placement')).toBeNull(); // checklist not administered
    for (const moment of ['before-start', 'during', 'outflow']) {
      const r = risk(intake, moment);
      const card = byTestId(`risk-${moment}`);
      expect(card.getAttribute('data-band')).toBe(r.band);
      expect(card.querySelector('[data-testid="risk-band"]')!.textContent).toBe(BAND_WORDS[r.band!].nl);
      const chance = card.querySelector('[data-testid="risk-probability"]')!.textContent!;
      expect(chance).toContain(`${frequencyText(r.frequency!.client, 'nl')} (studiegroep: ${frequencyText(r.frequency!.base, 'nl')})`);
      expect(chance).toContain(`${pct(r.probability!)}, studiegroep ${pct(r.baseRate!)}`);
      const factors = [...card.querySelectorAll('[data-testid="factor"]')];
      expect(factors).toHaveLength(r.factors.length);
      r.factors.forEach((f, i) => {
        const outcome = r.kind === 'work' ? 'werk of studie' : 'uitval';
        const word = f.effect === 'higher' ? `hangt samen met een hogere kans op ${outcome}` : `hangt samen met een lagere kans op ${outcome}`;
        expect(factors[i]!.textContent).toContain(f.factor.label.nl);
        expect(factors[i]!.textContent).toContain(word);
        expect(factors[i]!.textContent).not.toContain('log-odds');
        // a yes/no factor reads as yes or no, not as 1/0
        if (f.factor.yesNo) expect(factors[i]!.textContent).toContain(`${f.factor.label.nl}: ${f.value === 1 ? 'ja' : 'nee'}`);
        expect(factors[i]!.querySelector('.factor-bar-fill')).toBeTruthy();
      });
      const attention = r.attentionPoints.filter((a) => a.concern);
      expect(card.querySelectorAll('[data-testid="attention-point"]')).toHaveLength(attention.length);
      const actions = [...card.querySelectorAll('[data-testid="action"]')];
      expect(actions.map((a) => a.getAttribute('data-basis'))).toEqual(r.actions.map((a) => a.basis));
      r.actions.forEach((a, i) => {
        expect(actions[i]!.textContent).toContain(a.text.nl);
        // a suggestion is labelled as Trede's and carries no citation
        if (a.basis === 'suggestion') expect(actions[i]!.textContent).toContain('suggestie van Trede');
        else expect(actions[i]!.textContent).toContain(a.citation!.nl);
      });
      expect(card.querySelector('[data-testid="sources"]')!.textContent).toContain(r.citation.nl);
      // Dutch panel, Dutch citations
      expect(card.querySelector('[data-testid="sources"]')!.textContent).not.toMatch(/\b(table|appendix|univariate)\b/);
    }
    // Anouk's chance of dropping out is above the study group's everywhere: nothing about her may read as low
    // (the model's description lists every band, so it is left out of this check)
    for (const moment of ['before-start', 'during']) {
      const card = byTestId(`risk-${moment}`).cloneNode(true) as HTMLElement;
      card.querySelector('[data-testid="about-model"]')!.remove();
      expect(card.textContent).not.toMatch(/\blaag\b|lager dan gemiddeld/);
    }
    // The chance of work is its own section, not part of the dropout risks
    expect(byTestId('risk-section-dropout').querySelector('[data-testid="risk-outflow"]')).toBeNull();
    expect(byTestId('risk-section-work').querySelector('[data-testid="risk-outflow"]')).toBeTruthy();
    expect(byTestId('risk-section-work').textContent).toContain('Kans op werk of studie');
    // bars are sized by |contribution|: the biggest push gets the widest bar
    const widths = [...byTestId('risk-before-start').querySelectorAll<HTMLElement>('.factor-bar-fill')].map((el) => parseFloat(el.style.width));
    const pushes = risk(intake, 'before-start').factors.map((f) => Math.abs(f.contribution!));
    expect(widths.indexOf(Math.max(...widths))).toBe(pushes.indexOf(Math.max(...pushes)));
  });

  it('says what each model is and how sure it is, one click away: N, one organisation, what the outcome includes, the 10% level, the source’s disagreements', async () => {
    const intake = await completePersona(store, KEY_A, 'anouk');
    const { byTestId } = await showResults(intake);
    const about = byTestId('risk-during').querySelector<HTMLDetailsElement>('[data-testid="about-model"]')!;
    const summary = about.querySelector('summary')!;
    expect(summary.textContent).toBe('Over dit model (N = 103, één organisatie)');
    expect(about.open).toBe(false);
    // a <summary> of a <details> is reachable and operable by keyboard (checked with the keyboard in the end-to-end test)
    expect(summary.parentElement).toBe(about);
    expect(about.textContent).toContain('77 doorverwezen naar zorg');
    expect(about.textContent).toContain('alleen significant op het 10%-niveau');
    expect(about.textContent).toContain('Trede rekent met tabel 10: 109 van 222');
    expect(about.textContent).toMatch(/hoger dan gemiddeld: 59% tot 74%/);
    const before = byTestId('risk-before-start').querySelector('[data-testid="about-model"]')!;
    expect(before.textContent).toContain('nooit op de intake kwam');
  });

  it('lists factors that were not assessed and gives the reason when there is no probability', async () => {
    const intake = await completePersona(store, KEY_A, 'dewi');
    const { byTestId } = await showResults(intake);
    const r = risk(intake, 'during');
    const card = byTestId('risk-during');
    expect(card.getAttribute('data-band')).toBe('');
    expect(card.querySelector('[data-testid="risk-probability"]')).toBeNull();
    expect(card.querySelector('[data-testid="risk-reason"]')!.textContent).toBe(r.reason!.nl);
    const notAssessed = card.querySelector('[data-assessed="false"]')!;
    expect(notAssessed.textContent).toContain(r.factors[0]!.factor.label.nl);
    expect(notAssessed.textContent).toContain('niet gemeten');
  });

  it('shows the after-placement signals with kind in words, reason, action and source', async () => {
    const intake = await completePersona(store, KEY_A, 'sanne');
    const { byTestId } = await showResults(intake);
    const r = risk(intake, 'after-placement');
    const card = byTestId('risk-after-placement');
    const flags = [...card.querySelectorAll('[data-testid="flag"]')];
    expect(flags).toHaveLength(r.flags.length);
    const first = r.flags.find((f) => f.kind === 'risk')!;
    const shown = flags.find((el) => el.textContent!.includes(first.label.nl))!;
    expect(shown.textContent).toContain('risicosignaal');
    expect(shown.textContent).toContain(first.reason.nl);
    expect(shown.textContent).toContain(first.citation.nl);
    // where the sources point the other way, the flag says so
    const withContrary = r.flags.find((f) => f.contrary);
    if (withContrary) expect(flags.find((el) => el.textContent!.includes(withContrary.label.nl))!.querySelector('[data-testid="flag-contrary"]')!.textContent).toContain(withContrary.contrary!.nl);
    expect(card.querySelector('[data-testid="override-after-placement"]')).toBeNull();
  });

  it('opening the override form moves focus into it; cancelling brings it back to the button', async () => {
    const intake = await completePersona(store, KEY_A, 'anouk');
    const { byTestId } = await showResults(intake);
    await click(byTestId('override-during'));
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('data-testid')).toBe('override-band'));
    await click(byTestId('override-cancel'));
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('data-testid')).toBe('override-during'));
  });

  it('records an override only with a reason, and then shows the model’s band and the caseworker’s', async () => {
    const intake = await completePersona(store, KEY_A, 'anouk');
    const { byTestId } = await showResults(intake);
    const card = () => byTestId('risk-during');
    expect(card().getAttribute('data-band')).toBe('much-higher');
    await click(byTestId('override-during'));
    // only the four bands of a dropout moment are offered
    expect([...card().querySelectorAll('[data-testid="override-band"] option')].map((o) => o.getAttribute('value'))).toEqual(['lower', 'around', 'higher', 'much-higher']);
    const save = () => card().querySelector<HTMLButtonElement>('[data-testid="override-save"]')!;
    expect(save().disabled).toBe(true);
    expect(card().querySelector('[data-testid="override-hint"]')!.textContent).toContain('reden');

    await setValue(card().querySelector('[data-testid="override-band"]')!, 'higher', 'change');
    await setValue(card().querySelector('[data-testid="override-reason"]')!, '  a ');
    expect(save().disabled).toBe(true);
    await setValue(card().querySelector('[data-testid="override-reason"]')!, 'Al in behandeling bij de GGZ');
    expect(save().disabled).toBe(false);
    await click(save());

    const shown = await waitFor(() => card().querySelector('[data-testid="override-summary"]'));
    expect(shown.textContent).toContain('Model: veel hoger dan gemiddeld');
    expect(shown.textContent).toContain('Klantmanager: hoger dan gemiddeld');
    expect(shown.textContent).toContain('Al in behandeling bij de GGZ');
    expect(card().getAttribute('data-band')).toBe('much-higher');
    expect(card().getAttribute('data-effective-band')).toBe('higher');
    expect(card().querySelector('[data-testid="override-form"]')).toBeNull();

    const stored = await store.getIntake(intake.id);
    expect(stored!.overrides.during).toMatchObject([{ band: 'higher', reason: 'Al in behandeling bij de GGZ' }]);
    expect(stored!.result.risks!.moments[1]!.band).toBe('much-higher');
  });

  it('copies a summary without the client reference, and says so', async () => {
    const intake = await completePersona(store, KEY_A, 'anouk');
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { byTestId } = await showResults(intake);
    await click(byTestId('copy-summary'));
    await waitFor(() => byTestId('copy-status').textContent);
    expect(writeText).toHaveBeenCalledTimes(1);
    const text = writeText.mock.calls[0]![0];
    const during = risk(intake, 'during');
    expect(text).toContain('Trede — samenvatting intake');
    expect(text).toContain(`Participatieladder: positie ${intake.result.ladder.position} van 12`);
    expect(text).toContain(`- ${during.title.nl}: veel hoger dan gemiddeld — ${frequencyText(during.frequency!.client, 'nl')} (studiegroep: ${frequencyText(during.frequency!.base, 'nl')})`);
    expect(text).not.toContain(KEY_A);
    expect(text).not.toContain(intake.id);
    expect(byTestId('copy-status').textContent).toContain('gekopieerd');
    expect(byTestId('summary-text')).toBeNull();
  });

  it('shows the summary to copy by hand when the clipboard is not available', async () => {
    const intake = await completePersona(store, KEY_A, 'kees');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    const { byTestId } = await showResults(intake, 'en');
    await click(byTestId('copy-summary'));
    const area = await waitFor(() => byTestId('summary-text') as HTMLTextAreaElement | null);
    expect(area.value).toContain('Trede — intake summary');
    expect(byTestId('copy-status').textContent).toContain('Select the text below');
  });

  it('prints', async () => {
    const intake = await completePersona(store, KEY_A, 'kees');
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    const { byTestId } = await showResults(intake);
    await click(byTestId('print-view'));
    // Printing waits for its audit entry (src/ui/results/CarryBack.tsx).
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });

  it('is in English when the language is English', async () => {
    const intake = await completePersona(store, KEY_A, 'anouk');
    const { byTestId } = await showResults(intake, 'en');
    const r = risk(intake, 'before-start');
    const card = byTestId('risk-before-start');
    expect(card.textContent).toContain(r.title.en);
    expect(card.querySelector('[data-testid="risk-probability"]')!.textContent).toContain(`(study group: ${frequencyText(r.frequency!.base, 'en')})`);
    expect(card.querySelector('[data-testid="risk-band"]')!.textContent).toBe('well above average');
    expect(card.textContent).toContain('goes with a higher chance of dropping out');
    expect(card.querySelector('[data-testid="sources"]')!.textContent).toContain('table 13 (control group');
  });

  it('goes to history, outcomes and back to the client', async () => {
    const intake = await completePersona(store, KEY_A, 'kees');
    const { byTestId } = await showResults(intake);
    await click(byTestId('open-history'));
    await waitFor(() => byTestId('screen-history'));
    await click(byTestId('open-outcomes'));
    await waitFor(() => byTestId('screen-outcomes'));
    await click(byTestId('back-to-client'));
    expect(byTestId('screen-outcomes')).toBeNull();
  });

  it('says so when the intake does not exist', async () => {
    ui = await mountView(store, { screen: 'results', clientKey: KEY_A, intakeId: 'nope' });
    const error = await waitFor(() => ui!.byTestId('results-error'));
    expect(error.textContent).toContain('niet gevonden');
  });
});
