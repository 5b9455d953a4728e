import { describe, expect, it } from 'vitest';
import type { Text } from '../src/i18n/text.js';
import { INSTRUMENTS, getInstrument, type InstrumentDefinition, type ItemDefinition } from '../src/instruments/index.js';
import { SOURCES } from '../src/instruments/sources.js';
import { ladderInstrument } from '../src/ladder/definition.js';

/** Structural invariants every instrument definition must satisfy; the engine relies on them. */

const itemsById = (instrument: InstrumentDefinition): Map<string, ItemDefinition> => new Map(instrument.items.map((item) => [item.id, item]));

const allTexts = (instrument: InstrumentDefinition): Text[] => [
  instrument.title,
  instrument.description,
  instrument.wording,
  ...(instrument.responseScale?.options.map((o) => o.label) ?? []),
  ...instrument.items.flatMap((item) => [
    item.text,
    ...(item.hint ? [item.hint] : []),
    ...('options' in item ? item.options.map((o) => o.label) : []),
    ...(item.type === 'number' ? [item.unit] : []),
  ]),
  ...instrument.scales.flatMap((scale) => [
    scale.title,
    scale.missing.why,
    ...(scale.bands?.bands.map((b) => b.label) ?? []),
    ...(scale.norms ? [scale.norms.population] : []),
  ]),
];

