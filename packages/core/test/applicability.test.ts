import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { background } from '../src/instruments/background.js';
import type { ItemDefinition } from '../src/instruments/types.js';
import { ladderInstrument } from '../src/ladder/definition.js';
import { placeOnLadder } from '../src/ladder/place.js';
import type { AnswerValue } from '../src/schema.js';
import { applicability, conditionHolds, decidedOff, failedConditions } from '../src/scoring/applicability.js';
import { DEFAULT_CATALOGUE } from '../src/scoring/default-catalogue.js';
import { instrumentAnswers } from './support/arbitraries.js';

type Answer = Exclude<AnswerValue, null>;
const answers = (record: Record<string, Answer>) => new Map(Object.entries(record));
const text = { nl: 'x', en: 'x' };

describe('conditionHolds (FHIR enableWhen semantics)', () => {
  it("'=' holds when the answer, or one of a checklist's codes, equals the value; never without an answer", () => {
    expect(conditionHolds({ question: 'q', operator: '=', answer: true }, true)).toBe(true);
    expect(conditionHolds({ question: 'q', operator: '=', answer: true }, false)).toBe(false);
    expect(conditionHolds({ question: 'q', operator: '=', answer: 'gp' }, ['none', 'gp'])).toBe(true);
    expect(conditionHolds({ question: 'q', operator: '=', answer: 'gp' }, ['none'])).toBe(false);
    expect(conditionHolds({ question: 'q', operator: '=', answer: 3 }, 3)).toBe(true);
    expect(conditionHolds({ question: 'q', operator: '=', answer: 3 }, undefined)).toBe(false);
  });

  it("'!=' holds when no value equals, an unanswered question included", () => {
    expect(conditionHolds({ question: 'q', operator: '!=', answer: 'none' }, 'supported')).toBe(true);
    expect(conditionHolds({ question: 'q', operator: '!=', answer: 'none' }, 'none')).toBe(false);
    expect(conditionHolds({ question: 'q', operator: '!=', answer: 'gp' }, ['none', 'gp'])).toBe(false);
    expect(conditionHolds({ question: 'q', operator: '!=', answer: 'gp' }, undefined)).toBe(true);
  });
});

describe('failedConditions', () => {
  const item = (enableBehavior?: 'all' | 'any'): ItemDefinition => ({
    id: 'c',
    type: 'boolean',
    text,
    enableWhen: [
      { question: 'a', operator: '=', answer: true },
      { question: 'b', operator: '=', answer: 2 },
    ],
    ...(enableBehavior ? { enableBehavior } : {}),
  });
  const lookup = (record: Record<string, Answer>) => (id: string) => record[id];

  it("'all' (the default) needs every condition and reports the ones that failed", () => {
    expect(failedConditions(item(), lookup({ a: true, b: 2 }))).toEqual([]);
    expect(failedConditions(item('all'), lookup({ a: true, b: 1 }))).toEqual([{ condition: item().enableWhen![1], answer: 1 }]);
    expect(failedConditions(item(), lookup({}))).toHaveLength(2);
  });

  it("'any' needs one condition; when none holds it reports them all", () => {
    expect(failedConditions(item('any'), lookup({ a: false, b: 2 }))).toEqual([]);
    expect(failedConditions(item('any'), lookup({ a: false }))).toEqual([
      { condition: item().enableWhen![0], answer: false },
      { condition: item().enableWhen![1], answer: undefined },
    ]);
  });

  it('an item without conditions always applies', () => {
    expect(failedConditions({ id: 'x', type: 'boolean', text }, () => undefined)).toEqual([]);
  });
});

