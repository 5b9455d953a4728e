import type { Text } from '../i18n/text.js';
import { citationTexts } from '../instruments/sources.js';
import { StatsInputError } from '../stats/errors.js';
import { cronbachAlpha, type CronbachAlphaResult } from '../stats/alpha.js';
import type { Catalogue } from './catalogue.js';
import { DEFAULT_CATALOGUE } from './default-catalogue.js';
import { itemScore } from './scale.js';
import { validateIntake } from './validate.js';

/** Cronbach's alpha of one scale over an organisation's own intakes, next to the published alpha. */
export interface ScaleReliability {
  scaleId: string;
  title: Text;
  /** Cronbach's alpha over the local intakes, or null with the reason when it cannot be computed. */
  local: CronbachAlphaResult | null;
  reason: Text | null;
  /** The alpha the source reported, for comparison. */
  published: { alpha: number; citation: Text } | null;
}

/**
 * Cronbach's alpha per multi-item scale over a set of local intakes, with reverse keys applied, next to the
 * alpha the source reported. Invalid intakes are skipped and counted; incomplete ones drop out listwise.
 */
export function scaleReliability(responses: readonly unknown[], catalogue: Catalogue = DEFAULT_CATALOGUE): { scales: ScaleReliability[]; invalid: number } {
  const valid = responses.map((r) => validateIntake(r, catalogue)).flatMap((o) => (o.ok ? [o.intake] : []));
  const scales = catalogue.scales
    .filter(({ scale }) => scale.items.length >= 2)
    .map(({ scale, instrument }): ScaleReliability => {
      const rows = valid.map((intake) =>
        scale.items.map((id) => {
          const answer = intake.answers.get(id);
          return answer === undefined ? null : itemScore(catalogue.itemDefinitions.get(id)!, instrument, answer);
        }),
      );
      const published = scale.reliability ? { alpha: scale.reliability.alpha, citation: citationTexts(scale.reliability.citation) } : null;
      try {
        return { scaleId: scale.id, title: scale.title, local: cronbachAlpha(rows), reason: null, published };
      } catch (error) {
        if (!(error instanceof StatsInputError)) throw error;
        return { scaleId: scale.id, title: scale.title, local: null, reason: error.text, published };
      }
    });
  return { scales, invalid: responses.length - valid.length };
}
