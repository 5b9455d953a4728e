import type { Text } from '../i18n/text.js';
import type { InstrumentDefinition, NormGroup } from '../instruments/types.js';
import type { AnswerValue, LadderResult } from '../schema.js';
import { OMITTED_TEXT, type Detail } from '../scoring/detail.js';
import { compareWithNorms } from '../scoring/reference.js';
import { GROWTH_ITEM, LADDER_NORMS, RUNGS, ladderInstrument, positionOf, type RungDefinition } from './definition.js';

type Answers = ReadonlyMap<string, Exclude<AnswerValue, null>>;

/** The ladder's positions as a scale: 1 (rung 1, no growth potential) to 12 (rung 6, with). */
const POSITION_RANGE = { min: 1, max: 12 } as const;

function itemText(id: string): Text {
  return ladderInstrument.items.find((i) => i.id === id)!.text;
}

function growthLabel(growth: boolean): Text {
  return growth ? { nl: 'met groeipotentieel', en: 'with growth potential' } : { nl: 'zonder groeipotentieel', en: 'without growth potential' };
}

/** Walks the rungs from the top; stops at the first match, or at a missing answer that leaves the rung open. */
function findRung(answers: Answers): { rung: RungDefinition } | { missing: string } {
  for (const rung of RUNGS) {
    if (rung.when === 'otherwise') return { rung };
    const answer = answers.get(rung.when.item);
    if (answer === undefined) return { missing: rung.when.item };
    if (answer === rung.when.equals) return { rung };
  }
  throw new Error('RUNGS must end with an "otherwise" rung');
}

function rungReason(rung: RungDefinition): Text {
  if (rung.when === 'otherwise') {
    return {
      nl: 'Trede 1: geen betaald of onbetaald werk, geen georganiseerde activiteiten en geen wekelijks sociaal contact buitenshuis.',
      en: 'Rung 1: no paid or unpaid work, no organised activities and no weekly social contact outside the home.',
    };
  }
  return {
    nl: `Trede ${rung.rung} (${rung.label.nl.toLowerCase()}): het antwoord op "${itemText(rung.when.item).nl}" geeft de doorslag.`,
    en: `Rung ${rung.rung} (${rung.label.en.toLowerCase()}): decided by the answer to "${itemText(rung.when.item).en}".`,
  };
}

/** Every field in one literal: a fixed shape, and no object spread on the per-intake path. */
function ladderResult(
  instrument: InstrumentDefinition,
  status: LadderResult['status'],
  reason: Text,
  rung: RungDefinition | null = null,
  growthPotential: boolean | null = null,
  group: NormGroup = 'total',
  detail: Detail = 'full',
): LadderResult {
  const position = rung && growthPotential !== null ? positionOf(rung.rung, growthPotential) : null;
  const growth = growthPotential === null ? null : growthLabel(growthPotential);
  return {
    instrumentVersion: instrument.version,
    status,
    rung: rung?.rung ?? null,
    rungLabel: rung?.label ?? null,
    growthPotential,
    position,
    positionLabel: rung && growth ? { nl: `${rung.label.nl}, ${growth.nl}`, en: `${rung.label.en}, ${growth.en}` } : null,
    reason,
    reference: position === null || detail === 'numbers' ? null : compareWithNorms(position, LADDER_NORMS, group, POSITION_RANGE),
  };
}

/** Places a client on the ladder from the decision questionnaire; the reason says which answer decided. */
export function placeOnLadder(answers: Answers, administered: boolean, group: NormGroup, instrument: InstrumentDefinition = ladderInstrument, detail: Detail = 'full'): LadderResult {
  if (!administered) {
    return ladderResult(instrument, 'not-administered', { nl: 'De participatieladder is niet afgenomen.', en: 'The participation ladder was not administered.' });
  }
  const found = findRung(answers);
  if ('missing' in found) {
    const text = itemText(found.missing);
    return ladderResult(instrument, 'insufficient', {
      nl: `Geen plaatsing mogelijk: "${text.nl}" is niet beantwoord.`,
      en: `No placement possible: "${text.en}" was not answered.`,
    });
  }
  const { rung } = found;
  const growth = answers.get(GROWTH_ITEM);
  // Without the texts, only the rung and position count (src/scoring/detail.ts).
  if (detail === 'numbers') return ladderResult(instrument, growth === undefined ? 'rung-only' : 'placed', OMITTED_TEXT, rung, growth === undefined ? null : growth === true, group, detail);
  const reason = rungReason(rung);
  if (growth === undefined) {
    return ladderResult(
      instrument,
      'rung-only',
      { nl: `${reason.nl} Geen positie 1–12: het groeipotentieel is niet ingevuld.`, en: `${reason.en} No position 1–12: growth potential was not given.` },
      rung,
    );
  }
  const growthPotential = growth === true;
  const position = positionOf(rung.rung, growthPotential);
  const g = growthLabel(growthPotential);
  return ladderResult(
    instrument,
    'placed',
    { nl: `${reason.nl} Positie ${position} (${g.nl}).`, en: `${reason.en} Position ${position} (${g.en}).` },
    rung,
    growthPotential,
    group,
  );
}
