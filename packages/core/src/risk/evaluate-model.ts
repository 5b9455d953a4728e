import { citationTexts } from '../instruments/sources.js';
import { OMITTED_TEXT, type Detail } from '../scoring/detail.js';
import type { Text } from '../i18n/text.js';
import type { MomentRisk, RiskAction, RiskBand, RiskFactorResult, ScoredIntake } from '../schema.js';
import { expit, logitOf } from '../stats/logistic.js';
import { bandOfOddsRatio, baseRateOf } from './bands.js';
import { valueFrom } from './factor-value.js';
import { naturalFrequencies } from './frequency.js';
import type { ActionSpec, FactorSpec, ModelCard } from './model-card.js';

/** The odds ratio per unit for the card's own outcome. */
export function oddsRatioOf(spec: FactorSpec): number {
  return spec.inverted ? 1 / spec.publishedOddsRatio : spec.publishedOddsRatio;
}

const actionResults = new WeakMap<ActionSpec, RiskAction>();
/** An action as results carry it: a cited one with its citation, a suggestion without. One object per action, so repeats are found by identity. */
export function actionResult(spec: ActionSpec): RiskAction {
  let action = actionResults.get(spec);
  if (!action) {
    action = spec.basis === 'source' ? { text: spec.text, basis: 'source', citation: citationTexts(spec.citation) } : { text: spec.text, basis: 'suggestion', citation: null };
    actionResults.set(spec, action);
  }
  return action;
}

/** What the evaluator needs of a factor, worked out once per card instead of once per client. */
interface CompiledFactor {
  spec: FactorSpec;
  info: RiskFactorResult['factor'];
  lnOddsRatio: number;
  action: RiskAction | null;
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
      yesNo: spec.yesNo,
      referenceMean: spec.mean.value,
      oddsRatio,
      modifiable: spec.modifiable,
      citation: citationTexts(spec.citation),
      significance: spec.significance,
    },
    lnOddsRatio: Math.log(oddsRatio),
    action: spec.action ? actionResult(spec.action) : null,
  };
}

function factorResult(c: CompiledFactor, card: ModelCard, result: ScoredIntake): RiskFactorResult {
  const spec = c.spec;
  // The first source that has a value gives it.
  let value: number | null = null;
  let index = 0;
  for (; index < spec.sources.length && value === null; index++) value = valueFrom(spec.sources[index]!, result);
  index--;
  // ln(OR)·(x − x̄) is the push on the log-odds of the card's own outcome (dropout, or work).
  const push = value === null ? 0 : c.lnOddsRatio * (value - spec.mean.value);
  const effect = push > 0 ? 'higher' : push < 0 ? 'lower' : 'none';
  // The side of concern: more dropout, or less work.
  const concern = card.kind === 'dropout' ? effect === 'higher' : effect === 'lower';
  const done = spec.actionDoneWhen !== undefined && result.background[spec.actionDoneWhen.item] === spec.actionDoneWhen.equals;
  const source = value === null ? undefined : spec.sources[index];
  const weight = c.info.kind === 'weight';
  return {
    id: spec.id,
    factor: c.info,
    value,
    assessed: value !== null,
    contribution: weight && value !== null ? push : null,
    effect,
    concern,
    action: c.action && concern && !done ? c.action : null,
    approximation: source?.kind === 'scale' ? (source.approximation ?? null) : null,
  };
}

function notAssessedReason(missing: readonly FactorSpec[]): Text {
  const nl = missing.map((f) => f.label.nl.toLowerCase()).join(', ');
  const en = missing.map((f) => f.label.en.toLowerCase()).join(', ');
  return {
    nl: `Geen kans berekend: de belangrijkste factor is niet gemeten (${nl}).`,
    en: `No chance computed: the model's main factor was not assessed (${en}).`,
  };
}

/** A card with its per-factor constants and base-rate logit worked out once. */
interface CompiledCard {
  weights: CompiledFactor[];
  points: CompiledFactor[];
  main: boolean[];
  baseRate: number;
  logitBase: number;
  citation: Text;
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
      citation: citationTexts(card.citation),
    };
    compiledCards.set(card, c);
  }
  return c;
}

/** Adds each wanted action once, keeping the order in which factors ask for it. */
function collectActions(results: readonly RiskFactorResult[], into: RiskAction[]): void {
  for (const f of results) {
    if (f.action !== null && !into.includes(f.action)) into.push(f.action);
  }
}

/**
 * Applies a published model to a scored intake:
 *   logit p = logit(p0) + Σ ln(ORᵢ)·(xᵢ − x̄ᵢ)
 * with p0 the study group's base rate and x̄ the group's means. A factor that was not assessed sits at
 * its mean (adds nothing) and is listed as such; without the main factors there is no probability.
 * The band compares the client's odds with the group's: exp(Σ contributions).
 */
export function evaluateModel(card: ModelCard, result: ScoredIntake, detail: Detail = 'full'): MomentRisk {
  const c = compileCard(card);
  const full = detail === 'full';
  const factors = c.weights.map((f) => factorResult(f, card, result));
  // Attention points do not move the chance: a 'numbers' result leaves them out, with the actions and texts.
  const attentionPoints = full ? c.points.map((f) => factorResult(f, card, result)) : [];
  const mainMissing = c.main.some((main, i) => main && !factors[i]!.assessed);

  let probability: number | null = null;
  let oddsRatio: number | null = null;
  let band: RiskBand | null = null;
  if (!mainMissing) {
    let logOddsRatio = 0;
    for (const f of factors) logOddsRatio += f.contribution ?? 0;
    probability = expit(c.logitBase + logOddsRatio);
    oddsRatio = Math.exp(logOddsRatio);
    band = bandOfOddsRatio(oddsRatio, card.kind, card.bands);
  }
  // Actions are the same objects for every client (compiled once), so identity finds a repeat.
  const actions: RiskAction[] = [];
  if (full) {
    collectActions(factors, actions);
    collectActions(attentionPoints, actions);
  }

  return {
    moment: card.moment,
    kind: card.kind,
    modelId: card.id,
    modelVersion: card.version,
    title: card.title,
    outcome: card.outcome,
    status: probability === null ? 'not-estimated' : 'estimated',
    probability,
    baseRate: c.baseRate,
    oddsRatio,
    frequency: probability === null || !full ? null : naturalFrequencies(probability, c.baseRate),
    band,
    reason: !mainMissing ? null : full ? notAssessedReason(card.weights.filter((_, i) => c.main[i] && !factors[i]!.assessed)) : OMITTED_TEXT,
    factors,
    attentionPoints,
    flags: [],
    actions,
    citation: c.citation,
    override: null,
  };
}
