// The package's public surface: what the top level and the two subpath entry points offer, the ladder among the
// instruments, typed item ids, and validation that works without arguments beyond the input.
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as fhir from '../src/fhir/index.js';
import * as core from '../src/index.js';
import {
  ALL_INSTRUMENTS,
  DEFAULT_CATALOGUE,
  INSTRUMENTS,
  defineInstrument,
  getInstrument,
  ladderInstrument,
  scoreIntake,
  validateIntake,
  type InstrumentDefinition,
  type InstrumentId,
  type IntakeInput,
  type ItemId,
  type ScorerOptions,
} from '../src/index.js';
import * as stats from '../src/stats/index.js';

describe('the top-level export', () => {
  it('leaves out the engine helpers whose names say nothing on their own (t, Text, factor)', () => {
    for (const name of ['t', 'Text', 'factor', 'FACTORS', 'MEANS', 'bilingual', 'fill']) expect(core, name).not.toHaveProperty(name);
  });

  it('keeps statistics and FHIR under their own entry points', () => {
    for (const name of Object.keys(stats)) expect(core, `stats: ${name}`).not.toHaveProperty(name);
    for (const name of Object.keys(fhir)) expect(core, `fhir: ${name}`).not.toHaveProperty(name);
    expect(typeof stats.cronbachAlpha).toBe('function');
    expect(typeof stats.scaleReliability).toBe('function');
    expect(typeof fhir.toFhirQuestionnaire).toBe('function');
  });
});

describe('getInstrument', () => {
  it('finds the participation ladder like every other instrument of the default catalogue', () => {
    expect(getInstrument('ladder')).toBe(ladderInstrument);
    for (const instrument of DEFAULT_CATALOGUE.instruments) expect(getInstrument(instrument.id), instrument.id).toBe(instrument);
    expect(ALL_INSTRUMENTS.map((i) => i.id)).toEqual(DEFAULT_CATALOGUE.instruments.map((i) => i.id));
    expect(ALL_INSTRUMENTS.slice(0, INSTRUMENTS.length)).toEqual(INSTRUMENTS);
  });

  it('returns undefined for an id it does not know', () => {
    expect(getInstrument('ladders')).toBeUndefined();
  });
});

describe('typed ids', () => {
  it('types item and instrument ids as unions of the literal ids in the instrument files', () => {
    expectTypeOf<'dass21.q01'>().toExtend<ItemId>();
    expectTypeOf<'ladder.paidWork'>().toExtend<ItemId>();
    expectTypeOf<'dass21.q1'>().not.toExtend<ItemId>();
    expectTypeOf<string>().not.toExtend<ItemId>();
    expectTypeOf<'ladder'>().toExtend<InstrumentId>();
    expectTypeOf<'ladders'>().not.toExtend<InstrumentId>();
    // A known id gives a definition; any other string may give none.
    expectTypeOf(getInstrument('ladder')).toEqualTypeOf<InstrumentDefinition>();
    expectTypeOf(getInstrument(String('ladder'))).toEqualTypeOf<InstrumentDefinition | undefined>();
  });

  it('refuses a misspelt answer key at compile time and scores a correct one', () => {
    const intake: IntakeInput = { answers: { 'resp.1': 4, 'resp.2': 2 } };
    // @ts-expect-error 'resp.3' is not an item id
    const misspelt: IntakeInput = { answers: { 'resp.3': 4 } };
    // @ts-expect-error the list form checks its item ids too
    const misspeltInList: IntakeInput = { answers: [{ item: 'dass21.q1', value: 1 }] };
    expect(scoreIntake(intake).scales.responsibility?.score).toBe(3);
    // Untyped input (JSON from elsewhere) is still checked at run time.
    expect(validateIntake(misspelt).ok).toBe(false);
    expect(validateIntake(misspeltInList).ok).toBe(false);
  });

  it('refuses a scale that lists an item its instrument does not have, at compile time', () => {
    const text = { nl: 'x', en: 'x' };
    const define = () =>
      defineInstrument({
        id: 'probe',
        version: '1.0.0',
        title: text,
        description: text,
        wording: text,
        items: [{ id: 'probe.1', type: 'boolean', text }],
        // @ts-expect-error 'probe.2' is not an item of this instrument
        scales: [{ id: 'probe', title: text, items: ['probe.2'], scoring: { kind: 'flag' }, missing: { minAnswered: 1, prorate: false, why: text }, range: { min: 0, max: 1 }, higherIs: 'neutral' }],
        citations: [],
      });
    expect(define().items[0]!.id).toBe('probe.1');
  });

  it('exports the options type of createScorer', () => {
    expectTypeOf<ScorerOptions>().toEqualTypeOf<NonNullable<Parameters<typeof core.createScorer>[1]>>();
    const options: ScorerOptions = { approach: 'direct', risks: false };
    expect(core.createScorer(undefined, options).score({ answers: {} }).risks).toBeNull();
  });
});

describe('createScaleScorer', () => {
  it('gives the same scales, ladder and warnings as createScorer, and no risk report', () => {
    const intake = { answers: { 'resp.1': 4, 'resp.2': 2, 'ladder.paidWork': 'supported', 'ladder.growthPotential': true, 'bg.age': 20, 'bg.yearsSinceLastJob': 15 } };
    const full = core.createScorer().score(intake);
    const scalesOnly = core.createScaleScorer().score(intake);
    expect(full.risks).not.toBeNull();
    expect(scalesOnly).toEqual({ ...full, risks: null });
    expect(core.createScaleScorer().safeScore({ answers: { 'resp.1': 9 } }).ok).toBe(false);
  });
});

describe('validateIntake', () => {
  it('checks against the default catalogue when none is given', () => {
    expect(validateIntake({ answers: { 'dass21.q01': 2 } })).toEqual(validateIntake({ answers: { 'dass21.q01': 2 } }, DEFAULT_CATALOGUE));
    expect(validateIntake({ answers: { 'dass21.q01': 2 } }).ok).toBe(true);
    expect(validateIntake({ answers: { 'dass21.q01': 9 } }).ok).toBe(false);
  });

  it('still reports the problems in the answers when the envelope is invalid', () => {
    const outcome = validateIntake({ date: '28-11-2026', extra: true, instruments: ['dass22'], answers: { 'dass21.q01': 9, 'nope.1': 1, 'resp.1': 3 } });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['structure', 'date'],
      ['structure', '(root)'],
      ['off-scale', 'answers.dass21.q01'],
      ['unknown-item', 'answers.nope.1'],
      ['unknown-instrument', 'instruments'],
    ]);
  });

  it('reports a missing answers field once', () => {
    const outcome = validateIntake({ id: 'x' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues.filter((issue) => issue.path === 'answers')).toHaveLength(1);
  });

  it('gives only the structure problem for input that is not an object', () => {
    for (const input of [null, 3, 'answers', [{ item: 'resp.1', value: 1 }]]) {
      const outcome = validateIntake(input);
      expect(outcome.ok, JSON.stringify(input)).toBe(false);
      if (!outcome.ok) expect(outcome.issues.every((issue) => issue.code === 'structure')).toBe(true);
    }
  });
});
