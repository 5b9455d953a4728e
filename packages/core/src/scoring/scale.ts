import type { Text } from '../i18n/text.js';
import { citationTexts } from '../instruments/sources.js';
import type { InstrumentDefinition, ItemDefinition, NormGroup, ScaleDefinition } from '../instruments/types.js';
import type { AnswerValue, ScaleResult, GivenAnswer } from '../schema.js';
import { OMITTED_TEXT, type Detail } from './detail.js';
import { compareWithNorms } from './reference.js';

type Answer = GivenAnswer;

/**
 * The number an answer contributes to a scale. Assumes the answer passed validation.
 * Reverse-keyed items count as (min + max − answer), so that higher always means more of the construct.
 */
export function itemScore(item: ItemDefinition, instrument: InstrumentDefinition, answer: Answer, exclude?: readonly string[]): number {
  switch (item.type) {
    case 'scale': {
      const value = answer as number;
      if (!item.reverse) return value;
      const s = instrument.responseScale!;
      return s.min + s.max - value;
    }
    case 'choice':
    case 'number':
      return answer as number;
    case 'boolean':
      return answer ? 1 : 0;
    case 'multi':
      return (answer as string[]).filter((code) => !exclude?.includes(code)).length;
  }
}

/** Finds the band a score falls in: the last band whose lower bound the score reaches. */
export function bandFor(score: number, scale: ScaleDefinition): ScaleResult['band'] {
  if (!scale.bands) return null;
  let found: (typeof scale.bands.bands)[number] | undefined;
  for (const band of scale.bands.bands) if (score >= band.min) found = band;
  return found ? { id: found.id, label: found.label, citation: bandCitation(scale.bands) } : null;
}

// A scale's bands and their citation are definition data: the citation's texts are made once per scale.
const bandCitations = new WeakMap<NonNullable<ScaleDefinition['bands']>, Text>();
function bandCitation(bands: NonNullable<ScaleDefinition['bands']>): Text {
  let text = bandCitations.get(bands);
  if (text === undefined) bandCitations.set(bands, (text = citationTexts(bands.citation)));
  return text;
}

const NOT_ADMINISTERED: Text = { nl: 'Dit onderdeel is niet afgenomen.', en: 'This part was not administered.' };

function tooFewAnswered(answered: number, scale: ScaleDefinition): Text {
  return {
    nl: `Te weinig items beantwoord (${answered} van ${scale.items.length}; minimaal ${scale.missing.minAnswered} nodig).`,
    en: `Too few items answered (${answered} of ${scale.items.length}; at least ${scale.missing.minAnswered} needed).`,
  };
}

/**
 * Scores one scale of one instrument from validated answers.
 * Arithmetic order is fixed (sum first, then × items ÷ answered, then × multiplier) so that the FHIR
 * expressions in src/fhir reproduce the same floating-point result exactly.
 */
export function scoreScale(
  scale: ScaleDefinition,
  instrument: InstrumentDefinition,
  items: ReadonlyMap<string, ItemDefinition>,
  answers: ReadonlyMap<string, Answer>,
  administered: boolean,
  group: NormGroup,
  /** Set when the scale's questions do not apply to this client: why (src/scoring/applicability.ts). */
  notApplicable: Text | null = null,
  detail: Detail = 'full',
): ScaleResult {
  const exclude = scale.scoring.kind === 'count' ? scale.scoring.exclude : undefined;
  let sum = 0;
  let answered = 0;
  for (const id of scale.items) {
    const answer = answers.get(id);
    if (answer === undefined) continue;
    sum += itemScore(items.get(id)!, instrument, answer, exclude);
    answered++;
  }
  if (!administered) return scaleResult(scale, instrument, 'not-administered', answered, null, null, false, NOT_ADMINISTERED, group, detail);
  if (notApplicable) return scaleResult(scale, instrument, 'not-applicable', answered, null, null, false, notApplicable, group, detail);
  if (answered < scale.missing.minAnswered || answered === 0) {
    const reason = detail === 'numbers' ? OMITTED_TEXT : tooFewAnswered(answered, scale);
    return scaleResult(scale, instrument, 'insufficient', answered, null, null, false, reason, group, detail);
  }
  const prorated = scale.scoring.kind === 'sum' && scale.missing.prorate && answered < scale.items.length;
  let raw: number;
  switch (scale.scoring.kind) {
    case 'sum':
      raw = prorated ? (sum * scale.items.length) / answered : sum;
      break;
    case 'mean':
      raw = sum / answered;
      break;
    default:
      raw = sum; // value, flag and count scales hold a single item
  }
  const multiplier = 'multiplier' in scale.scoring ? (scale.scoring.multiplier ?? 1) : 1;
  const score = multiplier === 1 ? raw : raw * multiplier;
  return scaleResult(scale, instrument, 'scored', answered, raw, score, prorated, null, group, detail);
}

/** One object literal with every field, in one shape: object spread is slow on the hot path (measured ~1 µs each). */
function scaleResult(
  scale: ScaleDefinition,
  instrument: InstrumentDefinition,
  status: ScaleResult['status'],
  itemsAnswered: number,
  raw: number | null,
  score: number | null,
  prorated: boolean,
  reason: Text | null,
  group: NormGroup,
  detail: Detail,
): ScaleResult {
  return {
    id: scale.id,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    title: scale.title,
    status,
    raw,
    score,
    range: scale.range,
    higherIs: scale.higherIs,
    itemsAnswered,
    itemsTotal: scale.items.length,
    prorated,
    band: score === null ? null : bandFor(score, scale),
    reference: score !== null && scale.norms && detail === 'full' ? compareWithNorms(score, scale.norms, group, scale.range) : null,
    reason,
  };
}
