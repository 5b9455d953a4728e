import type { RiskBand, RiskKind } from '../schema.js';
import type { ModelCard, OddsBands } from './model-card.js';

/** All bands, from the lowest chance to the highest. */
export const BAND_ORDER: readonly RiskBand[] = ['much-lower', 'lower', 'around', 'higher', 'much-higher'];

/** The four bands a card uses: the finer split lies on the side of concern. */
export const BANDS_OF_KIND: Readonly<Record<RiskKind, readonly RiskBand[]>> = {
  dropout: ['lower', 'around', 'higher', 'much-higher'],
  work: ['much-lower', 'lower', 'around', 'higher'],
};

const odds = (p: number): number => p / (1 - p);

/** The client's odds against the study group's odds. */
export function clientOddsRatio(probability: number, baseRate: number): number {
  return odds(probability) / odds(baseRate);
}

/**
 * The band of an odds ratio (client against study group). Symmetric on the odds scale: r and 1/r land in
 * mirrored bands, so a band means the same at any base rate. Then the side without concern folds its two
 * outer bands into one.
 */
export function bandOfOddsRatio(oddsRatio: number, kind: RiskKind, cutoffs: OddsBands): RiskBand {
  let band: RiskBand;
  if (oddsRatio >= cutoffs.far) band = 'much-higher';
  else if (oddsRatio >= cutoffs.around) band = 'higher';
  else if (oddsRatio <= 1 / cutoffs.far) band = 'much-lower';
  else if (oddsRatio <= 1 / cutoffs.around) band = 'lower';
  else band = 'around';
  if (kind === 'dropout' && band === 'much-lower') return 'lower';
  if (kind === 'work' && band === 'much-higher') return 'higher';
  return band;
}

/** The card's base rate, events / total. */
export function baseRateOf(card: ModelCard): number {
  return card.baseRate.events / card.baseRate.total;
}

/** The band of a probability under a card. */
export function bandOf(card: ModelCard, probability: number): RiskBand {
  return bandOfOddsRatio(clientOddsRatio(probability, baseRateOf(card)), card.kind, card.bands);
}

/** A band as absolute chances under one card: from (inclusive where the rule is) and up to, null at the ends. */
export interface BandRange {
  band: RiskBand;
  from: number | null;
  to: number | null;
}

/** The probability at which the client's odds are `ratio` times the base odds. */
function chanceAtOddsRatio(ratio: number, baseRate: number): number {
  const o = ratio * odds(baseRate);
  return o / (1 + o);
}

/** The card's four bands as ranges of absolute chance: what "higher than average" means for this card. */
export function bandRanges(card: ModelCard): BandRange[] {
  const p0 = baseRateOf(card);
  const { around, far } = card.bands;
  const edges: Record<RiskBand, [number | null, number | null]> = {
    'much-lower': [null, 1 / far],
    lower: [card.kind === 'dropout' ? null : 1 / far, 1 / around],
    around: [1 / around, around],
    higher: [around, card.kind === 'work' ? null : far],
    'much-higher': [far, null],
  };
  return BANDS_OF_KIND[card.kind].map((band) => {
    const [from, to] = edges[band];
    return { band, from: from === null ? null : chanceAtOddsRatio(from, p0), to: to === null ? null : chanceAtOddsRatio(to, p0) };
  });
}

/** How much attention a band asks for, for colour and tone: the side of concern differs per kind. */
export type Concern = 'less' | 'around' | 'more' | 'much-more';

/** Whether a band is on the side of concern for the card's kind (more dropout, less work). */
export function concernOf(band: RiskBand, kind: RiskKind): Concern {
  const order = kind === 'dropout' ? BAND_ORDER : [...BAND_ORDER].reverse();
  const steps = order.indexOf(band) - order.indexOf('around');
  return steps <= -1 ? 'less' : steps === 0 ? 'around' : steps === 1 ? 'more' : 'much-more';
}
