/** Display helpers shared by the results, history and outcomes screens. Formatting only: no scoring. */
import { effectiveBand, type IntakeResult, type Lang, type MomentRisk, type RiskBand } from '@trede/core';
import { t } from '../../i18n/t';
import { formatDate as formatDateIn } from '../dates';
import type { IntakeRecord } from '../../store/schema';

export const BANDS: readonly RiskBand[] = ['low', 'elevated', 'high'];

export function bandText(band: RiskBand | null | undefined, lang: Lang): string {
  return band ? t(`results.band.${band}`, lang) : t('results.band.none', lang);
}

/** The results screens' dates: short month, a timestamp with its time (src/ui/dates.ts). */
export const formatDate = (value: string | null | undefined, lang: Lang): string => formatDateIn(value, lang, 'short');

/** The date the intake is about: the response's date, else the day it was completed. */
export function intakeDate(intake: Pick<IntakeRecord, 'completedAt' | 'response' | 'result'>): string {
  return intake.result.date ?? intake.response.date ?? intake.completedAt.slice(0, 10);
}

/** The risk moments that were assessed (everything but a checklist that was not administered). */
export function shownMoments(result: IntakeResult): MomentRisk[] {
  return result.risks?.moments.filter((m) => m.status !== 'not-administered') ?? [];
}

/** The highest band to act on (caseworker's override first, as core's effectiveBand) over all moments. */
export function highestBand(moments: readonly MomentRisk[]): { band: RiskBand; risk: MomentRisk } | null {
  let best: { band: RiskBand; risk: MomentRisk } | null = null;
  for (const risk of moments) {
    const band = effectiveBand(risk);
    if (band && (!best || BANDS.indexOf(band) > BANDS.indexOf(best.band))) best = { band, risk };
  }
  return best;
}
