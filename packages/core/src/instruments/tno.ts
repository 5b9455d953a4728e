import type { Text } from '../i18n/text.js';
import { cite } from './sources.js';
import type { Citation, MissingRule, Norms, NormStats } from './types.js';

/** Shared pieces of the scales taken from TNO 2013, so each instrument file holds only what is its own. */

export const TNO_APPENDIX_2: Citation = cite('tno2013', 'bijlage 2, Meetinstrumenten', 'appendix 2, Meetinstrumenten');
export const TNO_TABLE_3: Citation = cite('tno2013', 'bijlage 3, tabel 3', 'appendix 3, table 3');
export const TNO_TABLE_4: Citation = cite('tno2013', 'bijlage 3, tabel 4', 'appendix 3, table 4');
export const tnoFootnote = (n: number): Citation => cite('tno2013', `bijlage 2, voetnoot ${n}`, `appendix 2, footnote ${n}`);

export const TNO_POPULATION: Text = { nl: 'Bijstandscliënten bij twee re-integratiebedrijven', en: 'Welfare clients at two re-integration providers' };

/** Reference norms per study group (mean, SD, N) as printed in the table. */
export function tnoNorms(citation: Citation, total: NormStats, control: NormStats, intervention: NormStats, population: Text = TNO_POPULATION): Norms {
  return { citation, population, groups: { total, control, intervention } };
}

/** Trede's rule for a mean scale (the source gives none): the mean of the answered items, if at least `min` of `of`. */
export function meanOfAnswered(min: number, of: number): MissingRule {
  return {
    minAnswered: min,
    prorate: false,
    why: {
      nl: `Trede-regel: gemiddelde over de beantwoorde items, met minstens ${min} van de ${of} beantwoord.`,
      en: `Trede rule: mean over the answered items, with at least ${min} of ${of} answered.`,
    },
  };
}
