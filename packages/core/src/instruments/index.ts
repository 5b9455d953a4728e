import { background } from './background.js';
import { basicCompetences } from './basic-competences.js';
import { control } from './control.js';
import { dass21 } from './dass21.js';
import { dassShort } from './dass-short.js';
import { placement } from './placement.js';
import { responsibility } from './responsibility.js';
import { selfDirection } from './self-direction.js';
import { selfEfficacy } from './self-efficacy.js';
import type { InstrumentDefinition } from './types.js';
import { workAttitude } from './work-attitude.js';

export * from './types.js';
export { background, basicCompetences, control, dass21, dassShort, placement, responsibility, selfDirection, selfEfficacy, workAttitude };

/**
 * The questionnaire instruments, in the order an intake presents them.
 *
 * The participation ladder is NOT in this list: it is an instrument too, but it lives in src/ladder
 * (`ladderInstrument` in src/ladder/definition.ts) because it is placed by decision rules rather than scored
 * by scales. src/scoring/intake.ts appends it when building the default catalogue
 * (`[...INSTRUMENTS, ladderInstrument]`); adding it here as well would register its items twice.
 */
export const INSTRUMENTS: readonly InstrumentDefinition[] = [
  background,
  basicCompetences,
  dassShort,
  dass21,
  responsibility,
  control,
  workAttitude,
  selfEfficacy,
  selfDirection,
  placement,
];

/** The instrument with this id from INSTRUMENTS, or undefined (the ladder is looked up in src/ladder). */
export function getInstrument(id: string): InstrumentDefinition | undefined {
  return INSTRUMENTS.find((instrument) => instrument.id === id);
}
