import { t, type Lang, type Text } from '../i18n/text.js';
import { citationText } from '../instruments/sources.js';
import { bandRanges, baseRateOf } from '../risk/bands.js';
import { oddsRatioOf } from '../risk/evaluate-model.js';
import { denominatorFor, frequencyOf } from '../risk/frequency.js';
import type { FactorSpec, ModelCard } from '../risk/model-card.js';
import { ASSOCIATION_NOTE, BAND_WORDS, KIND_WORDS, SIGNIFICANCE_WORDS } from '../risk/words.js';
import { fill, formatNumber } from './format.js';
import { percentText } from './labels.js';
import { frequencyText } from './risk-text.js';

const L = {
  outcome: { nl: 'Wat telt als uitkomst', en: 'What counts as the outcome' },
  studyGroup: { nl: 'Studiegroep', en: 'Study group' },
  analysed: {
    nl: '{organisations} organisatie, {n} cliënten in de analyse ({citation})',
    en: '{organisations} organisation, {n} clients in the analysis ({citation})',
  },
  baseRate: { nl: 'Basiskans', en: 'Base rate' },
  bands: { nl: 'Banden (kans van de cliënt naast die van de studiegroep)', en: "Bands (the client's chance next to the study group's)" },
  weights: { nl: 'Gewichten (multivariaat significant; deze bepalen de kans)', en: 'Weights (significant in the multivariate model; these set the chance)' },
  attention: { nl: 'Aandachtspunten (alleen univariaat significant; tellen niet mee in de kans)', en: 'Attention points (significant univariately only; not part of the chance)' },
  main: { nl: 'hoofdfactor', en: 'main factor' },
  inverted: { nl: 'omgekeerd uit', en: 'inverted from' },
  mean: { nl: 'groepsgemiddelde', en: 'group mean' },
  modifiable: { nl: 'beïnvloedbaar', en: 'modifiable' },
  fixed: { nl: 'niet beïnvloedbaar', en: 'not modifiable' },
  disagreements: { nl: 'Waar de bron zichzelf tegenspreekt', en: 'Where the source contradicts itself' },
  excluded: { nl: 'Bewust niet gebruikt', en: 'Deliberately left out' },
  limits: { nl: 'Beperkingen', en: 'Limits' },
  formula: { nl: 'Model', en: 'Model' },
  from: { nl: 'vanaf {p}', en: 'from {p}' },
  below: { nl: 'onder {p}', en: 'below {p}' },
  between: { nl: '{from} tot {to}', en: '{from} to {to}' },
  one: { nl: 'Eén', en: 'One' },
} satisfies Record<string, Text>;

function factorLine(f: FactorSpec, card: ModelCard, lang: Lang): string {
  const or = formatNumber(oddsRatioOf(f), lang, 3);
  const published = f.inverted ? ` (${t(L.inverted, lang)} ${formatNumber(f.publishedOddsRatio, lang)})` : '';
  const main = card.mainFactors.includes(f.id) ? `, ${t(L.main, lang)}` : '';
  const phase = f.phase ? ` [${t(f.phase, lang)}]` : '';
  return [
    `${t(f.label, lang)}${phase}: OR ${or}${published} per ${t(f.unit, lang)}${main}; ${f.significance} ${t(SIGNIFICANCE_WORDS[f.significance], lang)}`,
    `  ${t(L.mean, lang)} ${formatNumber(f.mean.value, lang, 3)} (${citationText(f.mean.citation, lang)}); ${t(f.modifiable ? L.modifiable : L.fixed, lang)}; ${citationText(f.citation, lang)}`,
  ].join('\n');
}

/** "vanaf 65%", "onder 46%", "46% tot 65%". */
function rangeText(from: number | null, to: number | null, lang: Lang): string {
  if (from === null) return fill(t(L.below, lang), { p: percentText(to!, lang) });
  if (to === null) return fill(t(L.from, lang), { p: percentText(from, lang) });
  return fill(t(L.between, lang), { from: percentText(from, lang), to: percentText(to, lang) });
}

/** A model card in sections of plain lines: the CLI prints them, the side panel shows them behind one click. */
export function describeModelCard(card: ModelCard, lang: Lang = 'nl'): { heading: string; lines: string[] }[] {
  const p0 = baseRateOf(card);
  const organisations = card.analysed.organisations === 1 ? t(L.one, lang) : String(card.analysed.organisations);
  const baseLine = `${card.baseRate.events}/${card.baseRate.total} = ${formatNumber(p0 * 100, lang, 1)}%, ${frequencyText(frequencyOf(p0, denominatorFor(p0)), lang)} (${citationText(card.baseRate.citation, lang)})`;
  return [
    { heading: t(L.outcome, lang), lines: [t(card.outcome, lang), t(card.outcomeIncludes, lang), t(KIND_WORDS[card.kind].concern, lang)] },
    {
      heading: t(L.studyGroup, lang),
      lines: [t(card.population, lang), fill(t(L.analysed, lang), { organisations, n: card.analysed.n, citation: citationText(card.analysed.citation, lang) })],
    },
    { heading: t(L.baseRate, lang), lines: [baseLine, ...(card.baseRate.note ? [t(card.baseRate.note, lang)] : [])] },
    {
      heading: t(L.bands, lang),
      lines: [...bandRanges(card).map((r) => `${t(BAND_WORDS[r.band], lang)}: ${rangeText(r.from, r.to, lang)}`), t(card.bands.why, lang)],
    },
    { heading: t(L.weights, lang), lines: [...card.weights.map((f) => factorLine(f, card, lang)), `${t(L.formula, lang)}: logit p = logit(p0) + Σ ln(ORᵢ)·(xᵢ − x̄ᵢ)`] },
    { heading: t(L.attention, lang), lines: card.attentionPoints.map((f) => factorLine(f, card, lang)) },
    { heading: t(L.disagreements, lang), lines: card.disagreements.map((d) => t(d, lang)) },
    { heading: t(L.excluded, lang), lines: card.excluded.map((e) => `${t(e.predictor, lang)}: ${t(e.finding, lang)} ${t(e.why, lang)}`) },
    { heading: t(L.limits, lang), lines: [...card.limits.map((limit) => t(limit, lang)), t(ASSOCIATION_NOTE, lang)] },
  ].filter((section) => section.lines.length > 0);
}

/** A model card as readable text, for `trede model-card`. */
export function formatModelCard(card: ModelCard, lang: Lang = 'nl'): string {
  const lines = [`${t(card.title, lang)} — ${card.id} v${card.version}`];
  for (const section of describeModelCard(card, lang)) {
    lines.push('', section.heading);
    for (const line of section.lines) lines.push(...line.split('\n').map((l) => `  - ${l}`.replace(/^ {2}- {2}/, '      ')));
  }
  return `${lines.join('\n')}\n`;
}
