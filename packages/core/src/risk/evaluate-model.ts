import { citationText } from '../instruments/sources.js';
import type { Text } from '../i18n/text.js';
import type { MomentRisk, RiskBand, RiskFactorResult, ScoredIntake } from '../schema.js';
import { expit, logitOf } from '../stats/logistic.js';
import { valueFrom } from './factor-value.js';
import type { FactorSpec, ModelCard } from './model-card.js';


/** The odds ratio per unit for the card's own outcome. */
export function oddsRatioOf(spec: FactorSpec): number {
  return spec.inverted ? 1 / spec.publishedOddsRatio : spec.publishedOddsRatio;
}

export function baseRateOf(card: ModelCard): number {
  return card.baseRate.events / card.baseRate.total;
}

/** Low / elevated / high from the probability's ratio to the base rate, on the adverse side (see ModelCard.bands). */
export function bandOf(card: ModelCard, probability: number): RiskBand {
  const p0 = baseRateOf(card);
  const ratio = card.adverse ? probability / p0 : p0 / probability;
  return ratio >= card.bands.high ? 'high' : ratio >= card.bands.elevated ? 'elevated' : 'low';
}

/** What the evaluator needs of a factor, worked out once per card instead of once per client. */
interface CompiledFactor {
  spec: FactorSpec;
  info: RiskFactorResult['factor'];
  lnOddsRatio: number;
  actionCitation: string | null;
}

function compile(spec: FactorSpec, kind: RiskFactorResult['factor']['kind']): CompiledFactor {
  const oddsRatio = oddsRatioOf(spec);
  return {
    spec,
    info: {
      id: spec.id,
      label: spec.label,
      kind,
      unit: spec.unit,
      referenceMean: spec.mean.value,
      oddsRatio,
      modifiable: spec.modifiable,
      citation: citationText(spec.citation),
      significance: spec.significance,
    },
    lnOddsRatio: Math.log(oddsRatio),
    actionCitation: spec.action ? citationText(spec.action.citation) : null,
  };
}

function factorResult(c: CompiledFactor, card: ModelCard, result: ScoredIntake): RiskFactorResult {
  const spec = c.spec;
  // The first source that has a value gives it.
  let value: number | null = null;
  let index = 0;
  for (; index < spec.sources.length && value === null; index++) value = valueFrom(spec.sources[index]!, result);
  index--;
  // ln(OR)·(x − x̄) is the push on the log-odds of the card's outcome; flip it for a favourable outcome to get the push on risk.
  const push = value === null ? 0 : c.lnOddsRatio * (value - spec.mean.value);
  const onRisk = card.adverse ? push : -push;
  const direction = onRisk > 0 ? 'raises' : onRisk < 0 ? 'lowers' : 'neutral';
  const done = spec.actionDoneWhen !== undefined && result.background[spec.actionDoneWhen.item] === spec.actionDoneWhen.equals;
  const source = value === null ? undefined : spec.sources[index];
  const weight = c.info.kind === 'weight';
  return {
    id: spec.id,
    factor: c.info,
    value,
    assessed: value !== null,
    contribution: weight && value !== null ? push : null,
    direction,
    attention: !weight && direction === 'raises',
    action: spec.action && !done ? spec.action.text : null,
    approximation: source?.kind === 'scale' ? (source.approximation ?? null) : null,
  };
}

function notAssessedReason(missing: readonly FactorSpec[]): Text {
  const nl = missing.map((f) => f.label.nl.toLowerCase()).join(', ');
  const en = missing.map((f) => f.label.en.toLowerCase()).join(', ');
  return {
    nl: `Geen kans berekend: de belangrijkste factor is niet gemeten (${nl}).`,
    en: `No probability: the model's main factor was not assessed (${en}).`,
  };
}

/** A card with its per-factor constants and base-rate logit worked out once. */
interface CompiledCard {
  weights: CompiledFactor[];
  points: CompiledFactor[];
  main: boolean[];
  baseRate: number;
  logitBase: number;
  citation: string;
}

const compiledCards = new WeakMap<ModelCard, CompiledCard>();
function compileCard(card: ModelCard): CompiledCard {
  let c = compiledCards.get(card);
  if (!c) {
    const baseRate = baseRateOf(card);
    c = {
      weights: card.weights.map((spec) => compile(spec, 'weight')),
      points: card.attentionPoints.map((spec) => compile(spec, 'attention')),
      main: card.weights.map((w) => card.mainFactors.includes(w.id)),
      baseRate,
      logitBase: logitOf(baseRate),
      citation: citationText(card.citation),
    };
    compiledCards.set(card, c);
  }
  return c;
}

/** Adds each wanted action once, keeping the order in which factors ask for it. */
function collectActions(results: readonly RiskFactorResult[], factors: readonly CompiledFactor[], into: MomentRisk['actions']): void {
  for (let i = 0; i < results.length; i++) {
    const f = results[i]!;
    const wanted = f.factor.kind === 'weight' ? f.direction === 'raises' : f.attention;
    const citation = factors[i]!.actionCitation;
    if (!wanted || f.action === null || citation === null || into.some((a) => a.text === f.action)) continue;
    into.push({ text: f.action, citation });
  }
}

/**
 * Applies a published model to a scored intake:
 *   logit p = logit(p0) + Σ ln(ORᵢ)·(xᵢ − x̄ᵢ)
 * with p0 the study group's base rate and x̄ the group's means. A factor that was not assessed sits at
 * its mean (adds nothing) and is listed as such; without the main factors there is no probability.
 */
export function evaluateModel(card: ModelCard, result: ScoredIntake): MomentRisk {
  const c = compileCard(card);
  const factors = c.weights.map((f) => factorResult(f, card, result));
  const attentionPoints = c.points.map((f) => factorResult(f, card, result));
  const mainMissing = c.main.some((main, i) => main && !factors[i]!.assessed);

  let probability: number | null = null;
  let band: RiskBand | null = null;
  if (!mainMissing) {
    let eta = c.logitBase;
    for (const f of factors) eta += f.contribution ?? 0;
    probability = expit(eta);
    band = bandOf(card, probability);
  }
  const actions: MomentRisk['actions'] = [];
  collectActions(factors, c.weights, actions);
  collectActions(attentionPoints, c.points, actions);

  return {
    moment: card.moment,
    modelId: card.id,
    modelVersion: card.version,
    title: card.title,
    outcome: card.outcome,
    status: probability === null ? 'not-estimated' : 'estimated',
    probability,
    baseRate: c.baseRate,
    band,
    reason: mainMissing ? notAssessedReason(card.weights.filter((_, i) => c.main[i] && !factors[i]!.assessed)) : null,
    factors,
    attentionPoints,
    flags: [],
    actions,
    citation: c.citation,
    override: null,
  };
}
