import { describe, expect, it } from 'vitest';
import { keyRuns, rangeOf } from '../src/store/key-runs';

describe('keyRuns', () => {
  it('groups keys to delete that are neighbours in the store into one run', () => {
    expect(keyRuns([1, 2, 3, 4, 5], new Set([2, 3, 4]))).toEqual([[2, 3, 4]]);
    expect(keyRuns(['a', 'b', 'c'], new Set(['a', 'b', 'c']))).toEqual([['a', 'b', 'c']]);
  });

  it('ends a run at a key that stays: a surviving client’s entry between two that go survives', () => {
    // Audit ids 10 and 12 belong to a client that goes, 11 to one that stays.
    const runs = keyRuns([9, 10, 11, 12, 13], new Set([10, 12, 13]));
    expect(runs).toEqual([[10], [12, 13]]);
    expect(runs.flat()).not.toContain(11);
  });

  it('leaves out a key the store no longer holds, and makes no run when nothing goes', () => {
    expect(keyRuns(['a', 'c'], new Set(['a', 'b', 'c']))).toEqual([['a', 'c']]);
    expect(keyRuns(['a', 'b'], new Set(['z']))).toEqual([]);
    expect(keyRuns([1, 2, 3], new Set())).toEqual([]);
  });

  it('follows the order it is given (the store’s key order), not the order of the keys to delete', () => {
    expect(keyRuns(['a', 'b', 'c', 'd'], new Set(['d', 'a', 'b']))).toEqual([['a', 'b'], ['d']]);
  });
});

describe('rangeOf', () => {
  it('is the key itself for one key, and the closed range from first to last for more', () => {
    expect(rangeOf(['k'])).toBe('k');
    const range = rangeOf([3, 4, 7]) as IDBKeyRange;
    expect([range.lower, range.upper, range.lowerOpen, range.upperOpen]).toEqual([3, 7, false, false]);
  });
});
