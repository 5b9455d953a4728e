import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntakeResultSchema } from '../src/schema.js';
import { scoreIntake } from '../src/scoring/intake.js';

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
      probability: m.probability === null ? null : Number(m.probability.toFixed(4)),
      band: m.band,
      drivers: m.factors.filter((f) => f.assessed).map((f) => `${f.id}:${f.direction}`),
      attention: m.attentionPoints.filter((a) => a.attention).map((a) => a.id),
      flags: m.flags.map((f) => `${f.kind}:${f.id}`),
      actions: m.actions.length,
    })),
  };
}

describe('fictional personas (golden results)', () => {
  it('has at least 8 personas, each a valid intake', () => {
    expect(personas.length).toBeGreaterThanOrEqual(8);
    for (const p of personas) expect(() => scoreIntake(p.intake), p.id).not.toThrow();
  });

  it('spans every band for the dropout moments, and includes a case without a probability', () => {
    const bands = new Set(personas.flatMap((p) => scoreIntake(p.intake).risks!.moments.map((m) => m.band)));
    expect([...bands].sort()).toEqual(['elevated', 'high', 'low', null].sort());
  });

  for (const persona of personas) {
    it(`${persona.name}`, async () => {
      await expect(JSON.stringify(summary(persona), null, 1)).toMatchFileSnapshot(`./golden/${persona.id}.json`);
    });
  }
});
