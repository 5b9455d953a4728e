import { describe, expect, it } from 'vitest';
import { positionOf } from '../src/ladder/definition.js';
import { ladderMovement } from '../src/ladder/movement.js';
import { placeOnLadder } from '../src/ladder/place.js';
import type { AnswerValue } from '../src/schema.js';

type A = Record<string, Exclude<AnswerValue, null>>;
const place = (answers: A, administered = true) => placeOnLadder(new Map(Object.entries(answers)), administered, 'total');

/** The decision answers that lead to each rung, from the top rung down. */
const forRung: Record<number, A> = {
  6: { 'ladder.paidWork': 'unsupported' },
  5: { 'ladder.paidWork': 'supported' },
  4: { 'ladder.paidWork': 'none', 'ladder.unpaidWork': true },
  3: { 'ladder.paidWork': 'none', 'ladder.unpaidWork': false, 'ladder.organisedActivities': true },
  2: { 'ladder.paidWork': 'none', 'ladder.unpaidWork': false, 'ladder.organisedActivities': false, 'ladder.socialContacts': true },
  1: { 'ladder.paidWork': 'none', 'ladder.unpaidWork': false, 'ladder.organisedActivities': false, 'ladder.socialContacts': false },
};

describe('participation ladder', () => {
  it('follows TNO 2013: position = 2 × (rung − 1) + (growth ? 2 : 1)', () => {
    expect([1, 2, 3, 4, 5, 6].flatMap((r) => [positionOf(r, false), positionOf(r, true)])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it.each([1, 2, 3, 4, 5, 6].flatMap((rung) => [false, true].map((growth) => [rung, growth] as const)))(
    'places rung %i with growth %s on its position',
    (rung, growth) => {
      const r = place({ ...forRung[rung], 'ladder.growthPotential': growth });
      expect(r.status).toBe('placed');
      expect(r.rung).toBe(rung);
      expect(r.position).toBe(2 * (rung - 1) + (growth ? 2 : 1));
      expect(r.growthPotential).toBe(growth);
      expect(r.reason.nl).toContain(`Trede ${rung}`);
      expect(r.reason.en).toContain(`Position ${r.position}`);
      expect(r.reference?.mean).toBe(5.84);
    },
  );

  it('lets a higher rung decide even when lower questions are unanswered', () => {
    expect(place({ 'ladder.paidWork': 'supported', 'ladder.growthPotential': false }).position).toBe(9);
  });

  it('gives no placement when a deciding answer is missing, and names it', () => {
    const r = place({ 'ladder.paidWork': 'none', 'ladder.growthPotential': true });
    expect(r.status).toBe('insufficient');
    expect(r.position).toBeNull();
    expect(r.reason.en).toContain('volunteer work');
  });

  it('gives the rung but no position without growth potential', () => {
    const r = place(forRung[3]!);
    expect(r.status).toBe('rung-only');
    expect(r.rung).toBe(3);
    expect(r.position).toBeNull();
  });

  it('reports not administered', () => {
    expect(place({}, false).status).toBe('not-administered');
  });
});

describe('ladder movement', () => {
  const at = (rung: number, growth: boolean, date: string | null) => ({ ladder: place({ ...forRung[rung], 'ladder.growthPotential': growth }), date });

  it('measures steps, rungs and days between two intakes', () => {
    const m = ladderMovement(at(2, true, '2026-01-10'), at(4, false, '2026-07-09'))!;
    expect(m.from.position).toBe(4);
    expect(m.to.position).toBe(7);
    expect(m.positionChange).toBe(3);
    expect(m.rungChange).toBe(2);
    expect(m.direction).toBe('up');
    expect(m.growthPotentialChanged).toBe(true);
    expect(m.days).toBe(180);
    expect(m.summary.nl).toBe('Gestegen van positie 4 naar 7 (3 stappen).');
  });

  it('reports a move down and no change', () => {
    expect(ladderMovement(at(5, false, null), at(3, false, null))!.direction).toBe('down');
    const same = ladderMovement(at(3, true, null), at(3, true, null))!;
    expect(same.direction).toBe('same');
    expect(same.days).toBeNull();
  });

  it('is null when an intake has no position', () => {
    expect(ladderMovement({ ladder: place(forRung[3]!), date: null }, at(3, true, null))).toBeNull();
  });
});
