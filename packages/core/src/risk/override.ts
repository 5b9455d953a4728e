import { OverrideSchema, type MomentRisk, type Override, type RiskBand } from '../schema.js';
import { BANDS_OF_KIND } from './bands.js';
import { BAND_WORDS } from './words.js';

/** Thrown by overrideBand for an override it cannot record: no reason, a moment without a band, a band the card does not use. */
export class OverrideError extends Error {
  constructor(
    readonly nl: string,
    readonly en: string,
  ) {
    super(`${nl} / ${en}`);
    this.name = 'OverrideError';
  }
}

/**
 * Records a caseworker's own judgement of a band. The model's band stays as it was; the override sits next
 * to it with its reason, so both can be shown and audited. A reason is mandatory.
 */
export function overrideBand(risk: MomentRisk, input: { band: RiskBand; reason: string; by?: string | null; at?: string }): MomentRisk {
  const parsed = OverrideSchema.safeParse({ band: input.band, reason: input.reason ?? '', by: input.by ?? null, at: input.at ?? new Date().toISOString() });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    if (field === 'reason') throw new OverrideError('een afwijkende inschatting vraagt een reden (minstens 3 tekens)', 'an override needs a reason (at least 3 characters)');
    throw new OverrideError(`ongeldige overschrijving: ${field}`, `invalid override: ${field}`);
  }
  if (risk.status === 'checklist' || risk.status === 'not-administered') {
    throw new OverrideError('dit moment heeft geen risicoband om te overschrijven', 'this moment has no risk band to override');
  }
  if (!BANDS_OF_KIND[risk.kind].includes(input.band)) {
    const allowed = BANDS_OF_KIND[risk.kind];
    throw new OverrideError(
      `deze band hoort niet bij dit moment; kies uit: ${allowed.map((b) => BAND_WORDS[b].nl).join(', ')}`,
      `this band does not belong to this moment; choose from: ${allowed.map((b) => BAND_WORDS[b].en).join(', ')}`,
    );
  }
  const override: Override = parsed.data;
  return { ...risk, override };
}
