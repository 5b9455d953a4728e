/**
 * The plain-text summary a caseworker copies into their own case file. A pure function of core's result
 * (with the caseworker's overrides applied, see withOverrides) and the language. It never contains the client
 * reference, the client key or the intake id: only what the caseworker needs in the note.
 */
import { DEFAULT_CATALOGUE, formatNumber, type IntakeResult, type Lang, type ScaleResult } from '@trede/core';
import { t } from '../../i18n/t';
import { bandText, percent } from '../results/format';

export interface SummaryOptions {
  /** Recommended actions per moment (the first ones, in core's order). */
  maxActions?: number;
}

/** Scales from these instruments are the client's own answers about their situation, not measurements. */
const LEFT_OUT_INSTRUMENTS = new Set(['background']);

function instrumentTitle(id: string, lang: Lang): string {
  return DEFAULT_CATALOGUE.instruments.find((i) => i.id === id)?.title[lang] ?? id;
}

function scaleLine(scale: ScaleResult, lang: Lang): string {
  const title = scale.title[lang];
  if (scale.status !== 'scored' || scale.score === null) return `- ${title}: ${scale.reason?.[lang] ?? t('results.scale.noScore', lang)}`;
  const parts = [`${formatNumber(scale.score, lang)} (${formatNumber(scale.range.min, lang)}–${formatNumber(scale.range.max, lang)})`];
  if (scale.band) parts.push(scale.band.label[lang]);
  if (scale.reference) parts.push(t('summary.place', lang, { percentile: formatNumber(scale.reference.percentile, lang, 0) }));
  return `- ${title}: ${parts.join(', ')}`;
}

function ladderLine(result: IntakeResult, lang: Lang): string {
  const { ladder } = result;
  if (ladder.position !== null && ladder.positionLabel) return t('summary.ladder', lang, { position: ladder.position, label: ladder.positionLabel[lang] });
  if (ladder.rung !== null && ladder.rungLabel) return t('summary.ladderRung', lang, { rung: ladder.rung, label: ladder.rungLabel[lang] });
  return t('summary.ladderNone', lang, { reason: ladder.reason[lang] });
}

/** Dates as YYYY-MM-DD: unambiguous in any case-management system. */
function isoDate(value: string | null | undefined): string | null {
  return value ? value.slice(0, 10) : null;
}

export function buildSummary(result: IntakeResult, lang: Lang, options: SummaryOptions = {}): string {
  const maxActions = options.maxActions ?? 3;
  const lines: string[] = [t('summary.title', lang)];
  const date = isoDate(result.date);
  if (date) lines.push(t('summary.date', lang, { date }));
  lines.push(t('summary.group', lang, { group: t(`results.group.${result.referenceGroup}`, lang) }));
  lines.push('', ladderLine(result, lang));

  const scales = Object.values(result.scales).filter((s) => s.status !== 'not-administered' && !LEFT_OUT_INSTRUMENTS.has(s.instrumentId));
  if (scales.length) {
    lines.push('', `${t('summary.scales', lang)}:`);
    for (const instrument of result.instruments) {
      const own = scales.filter((s) => s.instrumentId === instrument.id);
      // An instrument with one scale of the same name needs no heading.
      if (own.length > 1) lines.push(`${instrumentTitle(instrument.id, lang)}:`);
      for (const scale of own) lines.push(scaleLine(scale, lang));
    }
  }

  const moments = result.risks?.moments.filter((m) => m.status !== 'not-administered') ?? [];
  if (moments.length) {
    lines.push('', `${t('summary.risks', lang)}:`);
    for (const risk of moments) {
      const head = [`- ${risk.title[lang]}: `];
      if (risk.band) head.push(bandText(risk.band, lang));
      if (risk.probability !== null && risk.baseRate !== null) {
        head.push(`${risk.band ? ' (' : ''}${t('results.risk.probability', lang, { probability: percent(risk.probability, lang), baseRate: percent(risk.baseRate, lang) })}${risk.band ? ')' : ''}`);
      } else if (risk.status === 'checklist') {
        head.push(t('summary.flags', lang, { count: risk.flags.filter((f) => f.kind === 'risk').length }));
      } else if (risk.reason) {
        head.push(risk.reason[lang]);
      }
      lines.push(head.join(''));
      if (risk.override) {
        lines.push(`  ${t('summary.override', lang, { band: bandText(risk.override.band, lang), reason: risk.override.reason })} (${isoDate(risk.override.at)})`);
      }
      for (const action of risk.actions.slice(0, maxActions)) lines.push(`  → ${action.text[lang]}`);
    }
  }

  lines.push('', t('summary.footer', lang, { version: result.engineVersion }));
  return `${lines.join('\n')}\n`;
}
