import fc from 'fast-check';
import type { InstrumentDefinition, ItemDefinition } from '../../src/instruments/types.js';
import type { AnswerValue } from '../../src/schema.js';
import { DEFAULT_CATALOGUE } from '../../src/scoring/default-catalogue.js';

/** Any valid answer to one item, derived from its definition. */
export function validAnswer(item: ItemDefinition, instrument: InstrumentDefinition): fc.Arbitrary<Exclude<AnswerValue, null>> {
  switch (item.type) {
    case 'scale':
      return fc.integer({ min: instrument.responseScale!.min, max: instrument.responseScale!.max });
    case 'choice':
      return fc.constantFrom(...item.options.map((o) => o.value));
    case 'number':
      return item.integer
        ? fc.integer({ min: item.min, max: item.max })
        : fc.double({ min: item.min, max: item.max, noNaN: true, noDefaultInfinity: true }).map((v) => Math.round(v * 10) / 10);
    case 'boolean':
      return fc.boolean();
    case 'multi':
      return fc.uniqueArray(fc.constantFrom(...item.options.map((o) => o.value)), { minLength: 1 });
  }
}

/** A response answering a random subset of one instrument's items (so missing-item rules get exercised). */
export function instrumentAnswers(instrument: InstrumentDefinition, { minAnswered = 0 } = {}): fc.Arbitrary<Record<string, Exclude<AnswerValue, null>>> {
  const entries = instrument.items.map((item) => fc.option(validAnswer(item, instrument), { nil: undefined, freq: 4 }).map((v) => [item.id, v] as const));
  return fc
    .tuple(...entries)
    .map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== undefined)) as Record<string, Exclude<AnswerValue, null>>)
    .filter((answers) => Object.keys(answers).length >= minAnswered);
}

/** A whole intake: random answers to every instrument in the default catalogue. */
export function intakeAnswers(): fc.Arbitrary<Record<string, Exclude<AnswerValue, null>>> {
  return fc.tuple(...DEFAULT_CATALOGUE.instruments.map((i) => instrumentAnswers(i))).map((parts) => Object.assign({}, ...parts));
}