describe('instrument definitions', () => {
  it('lists the instruments in the agreed order', () => {
    expect(INSTRUMENTS.map((i) => i.id)).toEqual([
      'background',
      'basic-competences',
      'dass-short',
      'dass21',
      'responsibility',
      'control',
      'work-attitude',
      'self-efficacy',
      'self-direction',
      'placement',
    ]);
  });

  it('finds instruments by id', () => {
    for (const instrument of INSTRUMENTS) expect(getInstrument(instrument.id)).toBe(instrument);
    expect(getInstrument('no-such-instrument')).toBeUndefined();
  });

  it('has unique instrument ids, item ids and scale ids across all instruments (the ladder included)', () => {
    const all = [...INSTRUMENTS, ladderInstrument];
    const instrumentIds = all.map((i) => i.id);
    const itemIds = all.flatMap((i) => i.items.map((item) => item.id));
    const scaleIds = all.flatMap((i) => i.scales.map((scale) => scale.id));
    expect(new Set(instrumentIds).size).toBe(instrumentIds.length);
    expect(new Set(itemIds).size).toBe(itemIds.length);
    expect(new Set(scaleIds).size).toBe(scaleIds.length);
  });

  describe.each(INSTRUMENTS.map((i) => [i.id, i] as const))('%s', (_id, instrument) => {
    const items = itemsById(instrument);

    it('has a response scale whose options cover min..max exactly once, in order', () => {
      const hasScaleItems = instrument.items.some((item) => item.type === 'scale');
      if (!instrument.responseScale) {
        expect(hasScaleItems).toBe(false);
        return;
      }
      const { min, max, options } = instrument.responseScale;
      expect(Number.isInteger(min) && Number.isInteger(max) && min < max).toBe(true);
      const expected = Array.from({ length: max - min + 1 }, (_, k) => min + k);
      expect(options.map((o) => o.value)).toEqual(expected);
    });

    it('puts reverse keys only on scale items', () => {
      for (const item of instrument.items) {
        if ('reverse' in item && item.reverse !== undefined) expect(item.type).toBe('scale');
      }
    });

    it('has unique option values on choice and checklist items, and sane number bounds', () => {
      for (const item of instrument.items) {
        if (item.type === 'choice' || item.type === 'multi') {
          const values = (item.options as { value: number | string }[]).map((o) => o.value);
          expect(values.length).toBeGreaterThan(0);
          expect(new Set(values).size).toBe(values.length);
          expect(new Set(values.map((v) => typeof v)).size).toBe(1);
        }
        if (item.type === 'number') expect(item.min).toBeLessThan(item.max);
      }
    });

    it('has Dutch and English text everywhere', () => {
      for (const text of allTexts(instrument)) {
        expect(text.nl.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    });

    it.each(instrument.scales.map((s) => [s.id, s] as const))('scale %s is consistent', (_scaleId, scale) => {
      // Every scale item exists in its own instrument, once.
      expect(scale.items.length).toBeGreaterThan(0);
      expect(new Set(scale.items).size).toBe(scale.items.length);
      for (const id of scale.items) expect(items.has(id), `item ${id}`).toBe(true);
      const scaleItems = scale.items.map((id) => items.get(id)!);

      // The scoring rule fits the item types.
      switch (scale.scoring.kind) {
        case 'sum':
        case 'mean':
          for (const item of scaleItems) expect(item.type).toBe('scale');
          break;
        case 'value':
          expect(scaleItems).toHaveLength(1);
          expect(['number', 'choice']).toContain(scaleItems[0]!.type);
          if (scaleItems[0]!.type === 'choice') expect(typeof scaleItems[0]!.options[0]!.value).toBe('number');
          break;
        case 'flag':
          expect(scaleItems).toHaveLength(1);
          expect(scaleItems[0]!.type).toBe('boolean');
          break;
        case 'count': {
          expect(scaleItems).toHaveLength(1);
          const item = scaleItems[0]!;
          expect(item.type).toBe('multi');
          if (item.type !== 'multi') break;
          const codes = item.options.map((o) => o.value);
          const exclude = scale.scoring.exclude ?? [];
          for (const code of exclude) expect(codes).toContain(code);
          expect(scale.range).toEqual({ min: 0, max: codes.filter((c) => !exclude.includes(c)).length });
          break;
        }
      }

      // The range is what the items can produce.
      expect(scale.range.min).toBeLessThan(scale.range.max);
      const multiplier = 'multiplier' in scale.scoring ? (scale.scoring.multiplier ?? 1) : 1;
      if (scale.scoring.kind === 'sum' && instrument.responseScale) {
        const n = scale.items.length;
        expect(scale.range).toEqual({ min: n * instrument.responseScale.min * multiplier, max: n * instrument.responseScale.max * multiplier });
      }
      if (scale.scoring.kind === 'mean' && instrument.responseScale) {
        expect(scale.range).toEqual({ min: instrument.responseScale.min, max: instrument.responseScale.max });
      }
      if (scale.scoring.kind === 'value') {
        const item = scaleItems[0]!;
        if (item.type === 'number') expect(scale.range).toEqual({ min: item.min * multiplier, max: item.max * multiplier });
        if (item.type === 'choice') {
          const values = (item.options as { value: number }[]).map((o) => o.value);
          expect(scale.range).toEqual({ min: Math.min(...values) * multiplier, max: Math.max(...values) * multiplier });
        }
      }

      // Missing-data rule.
      expect(Number.isInteger(scale.missing.minAnswered)).toBe(true);
      expect(scale.missing.minAnswered).toBeGreaterThanOrEqual(1);
      expect(scale.missing.minAnswered).toBeLessThanOrEqual(scale.items.length);
      if (scale.missing.prorate) expect(scale.scoring.kind).toBe('sum');

      // Bands ascend strictly, start at the range minimum and stay inside the range.
      if (scale.bands) {
        const mins = scale.bands.bands.map((b) => b.min);
        expect(mins.length).toBeGreaterThan(0);
        expect(mins[0]).toBe(scale.range.min);
        for (let k = 1; k < mins.length; k++) expect(mins[k]!).toBeGreaterThan(mins[k - 1]!);
        for (const min of mins) expect(min).toBeLessThanOrEqual(scale.range.max);
        const bandIds = scale.bands.bands.map((b) => b.id);
        expect(new Set(bandIds).size).toBe(bandIds.length);
      }

      // Norms: every group has sd > 0, a mean inside the range and, where given, a whole positive n.
      if (scale.norms) {
        expect(scale.norms.groups.total).toBeDefined();
        for (const stats of Object.values(scale.norms.groups)) {
          expect(stats.sd).toBeGreaterThan(0);
          expect(stats.mean).toBeGreaterThanOrEqual(scale.range.min);
          expect(stats.mean).toBeLessThanOrEqual(scale.range.max);
          if (stats.n !== undefined) expect(Number.isInteger(stats.n) && stats.n > 0).toBe(true);
        }
        const { total, control, intervention } = scale.norms.groups;
        if (total.n !== undefined && control?.n !== undefined && intervention?.n !== undefined) {
          expect(control.n + intervention.n).toBe(total.n);
        }
      }

      if (scale.reliability) {
        expect(scale.reliability.alpha).toBeGreaterThan(0);
        expect(scale.reliability.alpha).toBeLessThanOrEqual(1);
      }
    });

    it('cites only known sources', () => {
      const cited = [
        ...instrument.citations,
        ...instrument.scales.flatMap((scale) => [scale.norms?.citation, scale.bands?.citation, scale.reliability?.citation]),
      ];
      for (const c of cited) {
        if (!c) continue;
        expect(Object.keys(SOURCES)).toContain(c.source);
        expect(c.where.nl.trim()).not.toBe('');
        expect(c.where.en.trim()).not.toBe('');
      }
    });

    it('does not reuse the example wordings quoted in the source', () => {
      const quoted = [
        'pas me snel aan en kan goed tegen stress',
        'nergens enthousiast van',
        'iets om trots op te zijn',
        'zeker dat ik een goede werknemer zal zijn',
        'bang dat ik in paniek kon raken',
        'zelf verantwoordelijk om werk',
        'bepaal zelf of ik werk',
        'zelf invloed op het verloop van dit traject',
        'voelt u zich gezond',
        'wanneer denkt u weer betaald werk',
      ];
      const all = allTexts(instrument)
        .map((t) => `${t.nl} ${t.en}`.toLowerCase())
        .join('\n');
      for (const phrase of quoted) expect(all).not.toContain(phrase);
    });
  });

  it('DASS-21 subscales partition the 21 items with the standard memberships', () => {
    const dass21 = getInstrument('dass21')!;
    const q = (...ns: number[]) => ns.map((n) => `dass21.q${String(n).padStart(2, '0')}`);
    expect(dass21.items.map((i) => i.id)).toEqual(q(...Array.from({ length: 21 }, (_, k) => k + 1)));
    const members = Object.fromEntries(dass21.scales.map((s) => [s.id, [...s.items].sort()]));
    expect(members).toEqual({
      dass21Depression: q(3, 5, 10, 13, 16, 17, 21),
      dass21Anxiety: q(2, 4, 7, 9, 15, 19, 20),
      dass21Stress: q(1, 6, 8, 11, 12, 14, 18),
    });
    const used = dass21.scales.flatMap((s) => s.items);
    expect(used).toHaveLength(21);
    expect(new Set(used).size).toBe(21);
    for (const scale of dass21.scales) expect(scale.scoring).toEqual({ kind: 'sum', multiplier: 2 });
  });

  it('the short DASS has no severity bands', () => {
    for (const scale of getInstrument('dass-short')!.scales) expect(scale.bands).toBeUndefined();
  });

  it('background asks no ethnicity, country of birth or gender', () => {
    const ids = getInstrument('background')!.items.map((i) => i.id.toLowerCase());
    for (const banned of ['ethnic', 'country', 'birth', 'gender', 'sex']) {
      for (const id of ids) expect(id).not.toContain(banned);
    }
  });
});

/** The values an item's answer can hold, for checking the value a skip condition compares with. */
function canTake(item: ItemDefinition, instrument: InstrumentDefinition, value: number | string | boolean): boolean {
  switch (item.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && value >= item.min && value <= item.max && (!item.integer || Number.isInteger(value));
    case 'scale':
      return instrument.responseScale!.options.some((o) => o.value === value);
    case 'choice':
    case 'multi':
      return (item.options as { value: number | string }[]).some((o) => o.value === value);
  }
}

describe('skip logic (enableWhen)', () => {
  const all = [...INSTRUMENTS, ladderInstrument];

  it.each(all.map((i) => [i.id, i] as const))('%s: every condition names an earlier item of the same instrument and a value it can take', (_id, instrument) => {
    instrument.items.forEach((item, index) => {
      const conditions = item.enableWhen ?? [];
      // FHIR wants enableBehavior exactly when there is more than one condition.
      expect(item.enableBehavior !== undefined, item.id).toBe(conditions.length > 1);
      for (const condition of conditions) {
        const at = instrument.items.findIndex((other) => other.id === condition.question);
        expect(at, `${item.id} → ${condition.question}`).toBeGreaterThanOrEqual(0);
        expect(at, `${item.id} → ${condition.question} comes first`).toBeLessThan(index);
        expect(canTake(instrument.items[at]!, instrument, condition.answer), `${item.id}: ${condition.question} ${condition.operator} ${String(condition.answer)}`).toBe(true);
      }
    });
  });

  it.each(all.map((i) => [i.id, i] as const))('%s: the items of one scale share their conditions, so a scale applies wholly or not at all', (_id, instrument) => {
    const byId = itemsById(instrument);
    for (const scale of instrument.scales) {
      const conditions = new Set(scale.items.map((id) => JSON.stringify([byId.get(id)!.enableWhen ?? [], byId.get(id)!.enableBehavior ?? 'all'])));
      expect(conditions.size, scale.id).toBe(1);
    }
  });

  it('asks about the youngest child and childcare only for a client with children', () => {
    const items = itemsById(getInstrument('background')!);
    for (const id of ['bg.youngestChildAge', 'bg.childcareArranged']) {
      expect(items.get(id)!.enableWhen).toEqual([{ question: 'bg.children', operator: '=', answer: true }]);
    }
  });

  it('asks each lower ladder rung only after a no to the rung above', () => {
    const when = Object.fromEntries(ladderInstrument.items.map((item) => [item.id, item.enableWhen]));
    expect(when).toEqual({
      'ladder.paidWork': undefined,
      'ladder.unpaidWork': [{ question: 'ladder.paidWork', operator: '=', answer: 'none' }],
      'ladder.organisedActivities': [{ question: 'ladder.unpaidWork', operator: '=', answer: false }],
      'ladder.socialContacts': [{ question: 'ladder.organisedActivities', operator: '=', answer: false }],
      'ladder.growthPotential': undefined,
    });
  });
});
