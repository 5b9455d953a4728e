import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntakeResultSchema } from '../src/schema.js';
import { BANDS_OF_KIND } from '../src/risk/bands.js';
import { DEFAULT_CATALOGUE } from '../src/scoring/default-catalogue.js';
import { createScorer, scoreIntake } from '../src/intake/score.js';

interface Persona {
  id: string;
  name: string;
  intake: unknown;
}
const personas = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'examples', 'personas.json'), 'utf8')) as Persona[];

/** The figures a caseworker sees, rounded so that a golden file reads well and a real change shows up. */
function summary(persona: Persona) {
  const result = scoreIntake(persona.intake);
  IntakeResultSchema.parse(result);
  return {
    ladder: result.ladder.position,
    risks: result.risks!.moments.map((m) => ({
      model: m.modelId,
      status: m.status,
      kind: m.kind,
      probability: m.probability === null ? null : Number(m.probability.toFixed(4)),
      band: m.band,
      frequency: m.frequency ? `${m.frequency.client.count}/${m.frequency.client.of} vs ${m.frequency.base.count}/${m.frequency.base.of}` : null,
      drivers: m.factors.filter((f) => f.assessed).map((f) => `${f.id}:${f.effect}`),
      attention: m.attentionPoints.filter((a) => a.concern).map((a) => a.id),
      flags: m.flags.map((f) => `${f.kind}:${f.id}`),
      actions: m.actions.map((a) => a.basis),
    })),
  };
}

describe('fictional personas (golden results)', () => {
  it('has at least 8 personas, each a valid intake', () => {
    expect(personas.length).toBeGreaterThanOrEqual(8);
    for (const p of personas) expect(() => scoreIntake(p.intake), p.id).not.toThrow();
  });

  // Scored under both approaches, so both during-trajectory models are covered.
  const scored = personas.flatMap((p) => (['integrated', 'direct'] as const).map((approach) => createScorer(DEFAULT_CATALOGUE, { approach }).score(p.intake)));
  const bandsOf = (modelId: string) => new Set(scored.flatMap((r) => r.risks!.moments.filter((m) => m.modelId === modelId).map((m) => m.band)));

  it.each(['before-start', 'during-integrated', 'during-direct'])('span every band of the dropout model %s', (modelId) => {
    const bands = bandsOf(modelId);
    for (const band of BANDS_OF_KIND.dropout) expect(bands.has(band), band).toBe(true);
  });

  it('span both ends of the chance of work, and include a case without a probability', () => {
    const bands = bandsOf('outflow');
    expect(bands.has('much-lower')).toBe(true);
    expect(bands.has('higher')).toBe(true);
    expect(bands.has(null)).toBe(true);
  });

  for (const persona of personas) {
    it(`${persona.name}`, async () => {
      await expect(JSON.stringify(summary(persona), null, 1)).toMatchFileSnapshot(`./golden/${persona.id}.json`);
    });
  }
});
