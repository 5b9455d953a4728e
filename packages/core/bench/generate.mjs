// Deterministic random intakes for benchmarks: every instrument answered in full, valid values only.
import { DEFAULT_CATALOGUE } from '../dist/index.js';

/** mulberry32: a tiny seeded PRNG, so every run scores the same intakes. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function answer(item, instrument, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  switch (item.type) {
    case 'scale': {
      const { min, max } = instrument.responseScale;
      return min + Math.floor(rand() * (max - min + 1));
    }
    case 'choice':
      return pick(item.options).value;
    case 'number':
      return item.integer ? item.min + Math.floor(rand() * (item.max - item.min + 1)) : Math.round((item.min + rand() * (item.max - item.min)) * 10) / 10;
    case 'boolean':
      return rand() < 0.5;
    case 'multi':
      return item.options.filter(() => rand() < 0.3).map((o) => o.value);
  }
}

/** One full intake; `only` limits it to the listed instrument ids. */
export function randomIntake(rand, only) {
  const answers = {};
  for (const instrument of DEFAULT_CATALOGUE.instruments) {
    if (only && !only.includes(instrument.id)) continue;
    for (const item of instrument.items) answers[item.id] = answer(item, instrument, rand);
  }
  return { answers };
}
