import { t, type Lang, type Text } from '../i18n/text.js';
import { ASSOCIATION_NOTE, EFFECT_WORDS, FLAG_WORDS, NOT_ASSESSED_WORDS, OVERRIDE_WORDS, SIGNIFICANCE_WORDS, SUGGESTION_WORDS } from '../risk/words.js';
import type { IntakeResult, MomentRisk, RiskAction, RiskFactorResult, ScaleResult } from '../schema.js';
import { DEFAULT_CATALOGUE } from '../scoring/default-catalogue.js';
import { formatNumber } from './format.js';
import { L, referenceInWords } from './labels.js';
import { bandText, factorValueText, riskSections, riskStatement } from './risk-text.js';
import { warningLines } from './warnings-block.js';



function instrumentTitle(id: string): Text {
  return DEFAULT_CATALOGUE.instruments.find((i) => i.id === id)?.title ?? { nl: id, en: id };
}

function scaleLine(s: ScaleResult, lang: Lang, width: number): string {
  const name = t(s.title, lang).padEnd(width);
  if (s.status !== 'scored' || s.score === null) return `  ${name}  —  ${t(s.reason ?? L.notAdministered, lang)}`;
  const parts = [`${formatNumber(s.score, lang)} (${formatNumber(s.range.min, lang)}–${formatNumber(s.range.max, lang)})`];
  if (s.band) parts.push(t(s.band.label, lang));
  // z only beside a percentile: where the normal curve does not fit, a z invites the same misreading.
  if (s.reference) parts.push(s.reference.reading === 'percentile' ? `z ${formatNumber(s.reference.z, lang)}, ${referenceInWords(s.reference, lang)}` : referenceInWords(s.reference, lang));
  parts.push(`${s.itemsAnswered}/${s.itemsTotal} ${t(L.answered, lang)}${s.prorated ? `, ${t(L.prorated, lang)}` : ''}`);
  return `  ${name}  ${parts.join(' · ')}`;
}

/** "odds × 1,42" — how far this client's value moves the odds against the study group's average. */
function oddsFactor(contribution: number, lang: Lang): string {
  return `odds × ${formatNumber(Math.exp(contribution), lang)}`;
}

function factorLine(f: RiskFactorResult, kind: MomentRisk['kind'], lang: Lang): string {
  const label = t(f.factor.label, lang);
  if (!f.assessed || f.value === null) return `${label}: ${t(NOT_ASSESSED_WORDS, lang).replace('{mean}', formatNumber(f.factor.referenceMean, lang))}`;
  const odds = f.contribution === null ? '' : `, ${oddsFactor(f.contribution, lang)}`;
  return `${label}: ${factorValueText(f, lang)} (${t(EFFECT_WORDS[kind][f.effect], lang)}${odds}; ${t(f.factor.citation, lang)}, ${t(SIGNIFICANCE_WORDS[f.factor.significance], lang)})`;
}

function actionLine(a: RiskAction, lang: Lang): string {
  return `→ ${t(a.text, lang)} (${a.citation ? t(a.citation, lang) : t(SUGGESTION_WORDS, lang)})`;
}

function riskLines(risk: MomentRisk, lang: Lang): string[] {
  const lines = [`  ${riskStatement(risk, lang)}`];
  if (risk.status === 'estimated') lines.push(`    ${t(risk.outcome, lang)} · ${t(risk.citation, lang)}`);
  for (const f of risk.factors) {
    lines.push(`    · ${factorLine(f, risk.kind, lang)}`);
    if (f.approximation) lines.push(`      ${t(f.approximation, lang)}`);
  }
  for (const a of risk.attentionPoints.filter((p) => p.concern)) lines.push(`    ! ${factorLine(a, risk.kind, lang)}`);
  for (const f of risk.flags.filter((flag) => flag.kind !== 'protective')) {
    lines.push(`    ! ${t(FLAG_WORDS[f.kind], lang)}: ${t(f.label, lang)}`);
    if (f.contrary) lines.push(`      ${t(CONTRARY, lang)}: ${t(f.contrary, lang)}`);
  }
  if (risk.override) lines.push(`    ${t(OVERRIDE_WORDS.caseworker, lang)}: ${bandText(risk.override.band, lang)} — ${risk.override.reason}`);
  for (const a of risk.actions) lines.push(`    ${actionLine(a, lang)}`);
  return lines;
}

const CONTRARY = { nl: 'maar', en: 'but' };

/** A plain-text report of an intake result, for a terminal or a caseworker's notes. */
export function formatTextReport(result: IntakeResult, lang: Lang = 'nl'): string {
  const lines: string[] = [t(L.title, lang), ''];
  if (result.intakeId) lines.push(`${t(L.intake, lang)}: ${result.intakeId}`);
  if (result.date) lines.push(`${t(L.date, lang)}: ${result.date}`);
  lines.push(`${t(L.reference, lang)}: ${t(L.groups[result.referenceGroup], lang)}`, '');
  const check = warningLines(result.warnings, lang, '  ! ');
  if (check.length) lines.push(...check, '');

  const ladder = result.ladder;
  lines.push(t(L.ladder, lang));
  if (ladder.position !== null && ladder.positionLabel) {
    lines.push(`  ${t(L.position, lang)} ${ladder.position}/12: ${t(ladder.positionLabel, lang)}`);
  }
  lines.push(`  ${t(ladder.reason, lang)}`, '');

  const scales = Object.values(result.scales);
  const width = Math.max(...scales.map((scale) => t(scale.title, lang).length));
  for (const instrument of result.instruments) {
    if (!instrument.administered) continue;
    const own = scales.filter((scale) => scale.instrumentId === instrument.id);
    if (own.length === 0) continue;
    lines.push(`${t(instrumentTitle(instrument.id), lang)} (v${instrument.version})`);
    for (const scale of own) lines.push(scaleLine(scale, lang, width));
    lines.push('');
  }
  for (const section of riskSections(result.risks?.moments ?? [])) {
    lines.push(t(section.heading, lang));
    for (const risk of section.moments) lines.push(...riskLines(risk, lang));
    lines.push('');
  }
  if (result.risks) lines.push(t(ASSOCIATION_NOTE, lang));
  return `${lines.join('\n')}\n`;
}
