import { describe, expect, it } from 'vitest';
import { fragileParts, looksGenerated, looksGeneratedClass } from '../src/adapters/fragile-selectors';
import { PRESETS } from '../src/adapters/presets';

describe('fragile selectors (src/adapters/fragile-selectors.ts)', () => {
  it('ids that frameworks number or hash look generated; ids people chose do not', () => {
    for (const id of ['ember412', 'j_idt45', ':r1f:', 'mui-23', 'ext-gen1042', 'gwt-uid-7', 'mat-input-3', 'card-3f9a1c7e', 'row_20261102', 'id42'])
      expect(looksGenerated(id), id).toBe(true);
    for (const id of ['klantnummer', 'geboortedatum', 'notities', 'uitkering-sinds', 'h1', 'stap-2', 'kolom-b12', 'facade'])
      expect(looksGenerated(id), id).toBe(false);
  });

  it('classes computed from styles look generated; classes people chose, BEM included, do not', () => {
    for (const name of ['css-1q2w3e4', 'sc-bdVaJa', 'Kop_nummer__3xYz1', 'Kop_nummer__1a2b3', 'rij-20261102', 'x-3f9a1c7e'])
      expect(looksGeneratedClass(name), name).toBe(true);
    for (const name of ['mono', 'facts', 'css-table', 'sc-header', 'dossier-kop__nummer', 'card__title2', 'kolom-b12'])
      expect(looksGeneratedClass(name), name).toBe(false);
    expect(fragileParts('div.css-1q2w3e4 > span.nummer')).toEqual([{ kind: 'generated-class', part: '.css-1q2w3e4' }]);
    expect(fragileParts('[title="a.css-1q2w3e4"]')).toEqual([]);
  });

  it('names each fragile part, in every step of a >>> selector, and nothing in a steady one', () => {
    expect(fragileParts('#klantnummer')).toEqual([]);
    expect(fragileParts('werkplein-kop >>> [data-veld="klantnummer"]')).toEqual([]);
    expect(fragileParts('#ember1234 >>> table tr:nth-child(3) > td:nth-of-type(2)')).toEqual([
      { kind: 'generated-id', part: '#ember1234' },
      { kind: 'position', part: ':nth-child(3)' },
      { kind: 'position', part: ':nth-of-type(2)' },
    ]);
    expect(fragileParts('[id="j_idt45"] td')).toEqual([{ kind: 'generated-id', part: '#j_idt45' }]);
    expect(fragileParts('iframe#rapport >>> tr:nth-last-child(1) textarea')).toEqual([{ kind: 'position', part: ':nth-last-child(1)' }]);
  });

  it('the shipped presets use no fragile selector (they are the examples administrators copy)', () => {
    for (const preset of PRESETS) {
      const selectors = [preset.reference.element?.selector, ...preset.prefill.map((f) => f.selector), preset.writeBack?.selector].filter((x): x is string => Boolean(x));
      for (const selector of selectors) expect(fragileParts(selector), `${preset.id}: ${selector}`).toEqual([]);
    }
  });
});
