import { expect } from 'vitest';
import { StatsInputError } from '../../src/stats/errors.js';

/** Runs `run`, expects it to throw a StatsInputError, and returns it so the test can read its text. */
export function thrownStatsError(run: () => unknown): StatsInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(StatsInputError);
    return error as StatsInputError;
  }
  throw new Error('expected a StatsInputError');
}
