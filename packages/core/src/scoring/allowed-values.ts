import type { Text } from '../i18n/text.js';
import type { InstrumentDefinition, ItemDefinition } from '../instruments/types.js';

/**
 * What an item accepts, in words, for messages. Apart from validate.ts so that a form can say it without
 * loading the validator.
 */
export function allowedValues(item: ItemDefinition, instrument: InstrumentDefinition): Text {
  switch (item.type) {
    case 'scale': {
      const s = instrument.responseScale!;
      return { nl: `een geheel getal van ${s.min} tot en met ${s.max}`, en: `a whole number from ${s.min} to ${s.max}` };
    }
    case 'choice': {
      const list = item.options.map((o) => JSON.stringify(o.value)).join(', ');
      return { nl: `een van: ${list}`, en: `one of: ${list}` };
    }
    case 'number':
      return item.integer
        ? { nl: `een geheel getal van ${item.min} tot en met ${item.max}`, en: `a whole number from ${item.min} to ${item.max}` }
        : { nl: `een getal van ${item.min} tot en met ${item.max}`, en: `a number from ${item.min} to ${item.max}` };
    case 'boolean':
      return { nl: 'true (ja) of false (nee)', en: 'true (yes) or false (no)' };
    case 'multi': {
      const list = item.options.map((o) => JSON.stringify(o.value)).join(', ');
      return { nl: `een lijst met codes uit: ${list}`, en: `a list of codes from: ${list}` };
    }
  }
}
