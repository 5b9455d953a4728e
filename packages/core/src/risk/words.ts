/**
 * Trede's risk vocabulary: every word the CLI, the text report, the summary, the side panel and the badge
 * use for bands, kinds of chance, factor effects, flags, significance and the basis of an action. Defined
 * here once, so a band cannot be called one thing in the panel and another in the case file.
 * The wording says "goes with", never "causes": every model is an association in one organisation's clients.
 */
import type { Text } from '../i18n/text.js';
import type { Flag, RiskBand, RiskKind } from '../schema.js';
import type { Significance } from './model-card.js';

/** The band in words: a comparison with the study group's average, never a judgement like "low". */
export const BAND_WORDS: Readonly<Record<RiskBand, Text>> = {
  'much-lower': { nl: 'veel lager dan gemiddeld', en: 'well below average' },
  lower: { nl: 'lager dan gemiddeld', en: 'below average' },
  around: { nl: 'rond het gemiddelde', en: 'around average' },
  higher: { nl: 'hoger dan gemiddeld', en: 'above average' },
  'much-higher': { nl: 'veel hoger dan gemiddeld', en: 'well above average' },
};

/** What a kind of chance is called: the section heading and the short word for the badge and a summary line. */
export const KIND_WORDS: Readonly<Record<RiskKind, { section: Text; short: Text; concern: Text }>> = {
  dropout: {
    section: { nl: 'Kans op uitval', en: 'Chance of dropping out' },
    short: { nl: 'uitval', en: 'dropout' },
    concern: { nl: 'Een hogere kans op uitval vraagt aandacht.', en: 'A higher chance of dropping out calls for attention.' },
  },
  work: {
    section: { nl: 'Kans op werk of studie', en: 'Chance of work or study' },
    short: { nl: 'werk of studie', en: 'work or study' },
    concern: { nl: 'Een lagere kans op werk of studie vraagt aandacht.', en: 'A lower chance of work or study calls for attention.' },
  },
};

/** How a factor's value goes with the chance of the card's outcome. Association, not cause. */
export const EFFECT_WORDS: Readonly<Record<RiskKind, Record<'higher' | 'lower' | 'none', Text>>> = {
  dropout: {
    higher: { nl: 'hangt samen met een hogere kans op uitval', en: 'goes with a higher chance of dropping out' },
    lower: { nl: 'hangt samen met een lagere kans op uitval', en: 'goes with a lower chance of dropping out' },
    none: { nl: 'gelijk aan het gemiddelde van de studiegroep', en: "equal to the study group's average" },
  },
  work: {
    higher: { nl: 'hangt samen met een hogere kans op werk of studie', en: 'goes with a higher chance of work or study' },
    lower: { nl: 'hangt samen met een lagere kans op werk of studie', en: 'goes with a lower chance of work or study' },
    none: { nl: 'gelijk aan het gemiddelde van de studiegroep', en: "equal to the study group's average" },
  },
};

/** A factor that was not measured: the model counts the group's mean instead. Not the same as a value at the mean. */
export const NOT_ASSESSED_WORDS: Text = {
  nl: 'niet gemeten — het model rekent met het gemiddelde van de studiegroep ({mean})',
  en: "not assessed — the model counts the study group's average ({mean})",
};

/** The words for a flag's kind: risk, protective, not assessed. */
export const FLAG_WORDS: Readonly<Record<Flag['kind'], Text>> = {
  risk: { nl: 'risicosignaal', en: 'risk signal' },
  protective: { nl: 'beschermend', en: 'protective' },
  unknown: { nl: 'niet nagegaan', en: 'not assessed' },
};

/** The stars as the source prints them, in words. A single star is the 10% level only: always say so. */
export const SIGNIFICANCE_WORDS: Readonly<Record<Significance, Text>> = {
  '*': { nl: 'p ≤ 0,10 — alleen significant op het 10%-niveau', en: 'p ≤ 0.10 — significant at the 10% level only' },
  '**': { nl: 'p ≤ 0,05', en: 'p ≤ 0.05' },
  '***': { nl: 'p ≤ 0,01', en: 'p ≤ 0.01' },
};

/** The label of an action without a source. */
export const SUGGESTION_WORDS: Text = {
  nl: 'suggestie van Trede, niet onderbouwd in de bronnen',
  en: "Trede's suggestion, not supported by the sources",
};

/** Association, not cause: said once under every set of factors. */
export const ASSOCIATION_NOTE: Text = {
  nl: 'Samenhang, geen oorzaak: de factoren hangen samen met de uitkomst bij de cliënten van één organisatie.',
  en: "Association, not cause: the factors go with the outcome among one organisation's clients.",
};

/** The words for showing an override next to the model's band. */
export const OVERRIDE_WORDS = {
  caseworker: { nl: 'oordeel klantmanager', en: "caseworker's judgement" },
  model: { nl: 'model', en: 'model' },
} satisfies Record<string, Text>;
