import type { InstrumentDefinition, ItemDefinition, ScaleDefinition } from '../instruments/types.js';

/** An item with the instrument it belongs to. */
export interface CatalogueItem {
  item: ItemDefinition;
  instrument: InstrumentDefinition;
}

/** The instruments an organisation uses, indexed once so that validating and scoring are lookups. */
export interface Catalogue {
  instruments: readonly InstrumentDefinition[];
  items: ReadonlyMap<string, CatalogueItem>;
  /** The same items without their instrument: what the scale engine looks up. */
  itemDefinitions: ReadonlyMap<string, ItemDefinition>;
  scales: readonly { scale: ScaleDefinition; instrument: InstrumentDefinition }[];
}

/** A catalogue of an organisation's own selection of instruments; refuses item or scale ids used twice. */
export function createCatalogue(instruments: readonly InstrumentDefinition[]): Catalogue {
  const items = new Map<string, { item: ItemDefinition; instrument: InstrumentDefinition }>();
  const scales: { scale: ScaleDefinition; instrument: InstrumentDefinition }[] = [];
  const scaleIds = new Set<string>();
  for (const instrument of instruments) {
    for (const item of instrument.items) {
      if (items.has(item.id)) throw new Error(`Item id "${item.id}" is used twice (in ${items.get(item.id)!.instrument.id} and ${instrument.id})`);
      items.set(item.id, { item, instrument });
    }
    for (const scale of instrument.scales) {
      if (scaleIds.has(scale.id)) throw new Error(`Scale id "${scale.id}" is used twice`);
      scaleIds.add(scale.id);
      scales.push({ scale, instrument });
    }
  }
  const itemDefinitions = new Map([...items].map(([id, entry]) => [id, entry.item]));
  return { instruments, items, itemDefinitions, scales };
}
