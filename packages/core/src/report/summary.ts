/**
 * The short plain-text summary a caseworker puts into their own case file (the side panel's "copy summary"
 * and "insert summary", and `trede score --format summary`). A pure function of the result — with the
 * caseworker's overrides applied — and the language. It never contains the client reference or the intake
 * id: only what the note needs. The full report is formatTextReport (report/text.ts).
 */
import { t, type Lang } from '../i18n/text.js';
import { ASSOCIATION_NOTE } from '../risk/words.js';
import type { IntakeResult, MomentRisk, ScaleResult } from '../schema.js';
import { DEFAULT_CATALOGUE } from '../scoring/default-catalogue.js';
import { formatNumber } from './format.js';
import { L, referenceInWords } from './labels.js';
import { bandText, positionText, riskSections, riskStatement } from './risk-text.js';
import { warningLines } from './warnings-block.js';

const S = {
  title: { nl: 'Trede — samenvatting intake', en: 'Trede — intake summary' },
  date: { nl: 'Datum intake', en: 'Intake date' },
  scales: { nl: 'Scores', en: 'Scores' },
  noScore: { nl: 'Geen score', en: 'No score' },
  rung: { nl: 'trede', en: 'rung' },
  override: { nl: 'eigen inschatting klantmanager', en: "caseworker's judgement" },
  suggestion: { nl: 'suggestie van Trede', en: "Trede's suggestion" },
  footer: {
    nl: 'Berekend met Trede {version}; bronnen per uitkomst in de uitslag.',
    en: 'Computed with Trede {version}; sources per result in the results screen.',
  },
};

/** What formatSummary adds to the short case-file summary. */
export interface SummaryOptions {
  /** Recommended actions per moment (the first ones, in core's order). Default 3. */
  maxActions?: number;
}

/** Scales from these instruments are the client's own answers about their situation, not measurements. */
const LEFT_OUT_INSTRUMENTS = new Set(['background']);

/** Dates as YYYY-MM-DD: unambiguous in any case-management system. */
const isoDate = (value: string | null | undefined): string | null => (value ? value.slice(0, 10) : null);

function instrumentTitle(id: string, lang: Lang): string {
  const instrument = DEFAULT_CATALOGUE.instruments.find((i) => i.id === id);
  return instrument ? t(instrument.title, lang) : id;
}

function scaleLine(scale: ScaleResult, lang: Lang): string {
  const title = t(scale.title, lang);
  if (scale.status !== 'scored' || scale.score === null) return `- ${title}: ${t(scale.reason ?? S.noScore, lang)}`;
  const parts = [`${formatNumber(scale.score, lang)} (${formatNumber(scale.range.min, lang)}–${formatNumber(scale.range.max, lang)})`];
  if (scale.band) parts.push(t(scale.band.label, lang));
  if (scale.reference) parts.push(referenceInWords(scale.reference, lang));
  return `- ${title}: ${parts.join(', ')}`;
}

function ladderLine(result: IntakeResult, lang: Lang): string {
  const { ladder } = result;
  const head = `${t(L.ladder, lang)}: `;
  if (ladder.position !== null && ladder.positionLabel) return `${head}${positionText(ladder, lang)} — ${t(ladder.positionLabel, lang)}`;
  if (ladder.rung !== null && ladder.rungLabel) return `${head}${t(S.rung, lang)} ${ladder.rung} — ${t(ladder.rungLabel, lang)}`;
  return `${head}${t(ladder.reason, lang)}`;
}

function riskLines(risk: MomentRisk, lang: Lang, maxActions: number): string[] {
  const lines = [`- ${riskStatement(risk, lang)}`];
  if (risk.override) lines.push(`  ${t(S.override, lang)}: ${bandText(risk.override.band, lang)} — ${risk.override.reason} (${isoDate(risk.override.at)})`);
  for (const action of risk.actions.slice(0, maxActions)) {
    lines.push(`  → ${t(action.text, lang)}${action.basis === 'suggestion' ? ` (${t(S.suggestion, lang)})` : ''}`);
  }
  return lines;
}

/** The short case-file summary of a result, as the side panel copies it and `trede score --format summary` prints it. */
export function formatSummary(result: IntakeResult, lang: Lang = 'nl', options: SummaryOptions = {}): string {
  const maxActions = options.maxActions ?? 3;
  const lines: string[] = [t(S.title, lang)];
  const date = isoDate(result.date);
  if (date) lines.push(`${t(S.date, lang)}: ${date}`);
  lines.push(`${t(L.reference, lang)}: ${t(L.groups[result.referenceGroup], lang)}`);
  const check = warningLines(result.warnings, lang, '- ');
  if (check.length) lines.push('', ...check);
  lines.push('', ladderLine(result, lang));

  const scales = Object.values(result.scales).filter((s) => s.status !== 'not-administered' && !LEFT_OUT_INSTRUMENTS.has(s.instrumentId));
  if (scales.length) {
    lines.push('', `${t(S.scales, lang)}:`);
    for (const instrument of result.instruments) {
      const own = scales.filter((s) => s.instrumentId === instrument.id);
      // An instrument with one scale of the same name needs no heading.
      if (own.length > 1) lines.push(`${instrumentTitle(instrument.id, lang)}:`);
      for (const scale of own) lines.push(scaleLine(scale, lang));
    }
  }

  for (const section of riskSections(result.risks?.moments ?? [])) {
    lines.push('', `${t(section.heading, lang)}:`);
    for (const risk of section.moments) lines.push(...riskLines(risk, lang, maxActions));
  }
  if (result.risks) lines.push('', t(ASSOCIATION_NOTE, lang));

  lines.push('', t(S.footer, lang).replace('{version}', result.engineVersion));
  return `${lines.join('\n')}\n`;
}
