import type { InstrumentOf } from './types.js';

/**
 * Returns the definition unchanged, typed with its literal id and item ids (`InstrumentOf`); a scale may only
 * list the instrument's own items, so a misspelt item id in a scale fails to compile too.
 */
export function defineInstrument<const Id extends string, const ItemIds extends string>(
  definition: InstrumentOf<Id, ItemIds> & { scales: { items: NoInfer<ItemIds>[] }[] },
): InstrumentOf<Id, ItemIds> {
  return definition;
}
