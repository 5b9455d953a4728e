import { t, type Lang, type Text } from '../i18n/text.js';
import type { ScaleResult } from '../schema.js';
import type { ReferenceReading } from '../scoring/reading.js';
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
  groups: {
    total: { nl: 'totale referentiegroep (TNO 2013)', en: 'total reference group (TNO 2013)' },
    control: { nl: 'controlegroep, directe bemiddeling (TNO 2013)', en: 'control group, direct mediation (TNO 2013)' },
    intervention: { nl: 'interventiegroep, integrale aanpak (TNO 2013)', en: 'intervention group, integrated approach (TNO 2013)' },
  },
} satisfies Record<string, Text | Record<string, Text>>;

/** The place in the reference group per reading (src/scoring/reading.ts); only 'percentile' gives one. */
const PLACE: Record<ReferenceReading, Text> = {
  percentile: { nl: 'hoger dan {percentile}% van de referentiegroep', en: 'higher than {percentile}% of the reference group' },
  floor: { nl: 'aan de onderkant van de schaal; gemiddelde van de referentiegroep {mean}', en: 'at the bottom of the scale; reference group mean {mean}' },
  ceiling: { nl: 'aan de bovenkant van de schaal; gemiddelde van de referentiegroep {mean}', en: 'at the top of the scale; reference group mean {mean}' },
  'not-normal': {
    nl: 'geen percentiel, want een normale verdeling past niet bij deze schaal; gemiddelde van de referentiegroep {mean} (sd {sd})',
    en: 'no percentile, as a normal distribution does not fit this scale; reference group mean {mean} (SD {sd})',
  },
};

/** "higher than 62% of the reference group", or — where a percentile would mislead — the edge of the scale or the group's mean and SD. */
export function referenceInWords(reference: Pick<NonNullable<ScaleResult['reference']>, 'reading' | 'percentile' | 'mean' | 'sd'>, lang: Lang): string {
  return t(PLACE[reference.reading], lang)
    .replace('{percentile}', formatNumber(reference.percentile, lang, 0))
    .replace('{mean}', formatNumber(reference.mean, lang))
    .replace('{sd}', formatNumber(reference.sd, lang));
}

/** 0.8034 → "80%" */
export function percentText(p: number, lang: Lang): string {
  return `${formatNumber(p * 100, lang, 0)}%`;
}
