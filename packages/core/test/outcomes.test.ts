import { describe, expect, it } from 'vitest';
import { OUTCOME_KIND_CODES, OUTCOME_PHASE_CODES, OUTCOME_REASON_CODES } from '../src/outcome-codes.js';
import { OUTCOME_KINDS, OUTCOME_PHASES, OUTCOME_REASONS } from '../src/outcomes.js';

describe('outcome codes and their words', () => {
  it('word every code, and only the codes, in the codes’ order', () => {
    expect(Object.keys(OUTCOME_KINDS)).toEqual([...OUTCOME_KIND_CODES]);
    expect(Object.keys(OUTCOME_PHASES)).toEqual([...OUTCOME_PHASE_CODES]);
    expect(Object.keys(OUTCOME_REASONS)).toEqual([...OUTCOME_REASON_CODES]);
  });

  it('give every reason a source in both languages', () => {
    for (const [code, reason] of Object.entries(OUTCOME_REASONS)) {
      expect(reason.citations.length, code).toBeGreaterThan(0);
      for (const c of reason.citations) expect(c.where.nl && c.where.en, code).toBeTruthy();
    }
  });
});
