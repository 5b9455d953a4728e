import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../src/report/summary.js';
import { formatTextReport } from '../src/report/text.js';
import { IntakeResultSchema } from '../src/schema.js';
import { createScorer, safeScoreIntake } from '../src/intake/score.js';
import { WARNINGS_HEADING } from '../src/report/warnings-block.js';

/** Scales and ladder only: these tests are about answers, not about the risk models. */
const score = (input: unknown) => createScorer(undefined, { risks: false }).score(input);
const example = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'examples', 'intake.json'), 'utf8')) as { answers: Record<string, unknown> };

describe('warnings in the result', () => {
  it('are empty for a consistent intake, and part of the result contract', () => {
    const result = score(example);
    expect(result.warnings).toEqual([]);
    expect(() => IntakeResultSchema.parse(result)).not.toThrow();
  });

  it('name an answer to a question that does not apply, and score it as not given, without refusing the intake', () => {
    const outcome = safeScoreIntake({ answers: { 'bg.age': 40, 'bg.children': false, 'bg.youngestChildAge': 4, 'bg.childcareArranged': true } });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { result } = outcome;
    expect(result.warnings.map((w) => [w.code, w.items])).toEqual([
      ['not-applicable', ['bg.youngestChildAge', 'bg.children']],
      ['not-applicable', ['bg.childcareArranged', 'bg.children']],
    ]);
    expect(result.warnings[0]!.message).toEqual({
      nl: 'Het antwoord op "Hoe oud is uw jongste kind?" (4 jaar) telt niet mee: die vraag geldt alleen als het antwoord op "Hebt u kinderen?" Ja is (nu: Nee).',
      en: 'The answer to "How old is your youngest child?" (4 years) is not used: that question applies only when the answer to "Do you have children?" is Yes (now: No).',
    });
    expect(result.background['bg.youngestChildAge']).toBeNull();
    expect(result.background['bg.childcareArranged']).toBeNull();
    expect(() => IntakeResultSchema.parse(result)).not.toThrow();
  });

  it('do not count the youngest child’s age as missing for a client without children', () => {
    const scale = score({ answers: { 'bg.children': false } }).scales['ageYoungestChild']!;
    expect(scale.status).toBe('not-applicable');
    expect(scale.score).toBeNull();
    expect(scale.reason!.nl).toContain('Geldt niet voor deze cliënt');
    expect(scale.reason!.en).toContain('Does not apply to this client');
  });

  it('leave the youngest child’s age missing while it is unknown whether there are children', () => {
    expect(score({ answers: { 'bg.age': 40 } }).scales['ageYoungestChild']!.status).toBe('insufficient');
    expect(score({ answers: { 'bg.children': true } }).scales['ageYoungestChild']!.status).toBe('insufficient');
    expect(score({ answers: { 'bg.children': true, 'bg.youngestChildAge': 4 } }).scales['ageYoungestChild']!.score).toBe(4);
  });

  it('keep the ladder on the deciding answer and name the answers below it that do not count', () => {
    const result = score({ answers: { 'ladder.paidWork': 'supported', 'ladder.unpaidWork': true, 'ladder.growthPotential': true } });
    expect(result.ladder.position).toBe(10);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]!.items).toEqual(['ladder.unpaidWork', 'ladder.paidWork']);
    expect(result.warnings[0]!.message.en).toContain('(now: Yes, with support)');
  });

  it('come after the not-applicable ones for inconsistent answers, and only for administered instruments', () => {
    const answers = { 'bg.age': 30, 'bg.yearsSinceLastJob': 25, 'bg.children': false, 'bg.youngestChildAge': 29, 'ladder.paidWork': 'none' };
    expect(score({ answers }).warnings.map((w) => w.code)).toEqual(['not-applicable', 'inconsistent']);
    expect(score({ instruments: ['ladder'], answers }).warnings).toEqual([]);
  });
});

describe('warnings in the reports', () => {
  const result = score({ answers: { ...example.answers, 'bg.age': 30, 'bg.yearsSinceLastJob': 25 } });
  const [warning] = result.warnings;

  it('the text report puts them under "Let op" / "Check" before the ladder', () => {
    expect(result.warnings).toHaveLength(1);
    const nl = formatTextReport(result, 'nl');
    expect(nl).toContain(`\n${WARNINGS_HEADING.nl}:\n  ! ${warning!.message.nl}\n`);
    expect(nl.indexOf(WARNINGS_HEADING.nl)).toBeLessThan(nl.indexOf('Participatieladder'));
    expect(formatTextReport(result, 'en')).toContain(`\n${WARNINGS_HEADING.en}:\n  ! ${warning!.message.en}\n`);
  });

  it('the summary gives one line per warning', () => {
    expect(formatSummary(result, 'nl')).toContain(`\n${WARNINGS_HEADING.nl}:\n- ${warning!.message.nl}\n`);
    expect(formatSummary(result, 'en')).toContain(`\n${WARNINGS_HEADING.en}:\n- ${warning!.message.en}\n`);
  });

  it('neither shows the block without warnings', () => {
    const clean = score(example);
    expect(formatTextReport(clean, 'nl')).not.toContain(`${WARNINGS_HEADING.nl}:`);
    expect(formatSummary(clean, 'en')).not.toContain(`${WARNINGS_HEADING.en}:`);
  });
});
