/** Display helpers shared by the results, history and outcomes screens. Formatting only: no scoring, and no words of its own for risk (core has them). */
import { concernOf, type MomentRisk, type RiskBand } from '@trede/core';
import { formatDate as formatDateIn } from '../dates';
import type { Lang } from '@trede/core';
export { intakeDate } from '../../store/intake-date';

/** The results screens' dates: short month, a timestamp with its time (src/ui/dates.ts). */
export const formatDate = (value: string | null | undefined, lang: Lang): string => formatDateIn(value, lang, 'short');

/** A CSS class for a band by the attention it asks for (a lower chance of work looks like a higher dropout). */
export function toneClass(band: RiskBand | null, kind: MomentRisk['kind']): string {
  return band ? `tone-${concernOf(band, kind)}` : 'tone-none';
}
