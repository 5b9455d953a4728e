import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition, ItemDefinition } from '../src/instruments/types.js';
import { bandFor, itemScore, scoreScale } from '../src/scoring/scale.js';
import { percentileOfZ } from '../src/scoring/reference.js';
import { AGREE_5 } from '../src/instruments/response-scales.js';

const why = { nl: 'test', en: 'test' };
const text = { nl: 'x', en: 'x' };

/** A small instrument built for these tests, so the engine is tested apart from the shipped data. */
const toy: InstrumentDefinition = {
  id: 'toy',
  version: '9.9.9',
  title: text,
  description: text,
  wording: text,
  responseScale: AGREE_5,
  items: [
    { id: 't.a', type: 'scale', text },
    { id: 't.b', type: 'scale', text },
    { id: 't.c', type: 'scale', text, reverse: true },
    { id: 't.d', type: 'scale', text },
    { id: 't.n', type: 'number', text, min: 0, max: 10, integer: false, unit: text },
    { id: 't.m', type: 'multi', text, options: ['x', 'y', 'none'].map((value) => ({ value, label: text })) },
  ],
  scales: [
    {
      id: 'toySum',
      title: text,
      items: ['t.a', 't.b', 't.c', 't.d'],
      scoring: { kind: 'sum', multiplier: 2 },
      missing: { minAnswered: 3, prorate: true, why },
      range: { min: 8, max: 40 },
      higherIs: 'worse',
      bands: {
        citation: { source: 'trede', where: { nl: 'test', en: 'test' } },
        bands: [
          { id: 'low', label: text, min: 0 },
          { id: 'mid', label: text, min: 20 },
          { id: 'high', label: text, min: 30 },
        ],
      },
      norms: {
        citation: { source: 'tno2013', where: { nl: 'test', en: 'test' } },
        population: text,
        groups: { total: { mean: 20, sd: 5, n: 100 }, control: { mean: 25, sd: 5 } },
      },
    },
    {
      id: 'toyMean',
      title: text,
      items: ['t.a', 't.b', 't.c', 't.d'],
      scoring: { kind: 'mean' },
      missing: { minAnswered: 2, prorate: false, why },
      range: { min: 1, max: 5 },
      higherIs: 'better',
    },
    { id: 'toyValue', title: text, items: ['t.n'], scoring: { kind: 'value', multiplier: 10 }, missing: { minAnswered: 1, prorate: false, why }, range: { min: 0, max: 100 }, higherIs: 'neutral' },
    { id: 'toyCount', title: text, items: ['t.m'], scoring: { kind: 'count', exclude: ['none'] }, missing: { minAnswered: 1, prorate: false, why }, range: { min: 0, max: 2 }, higherIs: 'neutral' },
  ],
  citations: [],
};
const items = new Map<string, ItemDefinition>(toy.items.map((i) => [i.id, i]));
const scale = (id: string) => toy.scales.find((s) => s.id === id)!;
const score = (id: string, answers: Record<string, number | string[]>, group: 'total' | 'control' | 'intervention' = 'total', administered = true) =>
  scoreScale(scale(id), toy, items, new Map(Object.entries(answers)), administered, group);

describe('scale engine', () => {
  it('reverses a reverse-keyed item as min + max − answer', () => {
    expect(itemScore(items.get('t.c')!, toy, 1)).toBe(5);
    expect(itemScore(items.get('t.c')!, toy, 4)).toBe(2);
    expect(itemScore(items.get('t.a')!, toy, 4)).toBe(4);
  });

  it('sums, applies the multiplier and keeps the raw sum', () => {
    const r = score('toySum', { 't.a': 5, 't.b': 4, 't.c': 1, 't.d': 3 });
    expect(r.status).toBe('scored');
    expect(r.raw).toBe(17);
    expect(r.score).toBe(34);
    expect(r.prorated).toBe(false);
    expect(r.itemsAnswered).toBe(4);
    expect(r.band?.id).toBe('high');
    expect(r.instrumentVersion).toBe('9.9.9');
  });

  it('prorates a sum with one item missing and refuses with two missing', () => {
    const r = score('toySum', { 't.a': 5, 't.b': 4, 't.c': 1 });
    expect(r.prorated).toBe(true);
    expect(r.raw).toBeCloseTo((14 * 4) / 3, 12);
    expect(r.score).toBeCloseTo(((14 * 4) / 3) * 2, 12);
    const none = score('toySum', { 't.a': 5, 't.b': 4 });
    expect(none.status).toBe('insufficient');
    expect(none.score).toBeNull();
    expect(none.reason?.nl).toContain('2 van 4');
    expect(none.reason?.en).toContain('at least 3');
  });

  it('takes the mean over answered items and needs the minimum', () => {
    expect(score('toyMean', { 't.a': 5, 't.c': 2 }).score).toBe(4.5);
    expect(score('toyMean', { 't.a': 5 }).status).toBe('insufficient');
  });

  it('puts a score on each band boundary into the band that starts there', () => {
    const s = scale('toySum');
    expect(bandFor(19.99, s)?.id).toBe('low');
    expect(bandFor(20, s)?.id).toBe('mid');
    expect(bandFor(29.5, s)?.id).toBe('mid');
    expect(bandFor(30, s)?.id).toBe('high');
  });

  it('compares with the requested group and falls back to total', () => {
    const r = score('toySum', { 't.a': 3, 't.b': 3, 't.c': 3, 't.d': 3 }, 'control');
    expect(r.score).toBe(24);
    expect(r.reference).toMatchObject({ group: 'control', mean: 25, sd: 5, n: null });
    expect(r.reference!.z).toBeCloseTo(-0.2, 12);
    const fallback = score('toySum', { 't.a': 3, 't.b': 3, 't.c': 3, 't.d': 3 }, 'intervention');
    expect(fallback.reference).toMatchObject({ group: 'total', mean: 20, n: 100 });
    expect(fallback.reference!.z).toBeCloseTo(0.8, 12);
  });

  it('scores value and count scales', () => {
    expect(score('toyValue', { 't.n': 2.5 }).score).toBe(25);
    expect(score('toyCount', { 't.m': ['x', 'none'] }).score).toBe(1);
    expect(score('toyCount', { 't.m': ['none'] }).score).toBe(0);
  });

  it('marks a scale of an instrument that was not administered', () => {
    const r = score('toyMean', {}, 'total', false);
    expect(r.status).toBe('not-administered');
    expect(r.score).toBeNull();
  });
});

describe('percentile from z', () => {
  it('matches the standard normal distribution', () => {
    expect(percentileOfZ(0)).toBeCloseTo(50, 4); // erf approximation, error below 1e-5 percentile points
    expect(percentileOfZ(1)).toBeCloseTo(84.134, 2);
    expect(percentileOfZ(-1.96)).toBeCloseTo(2.5, 1);
    expect(percentileOfZ(10)).toBeLessThanOrEqual(100);
    expect(percentileOfZ(-10)).toBeGreaterThanOrEqual(0);
  });
});
