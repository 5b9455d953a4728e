import { describe, expect, it } from 'vitest';
import { parseJsonStrict } from '../src/json/strict-parse.js';
import { DEFAULT_CATALOGUE } from '../src/scoring/default-catalogue.js';
import { safeScoreIntake, scoreIntake } from '../src/intake/score.js';
import { IntakeValidationError, validateIntake } from '../src/scoring/validate.js';

function issuesOf(input: unknown) {
  const outcome = validateIntake(input, DEFAULT_CATALOGUE);
  if (outcome.ok) throw new Error('expected the input to be rejected');
  return outcome.issues;
}

describe('validating an intake response', () => {
  it('rejects an unknown item id and names it in Dutch and English', () => {
    const [issue] = issuesOf({ answers: { 'bc.stres': 3 } });
    expect(issue).toMatchObject({ code: 'unknown-item', path: 'answers.bc.stres' });
    expect(issue!.message.nl).toContain('onbekend item "bc.stres"');
    expect(issue!.message.en).toContain('unknown item "bc.stres"');
  });

  it('rejects a value off the scale and lists the allowed values', () => {
    const [issue] = issuesOf({ answers: { 'bc.stress': 6 } });
    expect(issue!.code).toBe('off-scale');
    expect(issue!.message.nl).toBe('antwoord 6 op "bc.stress" valt buiten de schaal; toegestaan is een geheel getal van 1 tot en met 5');
    expect(issue!.message.en).toBe('answer 6 to "bc.stress" is off the scale; allowed is a whole number from 1 to 5');
  });

  it('rejects a fraction on a whole-number scale and a DASS-21 answer of 4', () => {
    expect(issuesOf({ answers: { 'bc.stress': 2.5 } })[0]!.code).toBe('off-scale');
    expect(issuesOf({ answers: { 'dass21.q01': 4 } })[0]!.message.en).toContain('from 0 to 3');
  });

  it('rejects the wrong type', () => {
    const [issue] = issuesOf({ answers: { 'bc.stress': '4' } });
    expect(issue!.code).toBe('wrong-type');
    expect(issue!.message.en).toContain('answer "4" to "bc.stress" has the wrong type');
    expect(issuesOf({ answers: { 'bg.children': 'yes' } })[0]!.message.en).toContain('true (yes) or false (no)');
    expect(issuesOf({ answers: { 'ladder.paidWork': 'maybe' } })[0]!.message.en).toContain('one of: "none", "supported", "unsupported"');
  });

  it('rejects an item answered twice, in the list form and as a duplicate JSON key', () => {
    const issues = issuesOf({ answers: [{ item: 'bc.stress', value: 3 }, { item: 'bc.stress', value: 4 }] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'duplicate', path: 'answers.bc.stress' });
    expect(() => parseJsonStrict('{"answers":{"bc.stress":3,"bc.stress":4}}')).toThrow(/bc\.stress/);
  });

  it('rejects a checklist code twice or an unknown code', () => {
    expect(issuesOf({ answers: { 'bg.support': ['gp', 'gp'] } })[0]!.code).toBe('duplicate');
    expect(issuesOf({ answers: { 'bg.support': ['astrology'] } })[0]!.code).toBe('off-scale');
  });

  it('reports every problem at once', () => {
    const issues = issuesOf({ answers: { 'bc.stress': 9, 'x.y': 1, 'bg.age': -3 } });
    expect(issues.map((i) => i.path).sort()).toEqual(['answers.bc.stress', 'answers.bg.age', 'answers.x.y']);
  });

  it('rejects a malformed envelope with the field named', () => {
    const issues = issuesOf({ answer: {} });
    expect(issues.some((i) => i.code === 'structure' && i.message.en.includes('answers'))).toBe(true);
    expect(issuesOf({ answers: {}, date: '23-11-2026' })[0]!.path).toBe('date');
    expect(issuesOf({ answers: {}, referenceGroup: 'everyone' })[0]!.path).toBe('referenceGroup');
  });

  it('says what is wrong with a malformed envelope, in both languages, not just "invalid input"', () => {
    const wrongType = issuesOf({ answers: {}, id: 5 })[0]!.message;
    expect(wrongType).toEqual({ nl: 'ongeldige opbouw bij "id": verwacht string, gevonden number', en: 'invalid structure at "id": expected string, found number' });
    expect(issuesOf({ answers: {}, extra: 1 })[0]!.message.nl).toBe('ongeldige opbouw bij "(root)": onbekende velden: extra');
    expect(issuesOf({ answers: {}, referenceGroup: 'everyone' })[0]!.message.en).toBe(
      'invalid structure at "referenceGroup": not allowed; allowed: "total", "control", "intervention"',
    );
    expect(issuesOf({ answers: {}, date: '23-11-2026' })[0]!.message.nl).toBe('ongeldige opbouw bij "date": geen geldige date');
    expect(issuesOf({})[0]!.message.en).toBe('invalid structure at "answers": is missing');
    // No English left in the Dutch text of any envelope issue.
    for (const input of [{ answers: {}, id: 5 }, { answers: {}, extra: 1 }, { answers: {}, referenceGroup: 'x' }, {}]) {
      for (const issue of issuesOf(input)) expect(issue.message.nl).not.toMatch(/Invalid|expected|Unrecognized/);
    }
  });

  it('treats missing and null answers as not answered, not as errors', () => {
    const outcome = safeScoreIntake({ answers: { 'bc.stress': null, 'bc.teamwork': 4 } });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.result.scales.basicCompetences!.itemsAnswered).toBe(1);
  });

  it('throws IntakeValidationError from scoreIntake with both languages in the message', () => {
    try {
      scoreIntake({ answers: { 'bc.stress': 0 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IntakeValidationError);
      expect((error as IntakeValidationError).issues).toHaveLength(1);
      expect((error as Error).message).toContain('buiten de schaal');
      expect((error as Error).message).toContain('off the scale');
    }
  });
});

describe('the fast validator and the published contract', () => {
  it('never accepts what IntakeResponseSchema rejects', async () => {
    const fc = (await import('fast-check')).default;
    const { IntakeResponseSchema } = await import('../src/schema.js');
    const knownIds = [...DEFAULT_CATALOGUE.items.keys()];
    const answerValue = fc.oneof(fc.jsonValue(), fc.integer({ min: -1, max: 6 }), fc.boolean(), fc.array(fc.string()), fc.constant(null));
    const answers = fc.oneof(
      fc.dictionary(fc.constantFrom(...knownIds), answerValue),
      fc.array(fc.record({ item: fc.constantFrom(...knownIds), value: answerValue })),
      fc.jsonValue(),
    );
    let accepted = 0;
    fc.assert(
      fc.property(answers, fc.option(fc.constantFrom('total', 'control', 'nobody')), (a, group) => {
        const input = group === null ? { answers: a } : { answers: a, referenceGroup: group };
        if (!validateIntake(input, DEFAULT_CATALOGUE).ok) return;
        accepted++;
        expect(IntakeResponseSchema.safeParse(input).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(100); // the property must see accepted inputs to mean anything
  });
});
