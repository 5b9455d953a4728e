import { t, type Lang, type Text } from '../i18n/text.js';
import type { IntakeResult, MomentRisk, ScaleResult } from '../schema.js';
import { DEFAULT_CATALOGUE } from '../scoring/default-catalogue.js';
import { formatNumber } from './format.js';
import { L, percentText, referenceInWords } from './labels.js';
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

function riskLines(risk: MomentRisk, lang: Lang): string[] {
  const lines = [`  ${t(risk.title, lang)}`];
  if (risk.probability !== null && risk.band && risk.baseRate !== null) {
    lines.push(
      `    ${t(L.band[risk.band], lang)} — ${t(L.probability, lang)} ${percentText(risk.probability, lang)} (${t(L.baseRate, lang)} ${percentText(risk.baseRate, lang)}) · ${risk.citation}`,
    );
    for (const f of risk.factors) {
      const value = f.assessed ? formatNumber(f.value!, lang) : '—';
      const push = f.contribution === null ? '' : `, ${f.contribution >= 0 ? '+' : ''}${formatNumber(f.contribution, lang)} log-odds`;
      lines.push(`    · ${t(f.factor.label, lang)}: ${value} (${t(L.direction[f.direction], lang)}${push})`);
      if (f.approximation) lines.push(`      ${t(f.approximation, lang)}`);
    }
  } else if (risk.reason) {
    lines.push(`    ${t(risk.reason, lang)}`);
  }
  for (const a of risk.attentionPoints.filter((p) => p.attention)) lines.push(`    ! ${t(a.factor.label, lang)}: ${formatNumber(a.value!, lang)} (${a.factor.citation})`);
  for (const f of risk.flags.filter((flag) => flag.kind !== 'protective')) lines.push(`    ! ${t(L.flagKind[f.kind], lang)}: ${t(f.label, lang)}`);
  if (risk.override) lines.push(`    ${t(L.override, lang)}: ${t(L.band[risk.override.band], lang)} — ${risk.override.reason}`);
  for (const a of risk.actions) lines.push(`    → ${t(a.text, lang)}`);
  return lines;
}

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
  if (result.risks) {
    lines.push(t(L.risks, lang));
    for (const risk of result.risks.moments) {
      if (risk.status !== 'not-administered') lines.push(...riskLines(risk, lang));
    }
  }
  return `${lines.join('\n')}\n`;
}
