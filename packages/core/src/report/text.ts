import { t, type Lang, type Text } from '../i18n/text.js';
import type { IntakeResult, ScaleResult } from '../schema.js';
import { formatNumber } from './format.js';

const L = {
  title: { nl: 'Trede — uitslag intake', en: 'Trede — intake result' },
  intake: { nl: 'Intake', en: 'Intake' },
  date: { nl: 'Datum', en: 'Date' },
  reference: { nl: 'Vergeleken met', en: 'Compared with' },
  ladder: { nl: 'Participatieladder', en: 'Participation ladder' },
  position: { nl: 'Positie', en: 'Position' },
  scales: { nl: 'Schalen', en: 'Scales' },
  notAdministered: { nl: 'Niet afgenomen', en: 'Not administered' },
  prorated: { nl: 'aangevuld voor ontbrekende items', en: 'prorated for missing items' },
  percentile: { nl: 'percentiel', en: 'percentile' },
  answered: { nl: 'beantwoord', en: 'answered' },
  groups: {
    total: { nl: 'totale referentiegroep (TNO 2013)', en: 'total reference group (TNO 2013)' },
    control: { nl: 'controlegroep, directe bemiddeling (TNO 2013)', en: 'control group, direct mediation (TNO 2013)' },
    intervention: { nl: 'interventiegroep, integrale aanpak (TNO 2013)', en: 'intervention group, integrated approach (TNO 2013)' },
  },
} satisfies Record<string, Text | Record<string, Text>>;

function scaleLine(s: ScaleResult, lang: Lang): string {
  const name = t(s.title, lang).padEnd(28);
  if (s.status !== 'scored' || s.score === null) return `  ${name} —  ${t(s.reason ?? L.notAdministered, lang)}`;
  const parts = [`${formatNumber(s.score, lang)} (${formatNumber(s.range.min, lang)}–${formatNumber(s.range.max, lang)})`];
  if (s.band) parts.push(t(s.band.label, lang));
  if (s.reference) {
    parts.push(`z ${formatNumber(s.reference.z, lang)}, ${t(L.percentile, lang)} ${formatNumber(s.reference.percentile, lang, 0)}`);
  }
  parts.push(`${s.itemsAnswered}/${s.itemsTotal} ${t(L.answered, lang)}${s.prorated ? `, ${t(L.prorated, lang)}` : ''}`);
  return `  ${name} ${parts.join(' · ')}`;
}

/** A plain-text report of an intake result, for a terminal or a caseworker's notes. */
export function formatTextReport(result: IntakeResult, lang: Lang = 'nl'): string {
  const lines: string[] = [t(L.title, lang), ''];
  if (result.intakeId) lines.push(`${t(L.intake, lang)}: ${result.intakeId}`);
  if (result.date) lines.push(`${t(L.date, lang)}: ${result.date}`);
  lines.push(`${t(L.reference, lang)}: ${t(L.groups[result.referenceGroup], lang)}`, '');

  const ladder = result.ladder;
  lines.push(t(L.ladder, lang));
  if (ladder.position !== null && ladder.positionLabel) {
    lines.push(`  ${t(L.position, lang)} ${ladder.position}/12: ${t(ladder.positionLabel, lang)}`);
  }
  lines.push(`  ${t(ladder.reason, lang)}`, '');

  const administered = new Set(result.instruments.filter((i) => i.administered).map((i) => i.id));
  lines.push(t(L.scales, lang));
  for (const scale of Object.values(result.scales)) {
    if (administered.has(scale.instrumentId)) lines.push(scaleLine(scale, lang));
  }
  return `${lines.join('\n')}\n`;
}
