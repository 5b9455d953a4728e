import type { Lang, Text } from '../i18n/text.js';
import { formatNumber } from './format.js';

/** Words the text report and the summary share (band names, reference groups, …). */
export const L = {
  title: { nl: 'Trede — uitslag intake', en: 'Trede — intake result' },
  intake: { nl: 'Intake', en: 'Intake' },
  date: { nl: 'Datum', en: 'Date' },
  reference: { nl: 'Vergeleken met', en: 'Compared with' },
  ladder: { nl: 'Participatieladder', en: 'Participation ladder' },
  position: { nl: 'Positie', en: 'Position' },
  notAdministered: { nl: 'Niet afgenomen', en: 'Not administered' },
  prorated: { nl: 'aangevuld voor ontbrekende items', en: 'prorated for missing items' },
  percentile: { nl: 'percentiel', en: 'percentile' },
  answered: { nl: 'beantwoord', en: 'answered' },
  background: { nl: 'Achtergrond', en: 'Background' },
  risks: { nl: 'Risico op uitval', en: 'Dropout risk' },
  probability: { nl: 'kans', en: 'chance' },
  baseRate: { nl: 'basiskans', en: 'base rate' },
  direction: {
    raises: { nl: 'verhoogt het risico', en: 'raises the risk' },
    lowers: { nl: 'verlaagt het risico', en: 'lowers the risk' },
    neutral: { nl: 'niet gemeten', en: 'not assessed' },
  },
  override: { nl: 'oordeel klantmanager', en: "caseworker's judgement" },
  band: {
    low: { nl: 'laag', en: 'low' },
    elevated: { nl: 'verhoogd', en: 'elevated' },
    high: { nl: 'hoog', en: 'high' },
  },
  flagKind: {
    risk: { nl: 'risico', en: 'risk' },
    protective: { nl: 'beschermend', en: 'protective' },
    unknown: { nl: 'onbekend', en: 'unknown' },
  },
  groups: {
    total: { nl: 'totale referentiegroep (TNO 2013)', en: 'total reference group (TNO 2013)' },
    control: { nl: 'controlegroep, directe bemiddeling (TNO 2013)', en: 'control group, direct mediation (TNO 2013)' },
    intervention: { nl: 'interventiegroep, integrale aanpak (TNO 2013)', en: 'intervention group, integrated approach (TNO 2013)' },
  },
} satisfies Record<string, Text | Record<string, Text>>;

/** "higher than 95% of the reference group", from the percentile. */
export function placeInWords(percentile: number, lang: Lang): string {
  const p = formatNumber(percentile, lang, 0);
  return lang === 'nl' ? `hoger dan ${p}% van de referentiegroep` : `higher than ${p}% of the reference group`;
}

/** 0.8034 → "80%" */
export function percentText(p: number, lang: Lang): string {
  return `${formatNumber(p * 100, lang, 0)}%`;
}
