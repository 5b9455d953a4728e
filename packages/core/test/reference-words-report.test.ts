import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../src/report/format.js';
import { formatSummary } from '../src/report/summary.js';
import { formatTextReport } from '../src/report/text.js';
import type { IntakeResponse, IntakeResult } from '../src/schema.js';
import { DEFAULT_CATALOGUE } from '../src/scoring/default-catalogue.js';
import { createScorer } from '../src/intake/score.js';

const personas = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'examples', 'personas.json'), 'utf8')) as {
  id: string;
  intake: IntakeResponse & { answers: Record<string, unknown> };
}[];

// Scales and ladder only: the place in the reference group does not depend on the risk models.
const scorer = createScorer(DEFAULT_CATALOGUE, { risks: false });

function scored(id: string, answers: Record<string, unknown> = {}, referenceGroup?: IntakeResponse['referenceGroup']): IntakeResult {
  const p = personas.find((x) => x.id === id)!;
  return scorer.score({ ...p.intake, referenceGroup: referenceGroup ?? p.intake.referenceGroup, answers: { ...p.intake.answers, ...answers } });
}

/** The scale's line, not the instrument heading of the same name (a scale line has parts joined by ' · ' or ', '). */
const lineOf = (text: string, start: string) => text.split('\n').find((l) => l.trimStart().startsWith(start) && /[·,]/.test(l)) ?? '';
const basicCompetences = (value: number) => Object.fromEntries(DEFAULT_CATALOGUE.instruments.find((i) => i.id === 'basic-competences')!.items.map((i) => [i.id, value]));

describe('the text report follows the reading of each reference comparison', () => {
  it('gives z and the percentile for a scale the normal curve fits', () => {
    const result = scored('kees');
    const bc = result.scales.basicCompetences!;
    expect(bc.reference!.reading).toBe('percentile');
    const line = lineOf(formatTextReport(result, 'nl'), 'Basiscompetenties');
    expect(line).toContain(`z ${formatNumber(bc.reference!.z, 'nl')}, hoger dan ${formatNumber(bc.reference!.percentile, 'nl', 0)}% van de referentiegroep`);
  });

  it('gives mean and SD, and neither z nor a percentile, for years since the last job', () => {
    const result = scored('kees'); // 14 years
    expect(result.scales.yearsSinceLastJob!.reference!.reading).toBe('not-normal');
    const nl = lineOf(formatTextReport(result, 'nl'), 'Jaren sinds laatste betaalde baan');
    expect(nl).toContain('geen percentiel, want een normale verdeling past niet bij deze schaal; gemiddelde van de referentiegroep 3,96 (sd 5,81)');
    expect(nl).not.toMatch(/hoger dan|z -?\d/);
    const en = lineOf(formatTextReport(result, 'en'), 'Years since last paid job');
    expect(en).toContain('no percentile, as a normal distribution does not fit this scale; reference group mean 3.96 (SD 5.81)');
    expect(en).not.toMatch(/higher than|z -?\d/);
  });

  it('names the floor of the scale for the lowest work expectation', () => {
    const result = scored('fatma'); // work expectation 1, total group
    const line = lineOf(formatTextReport(result, 'nl'), 'Verwachting over weer aan het werk gaan');
    expect(line).toContain('aan de onderkant van de schaal; gemiddelde van de referentiegroep 1,34');
    expect(line).not.toContain('%');
  });
});

describe('the summary follows the reading of each reference comparison', () => {
  it('says floor and ceiling instead of a percentile (Dutch and English)', () => {
    const bottom = formatSummary(scored('kees', basicCompetences(1)), 'nl');
    expect(bottom).toContain('- Basiscompetenties: 1 (1–5), aan de onderkant van de schaal; gemiddelde van de referentiegroep 3,78');
    const top = formatSummary(scored('kees', basicCompetences(5)), 'en');
    expect(top).toContain('- Basic competences: 5 (1–5), at the top of the scale; reference group mean 3.78');
    expect(lineOf(bottom, '- Basiscompetenties')).not.toContain('hoger dan');
    expect(lineOf(top, '- Basic competences')).not.toContain('higher than');
  });

  it('gives the group’s mean and SD where the normal curve puts too much of the group outside the scale', () => {
    // attitude towards work, control group: mean 3.92, SD 0.92 on 1–5 puts 12% above 5
    const result = scored('joyce', {}, 'control');
    const attitude = result.scales.workAttitude!;
    expect(attitude.reference!.reading).toBe('not-normal');
    const line = lineOf(formatSummary(result, 'nl'), '- Houding ten opzichte van werk');
    expect(line).toBe(
      `- Houding ten opzichte van werk: ${formatNumber(attitude.score!, 'nl')} (1–5), geen percentiel, want een normale verdeling past niet bij deze schaal; gemiddelde van de referentiegroep 3,92 (sd 0,92)`,
    );
  });

  it('keeps the percentile for a mid score on a scale the normal curve fits', () => {
    const result = scored('kees');
    const bc = result.scales.basicCompetences!;
    expect(lineOf(formatSummary(result, 'en'), '- Basic competences')).toContain(`higher than ${formatNumber(bc.reference!.percentile, 'en', 0)}% of the reference group`);
  });
});
