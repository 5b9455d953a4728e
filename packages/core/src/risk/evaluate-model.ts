import { citationText } from '../instruments/sources.js';
import type { Text } from '../i18n/text.js';
import type { ScoredIntake, MomentRisk, RiskBand, RiskFactorResult } from '../schema.js';
import { expit, logitOf } from '../stats/logistic.js';
import { factorValue } from './factor-value.js';
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

function factorResult(spec: FactorSpec, kind: RiskFactorResult['kind'], card: ModelCard, result: ScoredIntake): RiskFactorResult {
  const found = factorValue(spec.sources, result);
  const oddsRatio = oddsRatioOf(spec);
  // ln(OR)·(x − x̄) is the push on the log-odds of the card's outcome; flip it for a favourable outcome to get the push on risk.
  const push = found ? Math.log(oddsRatio) * (found.value - spec.mean.value) : 0;
  const onRisk = card.adverse ? push : -push;
  const direction = onRisk > 0 ? 'raises' : onRisk < 0 ? 'lowers' : 'neutral';
  const done = spec.actionDoneWhen && result.background[spec.actionDoneWhen.item] === spec.actionDoneWhen.equals;
  return {
    id: spec.id,
    label: spec.label,
    kind,
    value: found ? found.value : null,
    assessed: found !== null,
    referenceMean: spec.mean.value,
    unit: spec.unit,
    oddsRatio,
    contribution: kind === 'weight' && found ? push : null,
    direction,
    attention: kind === 'attention' && direction === 'raises',
    modifiable: spec.modifiable,
    action: spec.action && !done ? spec.action.text : null,
    citation: citationText(spec.citation),
    significance: spec.significance,
    approximation: found?.approximation ?? null,
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

/**
 * Applies a published model to a scored intake:
 *   logit p = logit(p0) + Σ ln(ORᵢ)·(xᵢ − x̄ᵢ)
 * with p0 the study group's base rate and x̄ the group's means. A factor that was not assessed sits at
 * its mean (adds nothing) and is listed as such; without the main factors there is no probability.
 */
export function evaluateModel(card: ModelCard, result: ScoredIntake): MomentRisk {
  const factors = card.weights.map((spec) => factorResult(spec, 'weight', card, result));
  const attentionPoints = card.attentionPoints.map((spec) => factorResult(spec, 'attention', card, result));
  const missingMain = card.weights.filter((spec) => card.mainFactors.includes(spec.id) && !factors.find((f) => f.id === spec.id)!.assessed);

  const p0 = baseRateOf(card);
  let probability: number | null = null;
  let band: RiskBand | null = null;
  if (missingMain.length === 0) {
    probability = expit(logitOf(p0) + factors.reduce((sum, f) => sum + (f.contribution ?? 0), 0));
    band = bandOf(card, probability);
  }

  const seen = new Set<string>();
  const actions: MomentRisk['actions'] = [];
  const specs = [...card.weights, ...card.attentionPoints];
  for (const f of [...factors, ...attentionPoints]) {
    const wanted = f.kind === 'weight' ? f.direction === 'raises' : f.attention;
    const spec = specs.find((s) => s.id === f.id)!;
    if (!wanted || !f.action || !spec.action || seen.has(f.action.nl)) continue;
    seen.add(f.action.nl);
    actions.push({ text: f.action, citation: citationText(spec.action.citation) });
  }

  return {
    moment: card.moment,
    modelId: card.id,
    modelVersion: card.version,
    title: card.title,
    outcome: card.outcome,
    status: probability === null ? 'not-estimated' : 'estimated',
    probability,
    baseRate: p0,
    band,
    reason: probability === null ? notAssessedReason(missingMain) : null,
    factors,
    attentionPoints,
    flags: [],
    actions,
    citation: citationText(card.citation),
    override: null,
  };
}
