import { t, type Lang } from '../i18n/text.js';
import { citationText } from '../instruments/sources.js';
import { baseRateOf, oddsRatioOf } from '../risk/evaluate-model.js';
import type { FactorSpec, ModelCard } from '../risk/model-card.js';
import { formatNumber } from './format.js';

const L = {
  outcome: { nl: 'Uitkomst', en: 'Outcome' },
  population: { nl: 'Studiegroep', en: 'Study group' },
  baseRate: { nl: 'Basiskans', en: 'Base rate' },
  weights: { nl: 'Gewichten (multivariaat significant)', en: 'Weights (significant in the multivariate model)' },
  attention: { nl: 'Aandachtspunten (alleen univariaat significant, geen gewicht)', en: 'Attention points (significant univariately only, no weight)' },
  main: { nl: 'hoofdfactor', en: 'main factor' },
  inverted: { nl: 'omgekeerd uit', en: 'inverted from' },
  mean: { nl: 'groepsgemiddelde', en: 'group mean' },
  modifiable: { nl: 'beïnvloedbaar', en: 'modifiable' },
  fixed: { nl: 'niet beïnvloedbaar', en: 'not modifiable' },
  bands: { nl: 'Banden', en: 'Bands' },
  excluded: { nl: 'Bewust niet gebruikt', en: 'Deliberately left out' },
  limits: { nl: 'Beperkingen', en: 'Limits' },
  formula: { nl: 'Model', en: 'Model' },
};

function factorLine(f: FactorSpec, card: ModelCard, lang: Lang): string {
  const or = formatNumber(oddsRatioOf(f), lang, 3);
  const published = f.inverted ? ` (${t(L.inverted, lang)} ${formatNumber(f.publishedOddsRatio, lang)})` : '';
  const main = card.mainFactors.includes(f.id) ? `, ${t(L.main, lang)}` : '';
  const phase = f.phase ? ` [${t(f.phase, lang)}]` : '';
  return [
    `  - ${t(f.label, lang)}${phase}: OR ${or}${published} ${f.significance} per ${t(f.unit, lang)}${main}`,
    `    ${t(L.mean, lang)} ${formatNumber(f.mean.value, lang, 3)} (${citationText(f.mean.citation)}); ${t(f.modifiable ? L.modifiable : L.fixed, lang)}; ${citationText(f.citation)}`,
  ].join('\n');
}

/** A model card as readable text, for `trede model-card`. */
export function formatModelCard(card: ModelCard, lang: Lang = 'nl'): string {
  const p0 = baseRateOf(card);
  const lines = [
    `${t(card.title, lang)} — ${card.id} v${card.version}`,
    '',
    `${t(L.outcome, lang)}: ${t(card.outcome, lang)}`,
    `${t(L.population, lang)}: ${t(card.population, lang)}`,
    `${t(L.baseRate, lang)}: ${card.baseRate.events}/${card.baseRate.total} = ${formatNumber(p0 * 100, lang, 1)}% (${citationText(card.baseRate.citation)})`,
  ];
  if (card.baseRate.note) lines.push(`  ${t(card.baseRate.note, lang)}`);
  lines.push(`${t(L.formula, lang)}: logit p = logit(p0) + Σ ln(ORᵢ)·(xᵢ − x̄ᵢ)`, '', t(L.weights, lang));
  for (const f of card.weights) lines.push(factorLine(f, card, lang));
  lines.push('', t(L.attention, lang));
  for (const f of card.attentionPoints) lines.push(factorLine(f, card, lang));
  lines.push('', `${t(L.bands, lang)}: ${t(card.bands.why, lang)}`, '', t(L.excluded, lang));
  for (const e of card.excluded) lines.push(`  - ${t(e.predictor, lang)}: ${t(e.finding, lang)} ${t(e.why, lang)}`);
  lines.push('', t(L.limits, lang));
  for (const limit of card.limits) lines.push(`  - ${t(limit, lang)}`);
  return `${lines.join('\n')}\n`;
}