describe('applicability', () => {
  it('switches off the youngest child and childcare without children, and drops their answers', () => {
    const given = answers({ 'bg.age': 40, 'bg.children': false, 'bg.youngestChildAge': 4, 'bg.childcareArranged': true });
    const result = applicability(background.items, given);
    expect([...result.switchedOff.keys()]).toEqual(['bg.youngestChildAge', 'bg.childcareArranged']);
    expect(result.switchedOff.get('bg.youngestChildAge')).toEqual([{ condition: { question: 'bg.children', operator: '=', answer: true }, answer: false }]);
    expect(Object.fromEntries(result.answers)).toEqual({ 'bg.age': 40, 'bg.children': false });
    // The input is left alone.
    expect(given.get('bg.youngestChildAge')).toBe(4);
  });

  it('gives the counted answers as a map without the dropped ones for every way of reading it', () => {
    const given = answers({ 'bg.age': 40, 'bg.children': false, 'bg.youngestChildAge': 4, 'bg.childcareArranged': true });
    const counted = applicability(background.items, given).answers;
    expect(counted.get('bg.youngestChildAge')).toBeUndefined();
    expect(counted.has('bg.childcareArranged')).toBe(false);
    expect(counted.get('bg.age')).toBe(40);
    expect(counted.has('bg.children')).toBe(true);
    expect(counted.size).toBe(2);
    expect([...counted.keys()]).toEqual(['bg.age', 'bg.children']);
    expect([...counted.values()]).toEqual([40, false]);
    expect([...counted.entries()]).toEqual([...counted]);
    const seen: string[] = [];
    counted.forEach((value, key, map) => {
      seen.push(`${key}=${String(value)}`);
      expect(map).toBe(counted);
    });
    expect(seen).toEqual(['bg.age=40', 'bg.children=false']);
  });

  it('keeps them with children, and returns the same map when nothing is dropped', () => {
    const given = answers({ 'bg.children': true, 'bg.youngestChildAge': 4 });
    const result = applicability(background.items, given);
    expect(result.switchedOff.size).toBe(0);
    expect(result.answers).toBe(given);
  });

  it('counts a question as switched off, not missing, while the question it depends on is unanswered', () => {
    const result = applicability(background.items, answers({ 'bg.age': 30 }));
    expect(result.switchedOff.get('bg.youngestChildAge')).toEqual([{ condition: { question: 'bg.children', operator: '=', answer: true }, answer: undefined }]);
    expect(result.answers.size).toBe(1);
  });

  it('follows chains: with paid work, every lower rung question is off, each because the one above is', () => {
    const result = applicability(
      ladderInstrument.items,
      answers({ 'ladder.paidWork': 'supported', 'ladder.unpaidWork': false, 'ladder.organisedActivities': false, 'ladder.socialContacts': true, 'ladder.growthPotential': true }),
    );
    expect([...result.switchedOff.keys()]).toEqual(['ladder.unpaidWork', 'ladder.organisedActivities', 'ladder.socialContacts']);
    // organisedActivities looked at unpaidWork, which is off itself: it counts as no answer.
    expect(result.switchedOff.get('ladder.organisedActivities')![0]!.answer).toBeUndefined();
    expect(Object.fromEntries(result.answers)).toEqual({ 'ladder.paidWork': 'supported', 'ladder.growthPotential': true });
  });

  it('walks the ladder one no at a time', () => {
    const result = applicability(ladderInstrument.items, answers({ 'ladder.paidWork': 'none', 'ladder.unpaidWork': false, 'ladder.organisedActivities': true }));
    expect([...result.switchedOff.keys()]).toEqual(['ladder.socialContacts']);
  });

  it('tells a question settled off by the answers from one left open by a missing answer, through chains', () => {
    const items = DEFAULT_CATALOGUE.itemDefinitions;
    const off = (record: Record<string, Answer>, id: string) => decidedOff(id, applicability(DEFAULT_CATALOGUE.itemDefinitions.values(), answers(record)), items);
    expect(off({ 'bg.children': false }, 'bg.youngestChildAge')).toBe(true);
    expect(off({}, 'bg.youngestChildAge')).toBe(false);
    expect(off({ 'bg.children': true }, 'bg.youngestChildAge')).toBe(false);
    expect(off({ 'ladder.paidWork': 'unsupported' }, 'ladder.socialContacts')).toBe(true);
    expect(off({ 'ladder.paidWork': 'none' }, 'ladder.socialContacts')).toBe(false);
  });

  it('never hides an answer the ladder placement needs: placing on all answers or on the counted ones is the same', () => {
    fc.assert(
      fc.property(instrumentAnswers(ladderInstrument), (record) => {
        const given = answers(record);
        const counted = applicability(ladderInstrument.items, given).answers;
        expect(placeOnLadder(counted, true, 'total')).toEqual(placeOnLadder(given, true, 'total'));
      }),
      { numRuns: 300 },
    );
  });
});
