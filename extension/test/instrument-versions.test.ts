import { DEFAULT_CATALOGUE } from '@trede/core';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSIONS } from '../src/store/instrument-versions';

describe('the store’s list of instruments (src/store/instrument-versions.ts)', () => {
  it('is core’s default catalogue exactly: every instrument, in its order, with its definition version', () => {
    expect(Object.entries(CATALOGUE_VERSIONS)).toEqual(DEFAULT_CATALOGUE.instruments.map((instrument) => [instrument.id, instrument.version]));
  });
});
