/**
 * Risk statements in words, shared by the text report, the case-file summary, the CLI, the side panel and
 * the badge: the band as a comparison with the study group, always with the absolute chance as a natural
 * frequency next to the study group's.
 */
import { t, type Lang, type Text } from '../i18n/text.js';
import { effectiveBand, highestDropout, workChance } from '../risk/effective.js';
import { BAND_WORDS, KIND_WORDS, OVERRIDE_WORDS } from '../risk/words.js';
import { fill, formatNumber } from './format.js';
import type { IntakeResult, LadderResult, MomentRisk, NaturalFrequency, RiskBand, RiskFactorResult } from '../schema.js';

const W = {
  about: { nl: 'ongeveer {count} van de {of}', en: 'about {count} in {of}' },
  'fewer-than': { nl: 'minder dan {count} van de {of}', en: 'fewer than {count} in {of}' },
  'more-than': { nl: 'meer dan {count} van de {of}', en: 'more than {count} in {of}' },
  studyGroup: { nl: 'studiegroep', en: 'study group' },
  noBand: { nl: 'geen band', en: 'no band' },
  position: { nl: 'positie {position} van 12', en: 'position {position} of 12' },
  noPosition: { nl: 'positie onbekend', en: 'position unknown' },
  flags: { nl: '{count} risicosignalen', en: '{count} risk signals' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
} satisfies Record<string, Text>;

/** "ongeveer 6 van de 10" */
export function frequencyText(f: NaturalFrequency, lang: Lang): string {
  return fill(t(W[f.qualifier], lang), { count: f.count, of: f.of });
}

/** "lager dan gemiddeld"; "geen band" for null. */
export function bandText(band: RiskBand | null | undefined, lang: Lang): string {
  return t(band ? BAND_WORDS[band] : W.noBand, lang);
}

/** "ongeveer 7 van de 10 (studiegroep: ongeveer 6 van de 10)", or null without a chance. */
export function chanceText(risk: MomentRisk, lang: Lang): string | null {
  if (!risk.frequency) return null;
  return `${frequencyText(risk.frequency.client, lang)} (${t(W.studyGroup, lang)}: ${frequencyText(risk.frequency.base, lang)})`;
}

/** The band to act on, with the model's next to it when the caseworker overrode it. */
export function bandWithOverride(risk: MomentRisk, lang: Lang): string {
  const shown = effectiveBand(risk);
  if (!risk.override) return bandText(shown, lang);
  return `${bandText(shown, lang)} (${t(OVERRIDE_WORDS.caseworker, lang)}; ${t(OVERRIDE_WORDS.model, lang)}: ${bandText(risk.band, lang)})`;
}

/**
 * One moment in one line: "Uitval vóór de start: hoger dan gemiddeld — ongeveer 7 van de 10 (studiegroep:
 * ongeveer 6 van de 10)". Without a chance: the reason; a checklist: its count of risk signals.
 */
export function riskStatement(risk: MomentRisk, lang: Lang): string {
  const head = `${t(risk.title, lang)}: `;
  if (risk.status === 'checklist') return `${head}${fill(t(W.flags, lang), { count: risk.flags.filter((f) => f.kind === 'risk').length })}`;
  const chance = chanceText(risk, lang);
  if (chance === null) return `${head}${risk.reason ? t(risk.reason, lang) : bandWithOverride(risk, lang)}`;
  return `${head}${bandWithOverride(risk, lang)} — ${chance}`;
}

/** A factor's value for a reader: "ja"/"nee" for a yes/no factor, else the number; null when not assessed. */
export function factorValueText(f: Pick<RiskFactorResult, 'value' | 'factor'>, lang: Lang): string | null {
  if (f.value === null) return null;
  if (f.factor.yesNo) return t(f.value >= 1 ? W.yes : W.no, lang);
  return formatNumber(f.value, lang);
}

/** "positie 9 van 12" (a trede is a rung; the 12 are positions). */
export function positionText(ladder: LadderResult, lang: Lang): string {
  return ladder.position === null ? t(W.noPosition, lang) : fill(t(W.position, lang), { position: ladder.position });
}

/** What the badge and a one-line overview say: the position, the highest dropout band with its chance, and the chance of work. */
export interface Headline {
  position: string;
  /** "uitval: hoger dan gemiddeld, ongeveer 7 van de 10", or null without a dropout band. */
  dropout: string | null;
  /** The full statement of the highest dropout moment, for an accessible name or a tooltip. */
  dropoutFull: string | null;
  dropoutBand: RiskBand | null;
  /** The chance-of-work statement, kept apart from dropout. */
  work: string | null;
}

/** The intake's headline in words: the ladder position and the highest dropout band. */
export function headline(result: IntakeResult, lang: Lang): Headline {
  const moments = result.risks?.moments ?? [];
  const top = highestDropout(moments);
  const work = workChance(moments);
  const short = (risk: MomentRisk, band: RiskBand): string => {
    const f = risk.frequency ? `, ${frequencyText(risk.frequency.client, lang)}` : '';
    return `${t(KIND_WORDS[risk.kind].short, lang)}: ${bandText(band, lang)}${f}`;
  };
  return {
    position: positionText(result.ladder, lang),
    dropout: top ? short(top.risk, top.band) : null,
    dropoutFull: top ? riskStatement(top.risk, lang) : null,
    dropoutBand: top?.band ?? null,
    work: work && work.status === 'estimated' ? riskStatement(work, lang) : null,
  };
}

/** Dropout moments and the chance of work in separate sections, in that order; empty sections left out. */
export function riskSections(moments: readonly MomentRisk[]): { kind: MomentRisk['kind']; heading: Text; moments: MomentRisk[] }[] {
  const shown = moments.filter((m) => m.status !== 'not-administered');
  return (['dropout', 'work'] as const)
    .map((kind) => ({ kind, heading: KIND_WORDS[kind].section, moments: shown.filter((m) => m.kind === kind) }))
    .filter((section) => section.moments.length > 0);
}
