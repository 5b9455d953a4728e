import { describe, expect, it } from 'vitest';
import { fragileParts, looksGenerated } from '../src/adapters/fragile-selectors';

describe('fragile selectors (src/adapters/fragile-selectors.ts)', () => {
  it('ids that frameworks number or hash look generated; ids people chose do not', () => {
    for (const id of ['ember412', 'j_idt45', ':r1f:', 'mui-23', 'ext-gen1042', 'gwt-uid-7', 'mat-input-3', 'card-3f9a1c7e', 'row_20261102', 'id42'])
      expect(looksGenerated(id), id).toBe(true);
    for (const id of ['klantnummer', 'geboortedatum', 'notities', 'uitkering-sinds', 'h1', 'stap-2', 'kolom-b12', 'facade'])
      expect(looksGenerated(id), id).toBe(false);
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
});
