import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overrideBand } from '../src/risk/override.js';
import { formatNumber } from '../src/report/format.js';
import { formatSummary as buildSummary } from '../src/report/summary.js';
import type { IntakeResponse, IntakeResult } from '../src/schema.js';
import { scoreIntake } from '../src/intake/score.js';

const personas = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'examples', 'personas.json'), 'utf8')) as {
  id: string;
  intake: IntakeResponse & { answers: Record<string, unknown> };
}[];

function scored(id: string, answers: Record<string, unknown> = {}): IntakeResult {
  const p = personas.find((x) => x.id === id)!;
  return scoreIntake({ ...p.intake, id: `demo-${id}`, answers: { ...p.intake.answers, ...answers } } as IntakeResponse);
}

const pct = (p: number, lang: 'nl' | 'en') => `${formatNumber(p * 100, lang, 0)}%`;

describe('formatSummary (the case-file summary of the panel and `trede score --format summary`)', () => {
  it('has the date, ladder position, scores and every risk with band, core’s probabilities and actions (Dutch)', () => {
    const result = scored('anouk');
    const text = buildSummary(result, 'nl');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Trede — samenvatting intake');
    expect(lines).toContain('Datum intake: 2026-11-02');
    expect(lines).toContain('Vergeleken met: interventiegroep, integrale aanpak (TNO 2013)');
    expect(lines).toContain(`Participatieladder: positie ${result.ladder.position} van 12 — ${result.ladder.positionLabel!.nl}`);

    const anxiety = result.scales.dassAnxiety!;
    expect(lines).toContain(
      // the short DASS sits against its floor in the study group: no percentile, the group's mean and SD instead
      `- Angstklachten: ${formatNumber(anxiety.score!, 'nl')} (4–16), geen percentiel, want een normale verdeling past niet bij deze schaal; gemiddelde van de referentiegroep 6,45 (sd 2,54)`,
    );
    expect(lines).toContain('Depressie en angst (korte DASS):');

    // Anouk: every dropout chance well above the study group's, and a lower chance of work, in its own section.
    expect(lines).toContain('Kans op uitval:');
    expect(lines).toContain('- Uitval vóór de start: veel hoger dan gemiddeld — ongeveer 8 van de 10 (studiegroep: ongeveer 6 van de 10)');
    expect(lines).toContain('- Uitval tijdens het traject (integrale aanpak): veel hoger dan gemiddeld — ongeveer 90 van de 100 (studiegroep: ongeveer 49 van de 100)');
    expect(lines).toContain('Kans op werk of studie:');
    expect(lines).toContain('- Kans op werk of studie: lager dan gemiddeld — ongeveer 4 van de 100 (studiegroep: ongeveer 9 van de 100)');
    expect(lines.indexOf('Kans op werk of studie:')).toBeGreaterThan(lines.indexOf('Kans op uitval:'));
    for (const risk of result.risks!.moments.filter((m) => m.status === 'estimated')) {
      for (const action of risk.actions.slice(0, 3)) expect(lines).toContain(`  → ${action.text.nl}${action.basis === 'suggestion' ? ' (suggestie van Trede)' : ''}`);
    }
    expect(text).not.toMatch(/: (laag|verhoogd|hoog)\b/);
    expect(text).not.toContain('Risico op uitval');
    expect(text).toContain('Samenhang, geen oorzaak');
    // the after-placement checklist was not administered: not in the summary
    expect(text).not.toContain('Na plaatsing');
    expect(text).toMatch(/Berekend met Trede \d/);
  });

  it('carries no client reference, intake id or background answers', () => {
    const result = scored('anouk');
    const text = buildSummary(result, 'nl');
    expect(text).not.toContain('demo-anouk');
    expect(text).not.toContain(result.intakeId!);
    expect(text).not.toContain('Leeftijd');
    expect(text).not.toContain('Uitkeringsdagen');
    expect(text).not.toMatch(/\d{9}/);
  });

  it('is in English when asked', () => {
    const result = scored('kees');
    const text = buildSummary(result, 'en');
    expect(text).toContain('Trede — intake summary');
    expect(text).toContain('Intake date: 2026-11-02');
    expect(text).toContain(`Participation ladder: position ${result.ladder.position} of 12 — ${result.ladder.positionLabel!.en}`);
    expect(text).toContain('- Dropout before the start: below average — about 3 in 10 (study group: about 6 in 10)');
    expect(text).toContain('Chance of work or study:\n- Chance of work or study: above average — about 16 in 100 (study group: about 9 in 100)');
    expect(text).not.toMatch(/kans|Datum/);
  });

  it('shows the caseworker’s band and reason next to the model’s', () => {
    const result = scored('anouk');
    const risks = result.risks!;
    const during = overrideBand(risks.moments[1]!, { band: 'higher', reason: 'GGZ-behandeling loopt al', at: '2026-11-03T10:00:00.000Z' });
    const text = buildSummary({ ...result, risks: { ...risks, moments: risks.moments.map((m) => (m.moment === 'during' ? during : m)) } }, 'nl');
    expect(text).toContain(`- ${during.title.nl}: hoger dan gemiddeld (oordeel klantmanager; model: veel hoger dan gemiddeld) — ongeveer 90 van de 100`);
    expect(text).toContain('  eigen inschatting klantmanager: hoger dan gemiddeld — GGZ-behandeling loopt al (2026-11-03)');
  });

  it('gives the reason when there is no probability or no position, and counts checklist signals', () => {
    const dewi = scored('dewi');
    const text = buildSummary(dewi, 'nl');
    expect(text).toContain(`Participatieladder: ${dewi.ladder.reason.nl}`);
    const during = dewi.risks!.moments.find((m) => m.moment === 'during')!;
    expect(text).toContain(`- ${during.title.nl}: ${during.reason!.nl}`);

    const sanne = scored('sanne');
    const after = sanne.risks!.moments.find((m) => m.moment === 'after-placement')!;
    const risks = after.flags.filter((f) => f.kind === 'risk').length;
    expect(buildSummary(sanne, 'nl')).toContain(`- ${after.title.nl}: ${risks} risicosignalen`);
  });

  it('limits the actions per moment', () => {
    const result = scored('anouk');
    const text = buildSummary(result, 'nl', { maxActions: 1 });
    const during = result.risks!.moments[1]!;
    expect(text).toContain(during.actions[0]!.text.nl);
    expect(text).not.toContain(during.actions[1]!.text.nl);
  });

  it('names a scale without a score and its reason', () => {
    const result = scored('kees', { 'resp.1': null });
    expect(result.scales.responsibility!.status).toBe('insufficient');
    expect(buildSummary(result, 'nl')).toContain(`- Gevoel van verantwoordelijkheid: ${result.scales.responsibility!.reason!.nl}`);
  });
});
