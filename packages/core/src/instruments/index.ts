import { ladderInstrument } from '../ladder/definition.js';
import { background } from './background.js';
import { basicCompetences } from './basic-competences.js';
import { control } from './control.js';
import { dass21 } from './dass21.js';
import { dassShort } from './dass-short.js';
import { placement } from './placement.js';
import { responsibility } from './responsibility.js';
import { selfDirection } from './self-direction.js';
import { selfEfficacy } from './self-efficacy.js';
import type { InstrumentDefinition, ItemIdOf } from './types.js';
import { workAttitude } from './work-attitude.js';

export * from './types.js';
export { defineInstrument } from './define.js';
export { background, basicCompetences, control, dass21, dassShort, placement, responsibility, selfDirection, selfEfficacy, workAttitude };

/**
 * The questionnaire instruments, in the order an intake presents them.
 *
 * The participation ladder is NOT in this list: it is an instrument too, but it lives in src/ladder
 * (`ladderInstrument` in src/ladder/definition.ts) because it is placed by decision rules rather than scored
 * by scales. The default catalogue appends it (`[...INSTRUMENTS, ladderInstrument]`); adding it here as well
 * would register its items twice. ALL_INSTRUMENTS has both.
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

/** Every instrument of the default catalogue: the questionnaires, then the participation ladder. */
export const ALL_INSTRUMENTS: readonly InstrumentDefinition[] = [...INSTRUMENTS, ladderInstrument];

/** An instrument definition Trede ships, with its literal ids. */
export type BuiltInInstrument =
  | typeof background
  | typeof basicCompetences
  | typeof dassShort
  | typeof dass21
  | typeof responsibility
  | typeof control
  | typeof workAttitude
  | typeof selfEfficacy
  | typeof selfDirection
  | typeof placement
  | typeof ladderInstrument;

/** The id of an instrument of the default catalogue, e.g. 'dass21' or 'ladder'. */
export type InstrumentId = BuiltInInstrument['id'];

/**
 * The id of an item of the default catalogue, e.g. 'dass21.q01'. Answers keyed by it (`IntakeAnswers`)
 * let the type checker catch a misspelt key.
 */
export type ItemId = ItemIdOf<BuiltInInstrument>;

/** The instrument with this id, the participation ladder included; undefined for an id not in ALL_INSTRUMENTS. */
export function getInstrument(id: InstrumentId): InstrumentDefinition;
export function getInstrument(id: string): InstrumentDefinition | undefined;
export function getInstrument(id: string): InstrumentDefinition | undefined {
  return ALL_INSTRUMENTS.find((instrument) => instrument.id === id);
}
